/// Documents read from files, folders or standard input, with everything that went wrong.
public struct Corpus: Sendable {
    /// The documents that could be read, in the order their paths were given.
    public var documents: [Document]
    /// Warnings and errors for all inputs, in input order.
    public var diagnostics: [Diagnostic]

    /// Whether some input could not be read at all.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Reads every file named by `paths` (files, folders, `-`), using both cores and more.
    ///
    /// A file that cannot be read becomes an error diagnostic; the others are still read.
    /// `progress` is called after each document (from any thread).
    public static func read(_ paths: [String], options: DocumentReader.Options = .init(),
                            progress: (@Sendable (CorpusProgress) -> Void)? = nil) async -> Corpus {
        var documents: [Document] = []
        let diagnostics = await forEachDocument(paths, options: options, transform: { document, _ in document },
                                                combine: { document, _ in documents.append(document) },
                                                progress: progress)
        return Corpus(documents: documents, diagnostics: diagnostics)
    }
}
