import Foundation

/// Reads JSON Lines: one document per line, `{"id": "a-17", "text": "……"}`.
///
/// Each line is parsed with Foundation's `JSONSerialization`. The id may be a string or a
/// number (written as it is, `17`); it becomes the document's name, the `document` column of
/// every table. A line that is not a JSON object, lacks the id or the text, or whose text is
/// not a string is an error diagnostic with the file and line number (`error: part-3.jsonl:
/// line 12: no "text" member (skipped)`); the other lines are still read. Blank lines are
/// skipped silently.
public struct JSONLinesReader: Sendable {
    public var format: InputFormat

    public init(format: InputFormat = InputFormat(.jsonl)) { self.format = format }

    /// One document of a JSON Lines file.
    public struct Record: Sendable {
        /// Its id, as the document's name.
        public var id: String
        public var text: String
        /// Its line number in the file, from 1.
        public var line: Int
        /// The length of its line in bytes.
        public var bytes: Int
    }

    /// Calls `body` with each good line of `bytes` (read from `source`), in order; returns the
    /// diagnostics of the bad ones.
    public func forEachRecord(in bytes: [UInt8], source: String, _ body: (Record) -> Void) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 0
        while start < bytes.count {
            line += 1
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            defer { start = end + 1 }
            var last = end
            if last > start, bytes[last - 1] == 0x0D { last -= 1 }
            guard bytes[start..<last].contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
            switch record(Data(bytes[start..<last]), line: line) {
            case .success(let record):
                body(record)
            case .failure(let problem):
                diagnostics.append(Diagnostic(.error, source: source, location: "line \(line)", message: "\(problem.message) (skipped)"))
            }
        }
        return diagnostics
    }

    struct Problem: Error {
        var message: String
    }

    func record(_ data: Data, line: Int) -> Result<Record, Problem> {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            return .failure(Problem(message: "not valid JSON"))
        }
        guard let members = object as? [String: Any] else {
            return .failure(Problem(message: "not a JSON object"))
        }
        guard let rawID = members[format.idField], !(rawID is NSNull) else {
            return .failure(Problem(message: "no \"\(format.idField)\" member"))
        }
        guard let id = Self.name(rawID) else {
            return .failure(Problem(message: "\"\(format.idField)\" is neither a string nor a number"))
        }
        guard let rawText = members[format.textField], !(rawText is NSNull) else {
            return .failure(Problem(message: "no \"\(format.textField)\" member"))
        }
        guard let text = rawText as? String else {
            return .failure(Problem(message: "\"\(format.textField)\" is not a string"))
        }
        return .success(Record(id: id, text: text, line: line, bytes: data.count + 1))
    }

    /// A string as it is, an integral number without a fraction (`17`), another number as
    /// JSON writes it; nil for booleans, arrays and objects.
    static func name(_ value: Any) -> String? {
        if let string = value as? String { return string }
        // JSON's true and false come as NSNumbers of C type char.
        guard let number = value as? NSNumber, number.objCType.pointee != CChar(UInt8(ascii: "c")) else { return nil }
        let double = number.doubleValue
        if double.rounded() == double, abs(double) < 1e15 { return String(Int64(double)) }
        return number.stringValue
    }
}

extension DocumentReader {
    /// Whether `item` is a text file too large to read whole, whose documents are its pieces
    /// (see `Pieces`).
    func readsInPieces(_ item: InputFiles.Item) -> Bool {
        !options.format.isCompressedJSONLines(item) && !options.format.isJSONLines(item) && Self.isReadInPieces(item)
    }

    /// Reads every document of `item`: the whole file for text (in pieces when it is too large,
    /// see `readPieces`), one per good line for JSON Lines (see `JSONLinesReader`). `body` gets
    /// each document, its number within the item
    /// (0 for a text file, counting good lines from 0 for JSON Lines) and the bytes it was
    /// read from.
    ///
    /// - Returns: diagnostics about the item itself (bad JSON lines), after those of its
    ///   documents, which each document carries.
    /// - Throws: when the item cannot be read at all.
    public func readDocuments(of item: InputFiles.Item, _ body: (Document, Int, Int) -> Void) throws(InputError) -> [Diagnostic] {
        if case .essay = item {
            let essay = try selectedEssay(item)
            var document = read(text: essay.text, source: item.name)
            document.encoding = essay.encoding
            // One essay of a collection: its heading's count of essays is about the file, not it.
            document.diagnostics.removeAll { $0.message.hasPrefix("collection heading announces") }
            document.diagnostics = essay.diagnostics + document.diagnostics
            body(document, 0, essay.text.utf8.count)
            return []
        }
        if options.format.isCompressedJSONLines(item) {
            throw InputError(diagnostic: Diagnostic(
                .error, source: item.name,
                message: "compressed JSON Lines are not supported (skipped); decompress it first, e.g. zcat \(item.name) | zhtext … --input-format jsonl -"))
        }
        guard options.format.isJSONLines(item) else {
            // A text file is one document, or its pieces when it is too large to read whole
            // (each piece keeps number 0: they are one document of the input).
            try readPieces(of: item) { document, bytes in body(document, 0, bytes) }
            return []
        }
        let bytes = try InputFiles.bytes(of: item)
        var ordinal = 0
        return JSONLinesReader(format: options.format).forEachRecord(in: bytes, source: item.name) { record in
            body(read(text: record.text, source: record.id), ordinal, record.bytes)
            ordinal += 1
        }
    }
}

extension Corpus {
    /// The index of a document among all documents of a run: its item's index in the high
    /// bits and its number within the item (a JSON Lines line) in the low 32, so that indices
    /// keep the input order and every document of a JSON Lines file has its own.
    public static func documentIndex(item: Int, ordinal: Int) -> Int { item << 32 | ordinal }
}

extension TextChunk {
    /// The documents of a JSON Lines item as one chunk each, for streaming work such as
    /// segmentation: each record's text (in Simplified characters with `--simplified`), named
    /// by its id, offsets from the start of that text.
    ///
    /// - Returns: the chunks and the diagnostics of bad lines.
    public static func jsonLinesRecords(of item: InputFiles.Item, options: DocumentReader.Options) throws(InputError)
        -> (chunks: [TextChunk], diagnostics: [Diagnostic])
    {
        let bytes = try InputFiles.bytes(of: item)
        var chunks: [TextChunk] = []
        let reader = DocumentReader(options: options)
        let problems = JSONLinesReader(format: options.format).forEachRecord(in: bytes, source: item.name) { record in
            var text = Array(record.text.utf8)
            if options.simplified, let decoded = try? reader.decodedText(text, source: record.id) { text = Array(decoded.text.utf8) }
            chunks.append(TextChunk(bytes: text, offset: 0, source: record.id, isDecoded: true))
        }
        return (chunks, problems)
    }
}
