import Foundation

extension Corpus {
    /// Reads every file named by `paths` and hands each document to `transform` on all cores,
    /// then gives the results to `combine` in input order, one at a time; documents are not
    /// kept, so memory grows with what `combine` keeps rather than with the corpus. A file too
    /// large to read whole comes as several documents, its pieces, one after the other (see
    /// `DocumentReader.readPieces`), each with the file's index.
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
        typealias Outcome = Swift.Result<([(Result, Document.Summary)], [Diagnostic]), InputError>
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
                        // One document per text file (or its pieces), one per line of a JSON
                        // Lines file.
                        var results: [(Result, Document.Summary)] = []
                        let problems = try reader.readDocuments(of: item) { document, ordinal, bytes in
                            let documentIndex = documentIndex(item: index, ordinal: ordinal)
                            results.append((transform(document, documentIndex), Document.Summary(document, bytes: bytes)))
                        }
                        return (index, .success((results, problems)))
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
                    case .success((let documents, let problems)):
                        for (result, summary) in documents {
                            diagnostics += summary.diagnostics
                            combine(result, summary)
                            status.bytesDone += summary.bytes
                        }
                        diagnostics += problems
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

extension Corpus {
    /// Reads every file named by `paths` and folds the documents into one result per core:
    /// each worker takes the next file, reads it and folds it into its own `partial`; the
    /// partials are merged at the end. For counts, where the order of documents does not
    /// matter, this keeps every core busy without a merge after each document. The pieces of a
    /// file too large to read whole are folded one after the other with the file's index.
    ///
    /// - Returns: the merged result and the diagnostics of all inputs, in input order.
    public static func reduceDocuments<Partial: Sendable>(
        _ paths: [String], options: DocumentReader.Options = .init(),
        initial: @escaping @Sendable () -> Partial,
        accumulate: @escaping @Sendable (inout Partial, Document, Int) -> Void,
        merge: (inout Partial, Partial) -> Void,
        progress: (@Sendable (CorpusProgress) -> Void)? = nil
    ) async -> (result: Partial, diagnostics: [Diagnostic]) {
        let (items, listing) = InputFiles.expand(paths)
        let reader = DocumentReader(options: options)
        let queue = WorkQueue(count: items.count, progress: progress)
        var result = initial()
        var found: [(Int, [Diagnostic])] = []
        await withTaskGroup(of: (Partial, [(Int, [Diagnostic])]).self) { group in
            for _ in 0..<max(1, min(ProcessorCount.active, items.count)) {
                group.addTask {
                    var partial = initial()
                    var diagnostics: [(Int, [Diagnostic])] = []
                    while let index = queue.next() {
                        let item = items[index]
                        do throws(InputError) {
                            // One document per text file (or its pieces), one per line of a
                            // JSON Lines file.
                            var read = 0
                            var found: [Diagnostic] = []
                            let problems = try reader.readDocuments(of: item) { document, ordinal, bytes in
                                accumulate(&partial, document, documentIndex(item: index, ordinal: ordinal))
                                found += document.diagnostics
                                read += bytes
                            }
                            diagnostics.append((index, found + problems))
                            queue.done(bytes: read)
                        } catch {
                            diagnostics.append((index, [error.diagnostic]))
                            queue.done(bytes: 0)
                        }
                    }
                    return (partial, diagnostics)
                }
            }
            for await (partial, diagnostics) in group {
                merge(&result, partial)
                found += diagnostics
            }
        }
        // By input, and in reading order within one (the pieces of a large file).
        let ordered = found.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.flatMap(\.element.1)
        return (result, listing + ordered)
    }
}

/// Hands out input indices to workers and reports progress.
final class WorkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private var status: CorpusProgress
    private let progress: (@Sendable (CorpusProgress) -> Void)?

    init(count: Int, progress: (@Sendable (CorpusProgress) -> Void)?) {
        status = CorpusProgress(documentsDone: 0, documentsTotal: count, bytesDone: 0)
        self.progress = progress
    }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < status.documentsTotal else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }

    func done(bytes: Int) {
        lock.lock()
        status.documentsDone += 1
        status.bytesDone += bytes
        let snapshot = status
        lock.unlock()
        progress?(snapshot)
    }
}
