/// A table written as its rows come in, so that a command that finds millions of rows (a
/// concordance, every quotation) holds one batch of them at a time, not the table.
///
/// CSV, TSV and JSON are written row by row. A table with a caption is, in JSON, an object
/// with the caption's member and `rows` (the array of rows); an aligned table starts with the
/// caption's line; CSV and TSV leave it out, so that they stay one header and rows. An aligned table needs its column widths first:
/// it holds its first `alignedSampleRows` rows, takes the widths from them and writes the rest
/// as they come (a later, wider cell pushes the rest of its line to the right).
///
/// ```swift
/// let stream = TableStream(columns: ["term", "count"], format: .csv) { print($0, terminator: "") }
/// stream.append([["人民", 3]])
/// stream.finish()
/// ```
public final class TableStream {
    /// The column names, in order.
    public let columns: [String]
    /// How the rows are written.
    public let format: TableFormat
    /// Rows appended so far.
    public private(set) var rowCount = 0
    /// Rows an aligned table holds to take its column widths from.
    public static let alignedSampleRows = 10_000

    /// Whether CSV and TSV cells that a spreadsheet would run as formulas get a leading
    /// apostrophe (see `Cell.spreadsheetSafeText`); on by default.
    public let neutralizesFormulas: Bool

    private let rightAligned: Set<String>
    private let caption: TableCaption?
    private let write: (String) -> Void
    private let jsonKeys: [String]
    private var held: [[Cell]] = []
    private var layout: AlignedLayout?
    private var started = false

    /// A table of `columns` in `format` whose text goes to `write` in pieces, in order.
    public init(columns: [String], rightAligned: Set<String> = [], caption: TableCaption? = nil, format: TableFormat,
                neutralizesFormulas: Bool = true, write: @escaping (String) -> Void) {
        self.columns = columns
        self.caption = caption
        self.neutralizesFormulas = neutralizesFormulas
        self.rightAligned = rightAligned
        self.format = format
        self.write = write
        jsonKeys = columns.map(JSONText.quoted)
    }

    /// Appends rows, each with one cell per column.
    public func append(_ rows: [[Cell]]) {
        guard !rows.isEmpty else { return }
        precondition(rows.allSatisfy { $0.count == columns.count }, "a row needs one cell per column")
        rowCount += rows.count
        switch format {
        case .table:
            guard let layout else {
                held += rows
                if held.count >= Self.alignedSampleRows { startAligned() }
                return
            }
            write(rows.map(layout.line).joined())
        case .csv:
            write(TableWriter.csvLines((started ? [] : [columns]) + rows.map { $0.map(cellText) }))
            started = true
        case .tsv:
            if !started { write(TableWriter.tsvLine(columns)) }
            started = true
            write(rows.map { TableWriter.tsvLine($0.map(cellText)) }.joined())
        case .json:
            let objects = rows.map { TableWriter.jsonObject($0, keys: jsonKeys) }.joined(separator: ",\n")
            write((started ? ",\n" : jsonStart + "[\n") + objects)
            started = true
        }
    }

    /// Writes what is held and the end of the table (the header alone when there were no rows).
    public func finish() {
        switch format {
        case .table:
            if layout == nil { startAligned() }
        case .csv:
            if !started { write(TableWriter.csvLines([columns])) }
        case .tsv:
            if !started { write(TableWriter.tsvLine(columns)) }
        case .json:
            write(started ? "\n]" + jsonEnd + "\n" : jsonStart + "[]" + jsonEnd + "\n")
        }
        started = true
    }

    /// Before the array of rows: the object's caption member and `"rows": `, with a caption.
    private var jsonStart: String {
        caption.map { "{" + JSONText.quoted($0.name) + ": " + JSONText.quoted($0.text) + ",\n\"rows\": " } ?? ""
    }

    private var jsonEnd: String { caption == nil ? "" : "}" }

    private func cellText(_ cell: Cell) -> String {
        neutralizesFormulas ? cell.spreadsheetSafeText : cell.description
    }

    private func startAligned() {
        let layout = AlignedLayout(columns: columns, rightAligned: rightAligned, rows: held)
        self.layout = layout
        let captionLine = caption.map { AlignedLayout.shown($0.text) + "\n" } ?? ""
        write(captionLine + layout.line(nil) + held.map(layout.line).joined())
        held = []
    }
}
