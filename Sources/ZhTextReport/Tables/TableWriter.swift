import CSV
import Foundation
import ZhTextCore

/// Writes tables as aligned text, CSV, TSV or JSON.
public enum TableWriter {
    /// The text of `table` in `format`, ending with a line break.
    public static func render(_ table: Table, as format: TableFormat) -> String {
        switch format {
        case .table: aligned(table)
        case .csv: csv(table)
        case .tsv: tsv(table)
        case .json: json(table)
        }
    }

    static func csv(_ table: Table) -> String {
        // CSVWriter quotes fields as RFC 4180 requires; rows end with CR LF.
        guard let writer = try? CSVWriter(stream: .toMemory(), newline: .crlf) else { return "" }
        try? writer.write(row: table.columns)
        for row in table.rows {
            try? writer.write(row: row.map(\.spreadsheetSafeText))
        }
        writer.stream.close()
        let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        var text = String(decoding: data, as: UTF8.self)
        if !text.isEmpty, !text.hasSuffix("\n") { text += "\r\n" }
        return text
    }

    static func tsv(_ table: Table) -> String {
        func clean(_ text: String) -> String {
            String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
        }
        var lines = [table.columns.map(clean).joined(separator: "\t")]
        for row in table.rows { lines.append(row.map { clean($0.spreadsheetSafeText) }.joined(separator: "\t")) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ table: Table) -> String {
        let quoted = JSONText.quoted
        let keys = table.columns.map(quoted)
        let objects = table.rows.map { row in
            let fields = zip(keys, row).map { key, cell in
                let value: String
                switch cell {
                case .text(let text): value = quoted(text)
                case .number(let number, _) where !number.isFinite: value = "null"
                default: value = cell.description
                }
                return "\(key): \(value)"
            }
            return "  {" + fields.joined(separator: ", ") + "}"
        }
        return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    static func aligned(_ table: Table) -> String {
        let header = table.columns.map { Cell.text($0) }
        let all = [header] + table.rows
        var widths = [Int](repeating: 0, count: table.columns.count)
        let texts = all.map { row in row.map { $0.description.replacingLineBreaks } }
        for row in texts {
            for (column, text) in row.enumerated() { widths[column] = max(widths[column], displayWidth(text)) }
        }
        let numericColumns = table.columns.indices.map { column in
            !table.rows.isEmpty && table.rows.allSatisfy { $0[column].isNumeric }
        }
        var lines: [String] = []
        for (rowIndex, row) in texts.enumerated() {
            var line = ""
            for (column, text) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - displayWidth(text))
                let rightAligned = table.rightAligned.contains(table.columns[column])
                    || (rowIndex > 0 ? all[rowIndex][column].isNumeric : numericColumns[column])
                let isLast = column == row.count - 1
                line += rightAligned ? padding + text : (isLast ? text : text + padding)
                if !isLast { line += "  " }
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Terminal columns taken by `text`.
    public static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ICUCharacterProperties.displayWidth(of: $1) }
    }
}

extension String {
    fileprivate var replacingLineBreaks: String {
        String(map { $0.isNewline ? " " : $0 })
    }
}

/// JSON string literals.
public enum JSONText {
    /// `text` as a JSON string literal (quotes, backslashes and control characters escaped).
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

extension Cell {
    /// The cell as written in CSV and TSV: a text of two or more characters that a spreadsheet
    /// would read as a formula (it starts with =, +, -, @, a tab or a carriage return) gets a
    /// leading apostrophe, so Excel and LibreOffice show it as text instead of running it
    /// (OWASP's advice against CSV injection). Numbers, and a lone + or - (compare's direction,
    /// standard input's name), are written as they are.
    var spreadsheetSafeText: String {
        guard case .text(let text) = self, text.unicodeScalars.count >= 2, let first = text.unicodeScalars.first,
              "=+-@\t\r".unicodeScalars.contains(first) else { return description }
        return "'" + text
    }
}
