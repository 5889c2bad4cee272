import Foundation

extension DocumentReader {
    /// Whether `item` is a text file too large to read whole, whose documents are its pieces
    /// (see `Pieces`).
    func readsInPieces(_ item: InputFiles.Item) -> Bool {
        !options.format.isCompressedJSONLines(item) && !options.format.isRecords(item) && Self.isReadInPieces(item)
    }

    /// Reads every document of `item`: the whole file for text (in pieces when it is too large,
    /// see `readPieces`), one per good line for JSON Lines (see `JSONLinesReader`), one per good
    /// row for CSV (see `CSVRecords`). Documents get their metadata fields (from the record,
    /// or from `options.metadata` for a text file), and those that fail `options.filter` are
    /// passed over. `body` gets each document, its number within the item (0 for a text file,
    /// counting records from 0) and the bytes it was read from.
    ///
    /// - Returns: diagnostics about the item itself (bad records), after those of its
    ///   documents, which each document carries.
    /// - Throws: when the item cannot be read at all.
    public func readDocuments(of item: InputFiles.Item, _ body: (Document, Int, Int) -> Void) throws(InputError) -> [Diagnostic] {
        if case .essay = item {
            let fields = fileFields(item)
            guard options.filter.matches(fields.fields) else { return [] }
            let essay = try selectedEssay(item)
            var document = read(text: essay.text, source: item.name)
            document.encoding = essay.encoding
            // One essay of a collection: its heading's count of essays is about the file, not it.
            document.diagnostics.removeAll { $0.message.hasPrefix("collection heading announces") }
            document.diagnostics = essay.diagnostics + fields.diagnostics + document.diagnostics
            document.fields = fields.fields
            note(&document)
            body(document, 0, essay.text.utf8.count)
            return []
        }
        if options.format.isCompressedJSONLines(item) {
            throw InputError(diagnostic: Diagnostic(
                .error, source: item.name,
                message: "compressed JSON Lines are not supported (skipped); decompress it first, e.g. zcat \(item.name) | zhtext … --input-format jsonl -"))
        }
        guard options.format.isRecords(item) else {
            // A text file is one document, or its pieces when it is too large to read whole
            // (each piece keeps number 0: they are one document of the input).
            let fields = fileFields(item)
            guard options.filter.matches(fields.fields) else { return [] }
            var first = true
            try readPieces(of: item) { document, bytes in
                var document = document
                document.fields = fields.fields
                if first { document.diagnostics = fields.diagnostics + document.diagnostics }
                first = false
                note(&document)
                body(document, 0, bytes)
            }
            return []
        }
        return try readRecords(item, body)
    }

    /// The documents of a JSON Lines or CSV file, one per record (see `forEachRecord`).
    private func readRecords(_ item: InputFiles.Item, _ body: (Document, Int, Int) -> Void) throws(InputError) -> [Diagnostic] {
        var ordinal = 0
        var failures: [Diagnostic] = []
        let diagnostics = try forEachRecord(of: item) { record in
            defer { ordinal += 1 }
            if record.text.utf8.count > Self.wholeDocumentLimit {
                // A record too large to hold as one document: its pieces, like a large file's.
                do throws(InputError) {
                    try readPieces(of: record, in: item) { document, bytes in body(document, ordinal, bytes) }
                } catch {
                    failures.append(error.diagnostic)
                }
                return
            }
            var document = read(text: record.text, source: record.id)
            if let encoding = record.encoding { document.encoding = encoding }
            document.fields = record.fields
            note(&document, recorded: true)
            body(document, ordinal, record.bytes)
        }
        return failures + diagnostics
    }

    /// The pieces of a record whose text is more than `wholeDocumentLimit` bytes, each with
    /// the record's fields; the first says so, and what the record cost to parse.
    private func readPieces(of record: RecordText, in item: InputFiles.Item, _ body: (Document, Int) -> Void) throws(InputError) {
        let text = Array(record.text.utf8)
        let megabytes = { (bytes: Int) in bytes >> 20 }
        let notice = Diagnostic(
            .warning, source: record.id,
            message: "its text, \(megabytes(text.count)) MB (in \(item.name)), is more than the \(megabytes(Self.wholeDocumentLimit)) MB "
                + "read whole: read in pieces of about \(megabytes(Self.pieceSize)) MB that end at line breaks (or spaces and "
                + "punctuation); essays, paragraphs, quotations and contexts that cross the edge of a piece are cut there. "
                + Self.recordMemoryNote(item: item, options: options))
        let pieces = try Pieces(text: text, source: record.id, options: options, notice: [notice])
        while let (piece, bytes) = try pieces.next() {
            var document = piece
            if let encoding = record.encoding { document.encoding = encoding }
            document.fields = record.fields
            note(&document, recorded: true)
            body(document, bytes)
        }
    }

    /// What a record too large to read whole costs before it is cut into pieces.
    static func recordMemoryNote(item: InputFiles.Item, options: Options) -> String {
        options.format.isCSV(item)
            ? "A CSV file is parsed whole first, which takes several times its size in memory."
            : "Its JSON Lines line is parsed whole first, which takes several times its size in memory."
    }

    /// A record's text, id and fields, with the encoding its file was decoded from (CSV).
    struct RecordText {
        var id: String
        var text: String
        var fields: DocumentFields
        var bytes: Int
        var encoding: TextEncoding?
    }

    /// Calls `body` with each good record of a JSON Lines or CSV item that meets
    /// `options.filter`, in order. A JSON Lines file streams a line at a time. In a CSV file the
    /// text column's cell is the text, the id column's (or `FILE:ROW` when there is none) the
    /// id, the other columns the fields.
    ///
    /// - Returns: the diagnostics of bad records.
    func forEachRecord(of item: InputFiles.Item, _ body: (RecordText) -> Void) throws(InputError) -> [Diagnostic] {
        guard options.format.isCSV(item) else {
            return try JSONLinesReader(format: options.format).forEachRecord(of: item) { record in
                options.census?.record(record.fields)
                guard options.filter.matches(record.fields) else { return }
                body(RecordText(id: record.id, text: record.text, fields: record.fields, bytes: record.bytes))
            }
        }
        let bytes = try InputFiles.bytes(of: item)
        let decoded = try TextDecoder(encoding: options.encoding).decode(bytes, source: item.name)
        let table = CSVRecords(text: decoded.text, source: item.name)
        guard !table.columns.isEmpty else {
            return decoded.diagnostics + [Diagnostic(.warning, source: item.name, message: "file is empty")]
        }
        guard let textColumn = table.columns.firstIndex(of: options.format.textField) else {
            throw InputError(diagnostic: Diagnostic(
                .error, source: item.name,
                message: "no \"\(options.format.textField)\" column (the columns are \(table.columns.joined(separator: ", "))); "
                    + "name the text column with --text-field"))
        }
        let idColumn = table.columns.firstIndex(of: options.format.idField)
        for (number, row) in table.rows.enumerated() {
            var fields = DocumentFields()
            for (index, name) in table.columns.enumerated() where index != textColumn && index != idColumn {
                fields.set(name, row.cells[index])
            }
            options.census?.record(fields)
            guard options.filter.matches(fields) else { continue }
            let text = row.cells[textColumn]
            body(RecordText(id: idColumn.map { row.cells[$0] } ?? "\(item.name):\(number + 1)", text: text, fields: fields,
                            bytes: text.utf8.count, encoding: decoded.encoding))
        }
        return decoded.diagnostics + table.diagnostics
    }

    /// A text file's fields from `options.metadata`, with a warning when the table lacks it.
    public func fileFields(_ item: InputFiles.Item) -> (fields: DocumentFields, diagnostics: [Diagnostic]) {
        guard let metadata = options.metadata else { return (DocumentFields(), []) }
        let path: String
        switch item {
        case .standardInput: return (DocumentFields(), [])
        case .file(let file), .essay(let file, _): path = file
        }
        guard let fields = metadata.fields(ofFile: path) else {
            return (DocumentFields(), [Diagnostic(.warning, source: item.name,
                                                  message: "not listed in the metadata table \(metadata.source) (no fields)")])
        }
        options.census?.record(fields)
        return (fields, [])
    }

    /// Notes the document's fields in the census and warns of date fields that are no date.
    func note(_ document: inout Document, recorded: Bool = false) {
        if !recorded { options.census?.record(document.fields) }
        for name in options.dateFields {
            guard let value = document.fields[name], !value.isEmpty, FieldDate(parsing: value) == nil else { continue }
            document.diagnostics.append(Diagnostic(
                .warning, source: document.source,
                message: "field \(name): '\(value)' is not a date (counted under an empty period)"))
        }
    }
}
