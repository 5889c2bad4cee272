import Foundation

extension Corpus {
    /// Reads every file named by `paths` and hands each document to `transform` on all cores,
    /// then gives the results to `combine` in input order, one at a time; documents are not
    /// kept, so memory grows with what `combine` keeps rather than with the corpus. A file too
    /// large to read whole comes as several documents, its pieces, one after the other (see
    /// `DocumentReader.Pieces`), each with the file's index; its pieces are worked on by all
    /// cores and combined one by one as they are done, so a caller that writes out what it is
    /// given holds a few pieces' results at a time, however large the file.
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
        let width = max(1, ProcessorCount.active)
        var pending: [Int: ItemOutcome<Result>] = [:]
        var nextToCombine = 0, next = 0, running = 0
        await withTaskGroup(of: (Int, ItemOutcome<Result>).self) { group in
            while nextToCombine < items.count {
                // Keep every core busy, but read no further ahead than a few items, so that
                // results waiting for a slow item stay few.
                while running < width, next < items.count, next - nextToCombine < 4 * width {
                    let index = next, item = items[index]
                    next += 1
                    if reader.readsInPieces(item) {
                        pending[index] = .inPieces
                        continue
                    }
                    running += 1
                    group.addTask {
                        do throws(InputError) {
                            // One document per text file, one per line of a JSON Lines file.
                            var results: [(Result, Document.Summary)] = []
                            let problems = try reader.readDocuments(of: item) { document, ordinal, bytes in
                                let documentIndex = documentIndex(item: index, ordinal: ordinal)
                                results.append((transform(document, documentIndex), Document.Summary(document, bytes: bytes)))
                            }
                            return (index, .read(results, problems))
                        } catch {
                            return (index, .failed(error))
                        }
                    }
                }
                guard let ready = pending.removeValue(forKey: nextToCombine) else {
                    guard let (index, outcome) = await group.next() else { break }
                    running -= 1
                    pending[index] = outcome
                    continue
                }
                switch ready {
                case .read(let documents, let problems):
                    for (result, summary) in documents {
                        diagnostics += summary.diagnostics
                        combine(result, summary)
                        status.bytesDone += summary.bytes
                    }
                    diagnostics += problems
                case .failed(let error):
                    diagnostics.append(error.diagnostic)
                case .inPieces:
                    await forEachPiece(of: items[nextToCombine], index: nextToCombine, reader: reader, width: width,
                                       transform: transform) { result, summary in
                        diagnostics += summary.diagnostics
                        combine(result, summary)
                        status.bytesDone += summary.bytes
                        progress?(status)
                    } failed: { diagnostics.append($0.diagnostic) }
                }
                nextToCombine += 1
                status.documentsDone += 1
                progress?(status)
            }
        }
        return diagnostics
    }

    /// Works on the pieces of a file too large to read whole on `width` cores at a time and
    /// combines their results in order as they are done.
    private static func forEachPiece<Result: Sendable>(
        of item: InputFiles.Item, index: Int, reader: DocumentReader, width: Int,
        transform: @escaping @Sendable (Document, Int) -> Result,
        combine: (Result, Document.Summary) -> Void,
        failed: (InputError) -> Void
    ) async {
        let documentIndex = documentIndex(item: index, ordinal: 0)
        let pieces: DocumentReader.Pieces
        do throws(InputError) {
            guard let found = try DocumentReader.Pieces(item: item, options: reader.options) else {
                // The file shrank below the limit since it was looked at: read it whole.
                try reader.readPieces(of: item) { document, bytes in
                    combine(transform(document, documentIndex), Document.Summary(document, bytes: bytes))
                }
                return
            }
            pieces = found
        } catch {
            failed(error)
            return
        }
        await withTaskGroup(of: (Int, Result, Document.Summary).self) { group in
            var done: [Int: (Result, Document.Summary)] = [:]
            var submitted = 0, combined = 0, exhausted = false
            while true {
                while !exhausted, submitted - combined < width {
                    do throws(InputError) {
                        guard let (document, bytes) = try pieces.next() else {
                            exhausted = true
                            break
                        }
                        let number = submitted
                        submitted += 1
                        group.addTask {
                            (number, transform(document, documentIndex), Document.Summary(document, bytes: bytes))
                        }
                    } catch {
                        failed(error)
                        exhausted = true
                    }
                }
                if let (result, summary) = done.removeValue(forKey: combined) {
                    combine(result, summary)
                    combined += 1
                } else if exhausted, combined == submitted {
                    return
                } else if let (number, result, summary) = await group.next() {
                    done[number] = (result, summary)
                }
            }
        }
    }
}

/// What became of one input item in `forEachDocument`.
private enum ItemOutcome<Result: Sendable>: Sendable {
    /// Its documents' results and the problems of its lines (JSON Lines).
    case read([(Result, Document.Summary)], [Diagnostic])
    case failed(InputError)
    /// A file too large to read whole: its pieces are worked on when its turn comes.
    case inPieces
}

extension Document {
    /// What is left of a document once it has been processed: its name, size and problems.
    public struct Summary: Sendable {
        /// Where the document came from (`Document.source`).
        public var source: String
        /// The encoding its file was read in.
        public var encoding: TextEncoding
        /// The number of bytes it was read from (its file, record or piece).
        public var bytes: Int
        /// Number of characters (Unicode scalars) in its normalised text.
        public var characters: Int
        /// Number of essays in it.
        public var essays: Int
        /// Warnings met while reading it.
        public var diagnostics: [Diagnostic]
        /// The document's metadata fields.
        public var fields: DocumentFields

        init(_ document: Document, bytes: Int) {
            fields = document.fields
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
    /// Inputs done so far (a file counts once, however many documents it holds).
    public var documentsDone: Int
    /// Inputs to read in all, once the paths are expanded.
    public var documentsTotal: Int
    /// Bytes of the documents done so far.
    public var bytesDone: Int
}

extension Corpus {
    /// Reads every file named by `paths` and folds the documents into one result per core:
    /// each worker takes the next file, reads it and folds it into its own `partial`; the
    /// partials are merged at the end. For counts, where the order of documents does not
    /// matter, this keeps every core busy without a merge after each document.
    ///
    /// The files too large to read whole come last, one at a time: every worker folds pieces
    /// of the file (all with the file's index) into a fresh partial, and these are merged
    /// together before they join the result, so a `merge` that sees two partials of the same
    /// document can count it once (`FrequencyCounter` does).
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
        let inPieces = items.indices.filter { reader.readsInPieces(items[$0]) }
        let queue = WorkQueue(count: items.count, skipping: Set(inPieces), progress: progress)
        let width = max(1, ProcessorCount.active)
        var result = initial()
        var found: [(Int, [Diagnostic])] = []
        await withTaskGroup(of: (Partial, [(Int, [Diagnostic])]).self) { group in
            for _ in 0..<max(1, min(width, items.count - inPieces.count)) {
                group.addTask {
                    var partial = initial()
                    var diagnostics: [(Int, [Diagnostic])] = []
                    while let index = queue.next() {
                        let item = items[index]
                        do throws(InputError) {
                            // One document per text file, one per line of a JSON Lines file.
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
        for index in inPieces {
            let source: SharedPieces
            do throws(InputError) {
                guard let pieces = try DocumentReader.Pieces(item: items[index], options: options) else {
                    // Shrunk below the limit since it was looked at: one document.
                    var partial = initial()
                    var read = 0
                    var diagnostics: [Diagnostic] = []
                    try reader.readPieces(of: items[index]) { document, bytes in
                        accumulate(&partial, document, documentIndex(item: index, ordinal: 0))
                        diagnostics += document.diagnostics
                        read += bytes
                    }
                    merge(&result, partial)
                    found.append((index, diagnostics))
                    queue.done(bytes: read)
                    continue
                }
                source = SharedPieces(pieces)
            } catch {
                found.append((index, [error.diagnostic]))
                queue.done(bytes: 0)
                continue
            }
            var file: Partial?
            var pieceDiagnostics: [(Int, [Diagnostic])] = []
            await withTaskGroup(of: (Partial, [(Int, [Diagnostic])]).self) { group in
                for _ in 0..<width {
                    group.addTask {
                        var partial = initial()
                        var diagnostics: [(Int, [Diagnostic])] = []
                        while let (number, document, bytes) = source.next() {
                            accumulate(&partial, document, documentIndex(item: index, ordinal: 0))
                            diagnostics.append((number, document.diagnostics))
                            queue.read(bytes: bytes)
                        }
                        return (partial, diagnostics)
                    }
                }
                for await (partial, diagnostics) in group {
                    if file == nil { file = partial } else { merge(&file!, partial) }
                    pieceDiagnostics += diagnostics
                }
            }
            if let file { merge(&result, file) }
            let failure = source.failure.map { [$0.diagnostic] } ?? []
            found.append((index, pieceDiagnostics.sorted { $0.0 < $1.0 }.flatMap(\.1) + failure))
            queue.done(bytes: 0)
        }
        // By input, and in reading order within one (the pieces of a large file).
        let ordered = found.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.flatMap(\.element.1)
        return (result, listing + ordered)
    }
}

/// The pieces of one large file, handed out to workers one at a time, numbered in order.
final class SharedPieces: @unchecked Sendable {
    private let lock = NSLock()
    private let pieces: DocumentReader.Pieces
    private var number = 0
    /// Why reading stopped early, if it did.
    private(set) var failure: InputError?

    init(_ pieces: DocumentReader.Pieces) {
        self.pieces = pieces
    }

    /// The next piece with its number and the bytes it came from, or nil after the last (or a
    /// read error, kept in `failure`).
    func next() -> (Int, Document, Int)? {
        lock.lock()
        defer { lock.unlock() }
        guard failure == nil else { return nil }
        do throws(InputError) {
            guard let (document, bytes) = try pieces.next() else { return nil }
            number += 1
            return (number, document, bytes)
        } catch {
            failure = error
            return nil
        }
    }
}

/// Hands out input indices to workers and reports progress.
final class WorkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private var status: CorpusProgress
    private let progress: (@Sendable (CorpusProgress) -> Void)?

    private let skipping: Set<Int>

    /// A queue of the indices `0..<count` but those in `skipping` (done elsewhere, though
    /// they count for progress).
    init(count: Int, skipping: Set<Int> = [], progress: (@Sendable (CorpusProgress) -> Void)?) {
        status = CorpusProgress(documentsDone: 0, documentsTotal: count, bytesDone: 0)
        self.skipping = skipping
        self.progress = progress
    }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        while skipping.contains(nextIndex) { nextIndex += 1 }
        guard nextIndex < status.documentsTotal else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }

    /// Bytes read of an input that is not done yet (a large file's piece).
    func read(bytes: Int) {
        lock.lock()
        status.bytesDone += bytes
        let snapshot = status
        lock.unlock()
        progress?(snapshot)
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
