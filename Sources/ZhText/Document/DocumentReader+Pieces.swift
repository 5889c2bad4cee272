import ZhTextCore
import Foundation

extension DocumentReader {
    /// Files larger than this many bytes are read in pieces, not whole: 16 MiB, or
    /// `$ZHTEXT_WHOLE_DOCUMENT_LIMIT` bytes (for machines with little memory, and for tests).
    public static let wholeDocumentLimit = sizeFromEnvironment("ZHTEXT_WHOLE_DOCUMENT_LIMIT") ?? 16 << 20
    /// The size of a piece, in UTF-8 bytes: 4 MiB, or `$ZHTEXT_PIECE_SIZE` bytes.
    public static let pieceSize = sizeFromEnvironment("ZHTEXT_PIECE_SIZE") ?? 4 << 20

    /// A positive byte count from the environment variable `name`, if it holds one.
    static func sizeFromEnvironment(_ name: String) -> Int? {
        guard let text = ProcessInfo.processInfo.environment[name], let value = Int(text), value >= 1024 else { return nil }
        return value
    }

    /// Reads `item` and hands it to `body` as one document, or, when it is a file of more than
    /// `limit` bytes, as a sequence of documents of about `pieceSize` bytes each, in order, so
    /// that memory stays bounded whatever the file's size (a 1 GB line of text among them).
    /// See `Pieces` for how a file is cut. `body` gets each document and the number of bytes
    /// it came from.
    public func readPieces(
        of item: InputFiles.Item, limit: Int = wholeDocumentLimit, pieceSize: Int = pieceSize,
        _ body: (Document, Int) -> Void
    ) throws(InputError) {
        guard let pieces = try Pieces(item: item, options: options, limit: limit, pieceSize: pieceSize) else {
            let bytes = try InputFiles.bytes(of: item)
            body(try read(bytes: bytes, source: item.name), bytes.count)
            return
        }
        while let (document, bytes) = try pieces.next() { body(document, bytes) }
    }

    /// Whether `item` is a file of more than `limit` bytes, read in pieces.
    public static func isReadInPieces(_ item: InputFiles.Item, limit: Int = wholeDocumentLimit) -> Bool {
        guard case .file(let path) = item, let size = fileSize(path) else { return false }
        return size > limit
    }

    /// The size of a regular file, or nil (FIFOs, devices, errors: read those whole).
    static func fileSize(_ path: String) -> Int? {
        var status = stat()
        guard InputFiles.systemStat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(status.st_size)
    }

    /// The pieces of a file too large to read whole, read one at a time on demand.
    ///
    /// Pieces end at a line break, else at white space or punctuation, else at a character
    /// boundary (`TextChunkReader`). Each piece is a document of its own with the file's name:
    /// its `firstCharacter` is where it starts in the file's text (offsets in quotations and
    /// concordance lines add it), its essays are numbered on from the previous piece's, and
    /// the first piece carries a warning that says the file was read in pieces. Essays,
    /// paragraphs, quotations and contexts that cross the edge of a piece are cut there.
    public final class Pieces {
        private let chunks: TextChunkReader
        private let reader: DocumentReader
        private let source: String
        private var notice: [Diagnostic]
        /// What the first piece reports about the file as a whole: how it was decoded and that
        /// it is read in pieces.
        var fileDiagnostics: [Diagnostic] { notice }
        private var characters = 0, essays = 0, number = 0
        /// The line breaks in the pieces handed out so far (a piece's line 1 is the file's
        /// line `lineBreaks + 1`).
        private var lineBreaks = 0
        private var finished = false
        /// The words the whole file teaches, when the options give a lexicon to learn with.
        private var learned: DocumentWords?
        /// Whether the pieces are of decoded text (a record's), not of a file's bytes.
        private let isText: Bool

        private init(chunks: TextChunkReader, source: String, notice: [Diagnostic], learned: DocumentWords?,
                     simplified: Bool, isText: Bool) {
            self.chunks = chunks
            self.source = source
            self.notice = notice
            self.learned = learned
            self.isText = isText
            reader = DocumentReader(options: Options(encoding: .utf8, simplified: simplified))
        }

        /// The pieces of a record's `text` (UTF-8), named `source`, learned as a whole when the
        /// options give a lexicon; the first piece carries `notice`.
        convenience init(text: [UInt8], source: String, options: Options, pieceSize: Int = pieceSize,
                         notice: [Diagnostic]) throws(InputError) {
            var learned: DocumentWords?
            if let lexicon = options.learningLexicon?.lexicon {
                learned = try DocumentReader.learnedWords(
                    of: .text(text, source: source), options: options, lexicon: lexicon, pieceSize: pieceSize)
            }
            self.init(chunks: TextChunkReader(text: text, source: source, chunkSize: pieceSize), source: source,
                      notice: notice, learned: learned, simplified: options.simplified, isText: true)
        }

        /// The pieces of `item`, or nil when it is not a regular file of more than `limit` bytes.
        public convenience init?(item: InputFiles.Item, options: Options, limit: Int = wholeDocumentLimit,
                                 pieceSize: Int = pieceSize) throws(InputError)
        {
            guard case .file(let path) = item, let size = DocumentReader.fileSize(path), size > limit else { return nil }
            // The file streams as UTF-8 (other encodings are decoded whole first, then served
            // in pieces); each piece is normalised on its own.
            var learned: DocumentWords?
            if let lexicon = options.learningLexicon?.lexicon {
                learned = try DocumentReader.learnedWords(of: .item(item), options: options, lexicon: lexicon, pieceSize: pieceSize)
            }
            let chunks = try TextChunkReader(item: item, options: Options(encoding: options.encoding), chunkSize: pieceSize)
            var notice = chunks.diagnostics
            notice.append(Diagnostic(
                .warning, source: item.name,
                message: "\(size / (1 << 20)) MB is more than the \(limit / (1 << 20)) MB read whole: read in pieces of "
                    + "about \(pieceSize / (1 << 20)) MB that end at line breaks (or spaces and punctuation); essays, "
                    + "paragraphs, quotations and contexts that cross the edge of a piece are cut there"))
            self.init(chunks: chunks, source: item.name, notice: notice, learned: learned, simplified: options.simplified,
                      isText: false)
        }

        /// The next piece and the number of bytes it came from, or nil after the last.
        public func next() throws(InputError) -> (Document, Int)? {
            guard !finished else { return nil }
            guard let chunk = chunks.next() else {
                finished = true
                if let shrank = chunks.shrank { throw InputError(diagnostic: shrank) }
                // A file that shrank to nothing while it was read is an empty document.
                return number == 0 ? (try reader.read(bytes: [], source: source), 0) : nil
            }
            number += 1
            var document: Document
            do {
                // A record's text is decoded already: a NUL from `\u0000` is text there, not a
                // sign of binary data.
                document = isText ? reader.read(text: String(decoding: chunk.bytes, as: UTF8.self), source: source)
                    : try reader.read(bytes: chunk.bytes, source: source)
            } catch where number > 1 {
                // The pieces before were counted: say so, rather than that the file was skipped.
                throw InputError(diagnostic: Diagnostic(
                    .error, source: source, location: "byte \(chunks.leadingBytes + chunk.offset)",
                    message: (error.diagnostic.message.contains("binary") ? "looks like binary data from here on, not text"
                        : error.diagnostic.message.replacingOccurrences(of: " (skipped)", with: ""))
                        + ": the \(chunk.offset) bytes before were counted, the rest of the file was skipped"))
            }
            document.encoding = chunks.encoding
            document.diagnostics = document.diagnostics.map {
                Self.placedInFile($0, byteOffset: chunks.leadingBytes + chunk.offset, linesBefore: lineBreaks)
            }
            lineBreaks += Self.lineBreakCount(chunk.bytes)
            document.piece = number
            document.learnedWords = learned
            document.firstCharacter = characters
            for index in document.essays.indices { document.essays[index].number += essays }
            // A piece ends within a file: it is never an empty file of its own.
            document.diagnostics.removeAll { $0.message == "file is empty" }
            if number == 1 { document.diagnostics = notice + document.diagnostics }
            characters += document.originalCharacterCount
            essays = document.essays.last?.number ?? essays
            return (document, chunk.bytes.count)
        }

        /// A piece's diagnostic with its place in the file: `byte N` of the piece is byte
        /// `byteOffset + N` of the file, `line N` is line `linesBefore + N`.
        static func placedInFile(_ diagnostic: Diagnostic, byteOffset: Int, linesBefore: Int) -> Diagnostic {
            var placed = diagnostic
            for (prefix, shift) in [("byte ", byteOffset), ("line ", linesBefore)] where diagnostic.location.hasPrefix(prefix) {
                if let value = Int(diagnostic.location.dropFirst(prefix.count)) { placed.location = prefix + String(value + shift) }
            }
            return placed
        }

        /// The line breaks in UTF-8 `bytes` as `DocumentStructure.lines` counts them: LF, CR
        /// LF, a CR alone, U+0085, U+2028 and U+2029.
        static func lineBreakCount(_ bytes: [UInt8]) -> Int {
            var count = 0
            var index = 0
            while index < bytes.count {
                switch bytes[index] {
                case 0x0A: count += 1
                case 0x0D: if index + 1 >= bytes.count || bytes[index + 1] != 0x0A { count += 1 }
                case 0xC2: if index + 1 < bytes.count, bytes[index + 1] == 0x85 { count += 1 }
                case 0xE2: if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { count += 1 }
                default: break
                }
                index += 1
            }
            return count
        }
    }
}
