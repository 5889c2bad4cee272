import Foundation
import ZhText

/// Writes a document-term matrix to a folder: `triplets.csv` (`doc_id,feature,count`, the
/// non-zero cells, as quanteda's triplet list and the Text Interchange Formats name them),
/// `docvars.csv` (`doc_id` and every document field), and optionally Matrix Market
/// (`dtm.mtx`, coordinate integer general, rows and columns numbered from 1, with the row and
/// column names in `rows.txt` and `columns.txt`) for scikit-learn and R's Matrix. CSV is
/// RFC 4180, UTF-8, cells as they are (no spreadsheet formula guard: these files are for
/// programs). Each file is replaced only once complete.
public enum DocumentTermMatrixFiles {
    /// Writes the files and returns their names, or throws naming the file that failed.
    @discardableResult
    public static func write(_ counter: DocumentTermCounter, minCount: Int, to folder: String, matrixMarket: Bool) throws -> [String] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let features = counter.features(minCount: minCount)
        let kept = Set(features.map(\.feature))
        let triplets = counter.triplets(keeping: kept)
        var written: [String] = []
        func save(_ name: String, _ text: String) throws {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
            try Data(text.utf8).write(to: url, options: .atomic)
            written.append(name)
        }
        try save("triplets.csv", csv(["doc_id", "feature", "count"], triplets.map { [$0.document, $0.feature, String($0.count)] }))
        let documents = counter.documentList
        var fieldNames: [String] = []
        for document in documents {
            for field in document.fields where !fieldNames.contains(field.name) { fieldNames.append(field.name) }
        }
        try save("docvars.csv", csv(["doc_id"] + fieldNames, documents.map { document in
            let values = Dictionary(document.fields.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
            return [document.name] + fieldNames.map { values[$0] ?? "" }
        }))
        if matrixMarket {
            let rowNumber = Dictionary(documents.enumerated().map { ($1.name, $0 + 1) }, uniquingKeysWith: { first, _ in first })
            let columnNumber = Dictionary(uniqueKeysWithValues: features.enumerated().map { ($1.feature, $0 + 1) })
            var text = "%%MatrixMarket matrix coordinate integer general\n% zhtext dtm: rows are documents (rows.txt), columns features (columns.txt)\n"
            text += "\(documents.count) \(features.count) \(triplets.count)\n"
            for triplet in triplets {
                text += "\(rowNumber[triplet.document] ?? 0) \(columnNumber[triplet.feature] ?? 0) \(triplet.count)\n"
            }
            try save("dtm.mtx", text)
            try save("rows.txt", documents.map { $0.name.replacingOccurrences(of: "\n", with: " ") + "\n" }.joined())
            try save("columns.txt", features.map { $0.feature + "\n" }.joined())
        }
        return written
    }

    static func csv(_ columns: [String], _ rows: [[String]]) -> String {
        var text = ""
        let stream = TableStream(columns: columns, format: .csv, neutralizesFormulas: false) { text += $0 }
        stream.append(rows.map { $0.map { Cell.text($0) } })
        stream.finish()
        return text
    }
}
