import Foundation

extension DocumentReader {
    /// Files larger than this many bytes are read in pieces, not whole.
    public static let wholeDocumentLimit = 16 << 20
    /// The size of a piece, in UTF-8 bytes.
    public static let pieceSize = 4 << 20

    /// Reads `item` and hands it to `body` as one document, or, when it is a file of more than
    /// `limit` bytes, as a sequence of documents of about `pieceSize` bytes each, in order, so
    /// that memory stays bounded whatever the file's size (a 1 GB line of text among them).
    ///
    /// Pieces end at a line break, else at white space or punctuation, else at a character
    /// boundary (`TextChunkReader`). Each piece is a document of its own with the file's name:
    /// its `firstCharacter` is where it starts in the file's text (offsets in quotations and
    /// concordance lines add it), its essays are numbered on from the previous piece's, and
    /// the first piece carries a warning that says the file was read in pieces. Essays,
    /// paragraphs, quotations and contexts that cross the edge of a piece are cut there.
    /// `body` gets each document and the number of bytes it came from.
    public func readPieces(
        of item: InputFiles.Item, limit: Int = wholeDocumentLimit, pieceSize: Int = pieceSize,
        _ body: (Document, Int) -> Void
    ) throws(InputError) {
        guard case .file(let path) = item, let size = Self.fileSize(path), size > limit else {
            let bytes = try InputFiles.bytes(of: item)
            body(try read(bytes: bytes, source: item.name), bytes.count)
            return
        }
        // The file streams as UTF-8 (other encodings are decoded whole first, then served in
        // pieces); each piece is normalised on its own.
        let chunks = try TextChunkReader(item: item, options: Options(encoding: options.encoding), chunkSize: pieceSize)
        let pieceReader = DocumentReader(options: Options(encoding: .utf8, simplified: options.simplified))
        var characters = 0, essays = 0, number = 0
        var notice: [Diagnostic] = chunks.diagnostics
        notice.append(Diagnostic(
            .warning, source: item.name,
            message: "\(size / (1 << 20)) MB is more than the \(limit / (1 << 20)) MB read whole: read in pieces of "
                + "about \(pieceSize / (1 << 20)) MB that end at line breaks (or spaces and punctuation); essays, "
                + "paragraphs, quotations and contexts that cross the edge of a piece are cut there"))
        while let chunk = chunks.next() {
            number += 1
            var document = try pieceReader.read(bytes: chunk.bytes, source: item.name)
            document.encoding = chunks.encoding
            document.piece = number
            document.firstCharacter = characters
            for index in document.essays.indices { document.essays[index].number += essays }
            // A piece ends within a file: it is never an empty file of its own.
            document.diagnostics.removeAll { $0.message == "file is empty" }
            if number == 1 { document.diagnostics = notice + document.diagnostics }
            characters += document.characterCount
            essays = document.essays.last?.number ?? essays
            body(document, chunk.bytes.count)
        }
        if number == 0 {
            body(try read(bytes: [], source: item.name), 0)
        }
    }

    /// The size of a regular file, or nil (FIFOs, devices, errors: read those whole).
    static func fileSize(_ path: String) -> Int? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(status.st_size)
    }
}
