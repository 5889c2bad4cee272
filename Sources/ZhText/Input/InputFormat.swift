/// How an input file holds its documents: one document per file (plain text in any encoding
/// zhtext detects), one document per line as JSON Lines, or one per row as CSV.
///
/// ```swift
/// var options = DocumentReader.Options()
/// options.format = InputFormat(.jsonl, idField: "url", textField: "content")
/// ```
/// With `.auto` (the default) a file whose name ends in `.jsonl` is read as JSON Lines, one
/// ending in `.csv` as CSV, and everything else, standard input included, as text.
public struct InputFormat: Sendable, Hashable {
    /// How every input holds its documents (see the cases).
    public enum Kind: String, Sendable, CaseIterable {
        /// `.jsonl` files as JSON Lines, the rest as text.
        case auto
        /// Every input is one text document.
        case text
        /// Every input holds one JSON object per line, `{"id": …, "text": …}`.
        case jsonl
        /// Every input is a CSV table with one document per row (see `CSVRecords`).
        case csv
    }

    /// How every input holds its documents.
    public var kind: Kind
    /// The member of each JSON object (or the CSV column) that names the document (the
    /// `document` column).
    public var idField: String
    /// The member of each JSON object (or the CSV column) that holds the document's text.
    public var textField: String

    /// A format; by default by file name, with the id in `id` and the text in `text`.
    public init(_ kind: Kind = .auto, idField: String = "id", textField: String = "text") {
        self.kind = kind
        self.idField = idField
        self.textField = textField
    }

    /// Whether `item` is read as JSON Lines.
    public func isJSONLines(_ item: InputFiles.Item) -> Bool {
        // An essay selection (FILE#N) reads a text file; `selectedEssay` refuses JSON Lines.
        if case .essay = item { return false }
        return switch kind {
        case .text, .csv: false
        case .jsonl: true
        case .auto: item.name.lowercased().hasSuffix(".jsonl")
        }
    }

    /// Whether `item` is read as CSV, one document per row.
    public func isCSV(_ item: InputFiles.Item) -> Bool {
        if case .essay = item { return false }
        return switch kind {
        case .text, .jsonl: false
        case .csv: true
        case .auto: item.name.lowercased().hasSuffix(".csv")
        }
    }

    /// Whether `item` holds one document per record (JSON Lines or CSV).
    public func isRecords(_ item: InputFiles.Item) -> Bool { isJSONLines(item) || isCSV(item) }

    /// Compressed JSON Lines (`.jsonl.gz`): zhtext does not decompress, so such a file is
    /// refused with a message that says how to feed it instead of being decoded into noise.
    func isCompressedJSONLines(_ item: InputFiles.Item) -> Bool {
        if case .essay = item { return false }
        return kind != .text && item.name.lowercased().hasSuffix(".jsonl.gz")
    }
}
