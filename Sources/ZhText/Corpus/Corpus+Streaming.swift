extension Corpus {
    /// Reads every file named by `paths` and hands each document to `transform` on all cores,
    /// then gives the results to `combine` in input order, one at a time; documents are not
    /// kept, so memory grows with what `combine` keeps rather than with the corpus.
    ///
    /// - Returns: the diagnostics of all inputs, in input order.
    public static func forEachDocument<Result: Sendable>(
        _ paths: [String], options: DocumentReader.Options = .init(),
        transform: @escaping @Sendable (Document, Int) -> Result,
        combine: (Result, Document.Summary) -> Void,
        progress: ((CorpusProgress) -> Void)? = nil
    ) async -> [Diagnostic] {
        let (items, listing) = InputFiles.expand(paths)
        var status = CorpusProgress(documentsDone: 0, documentsTotal: items.count, bytesDone: 0)
        progress?(status)
        let reader = DocumentReader(options: options)
        var diagnostics = listing
        typealias Outcome = Swift.Result<(Result, Document.Summary), InputError>
        var pending: [Int: Outcome] = [:]
        var nextToCombine = 0
        await withTaskGroup(of: (Int, Outcome).self) { group in
            var next = 0
            let width = max(1, ProcessorCount.active)
            func submit() {
                let index = next
                let item = items[index]
                group.addTask {
                    do throws(InputError) {
                        let bytes = try InputFiles.bytes(of: item)
                        let document = try reader.read(bytes: bytes, source: item.name)
                        let summary = Document.Summary(document, bytes: bytes.count)
                        return (index, .success((transform(document, index), summary)))
                    } catch {
                        return (index, .failure(error))
                    }
                }
                next += 1
            }
            while next < items.count, next < width { submit() }
            for await (index, outcome) in group {
                pending[index] = outcome
                while let ready = pending.removeValue(forKey: nextToCombine) {
                    switch ready {
                    case .success((let result, let summary)):
                        diagnostics += summary.diagnostics
                        combine(result, summary)
                        status.bytesDone += summary.bytes
                    case .failure(let error):
                        diagnostics.append(error.diagnostic)
                    }
                    nextToCombine += 1
                    status.documentsDone += 1
                    progress?(status)
                }
                if next < items.count { submit() }
            }
        }
        return diagnostics
    }
}

extension Document {
    /// What is left of a document once it has been processed: its name, size and problems.
    public struct Summary: Sendable {
        public var source: String
        public var encoding: TextEncoding
        public var bytes: Int
        public var characters: Int
        public var essays: Int
        public var diagnostics: [Diagnostic]

        init(_ document: Document, bytes: Int) {
            source = document.source
            encoding = document.encoding
            self.bytes = bytes
            characters = document.characterCount
            essays = document.essays.count
            diagnostics = document.diagnostics
        }
    }
}

/// How far a pass over a corpus has got.
public struct CorpusProgress: Sendable {
    public var documentsDone: Int
    public var documentsTotal: Int
    public var bytesDone: Int
}
