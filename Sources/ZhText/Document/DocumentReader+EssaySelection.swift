extension DocumentReader {
    /// The text of one essay of a file, the encoding the file was read in, and the file's own
    /// diagnostics (decoding, markers).
    public struct SelectedEssay: Sendable {
        /// The essay's text, normalised (`Document.text(_:)`); parts from the pieces of a large file joined by line breaks.
        public var text: String
        /// The encoding the file was read in.
        public var encoding: TextEncoding
        /// The file's decoding and marker warnings.
        public var diagnostics: [Diagnostic]
    }

    /// Reads the essay that `item` (`.essay(FILE, N)`, `FILE#N` on the command line) selects:
    /// from its title line (or first paragraph) to its last paragraph, as normalised text
    /// (`Document.text(_:)`: the characters the analyses see, not the file's bytes). A file too
    /// large to read whole is read in pieces, and the essay's parts in each are joined.
    ///
    /// - Throws: when `item` is not an essay selection, when the file cannot be read, is JSON
    ///   Lines, or has fewer than N essays.
    public func selectedEssay(_ item: InputFiles.Item) throws(InputError) -> SelectedEssay {
        guard case .essay(let path, let number) = item else {
            throw InputError(diagnostic: Diagnostic(
                .error, source: item.name, message: "\(item.name) is not an essay selection (FILE#N)"))
        }
        let file = InputFiles.Item.file(path)
        if options.format.isRecords(file) || options.format.isCompressedJSONLines(file) {
            throw InputError(diagnostic: Diagnostic(
                .error, source: item.name, message: "#\(number) selects an essay of a text file, not a line of JSON Lines"))
        }
        var parts: [String] = [], essays = 0
        var encoding = TextEncoding.utf8
        var diagnostics: [Diagnostic] = []
        func collect(_ document: Document) {
            encoding = document.encoding
            for essay in document.essays where essay.number == number {
                guard let last = essay.paragraphs.last else { continue }
                let start = essay.titleSpan?.start ?? essay.paragraphs[0].span.start
                parts.append(document.text(TextSpan(start: start, end: last.span.end)))
            }
            essays = max(essays, document.essays.last?.number ?? 0)
        }
        if let pieces = try Pieces(item: file, options: options) {
            diagnostics = pieces.fileDiagnostics
            while let (document, _) = try pieces.next() { collect(document) }
        } else {
            // Only the file's decoding problems: the essay's own are found when it is read.
            let decoded = try decodedText(try InputFiles.bytes(of: file), source: path)
            diagnostics = decoded.diagnostics
            collect(read(text: decoded.text, source: path))
            encoding = decoded.encoding
        }
        guard !parts.isEmpty else {
            throw InputError(diagnostic: Diagnostic(
                .error, source: item.name,
                message: "\(path) has \(essays) essay\(essays == 1 ? "" : "s"); there is no essay #\(number) (see zhtext essays \(path))"))
        }
        return SelectedEssay(text: parts.joined(separator: "\n"), encoding: encoding, diagnostics: diagnostics)
    }
}
