import ArgumentParser
import Foundation
import ZhText
import ZhTextCore

struct SegmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split text into words.",
        discussion: """
            Formats: spaced writes one line per input line, tokens separated by one space and \
            white space dropped, so the output can be scored against a gold segmentation; pos \
            is the same with each token written word/tag; tsv writes offset, length, kind, pos \
            and token per line (offsets in bytes of each document's UTF-8 text); jsonl one JSON \
            object per token; count only the number of tokens (white space excluded). Tags are \
            those of jieba's dictionary (see the README); short strings a text puts in \
            quotation marks twice or more are kept whole throughout it. Tokens are written as \
            in the input (with --simplified, in \
            Simplified characters with full-width letters and digits folded); scraper markers \
            such as ##paidbegin## are left out. UTF-8 input streams in chunks, so memory stays \
            bounded, and chunks are segmented on all cores.
            """
    )

    enum Engine: String, ExpressibleByArgument, CaseIterable {
        /// zhtext's own engine over ICU's dictionary.
        case fast
        /// ICU's dictionary-based word BreakIterator.
        case icu
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Segmentation engine: fast (zhtext's own) or icu (ICU's BreakIterator).")
    var engine: Engine = .fast

    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(help: "Output format: spaced, pos (word/tag), tsv, jsonl, count.")
    var format: TokenFormat = .spaced

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Say on standard error which lexicons the run uses, with their sizes.")
    var verbose = false

    func validate() throws { try OutputSink.validate(output) }

    func run() async throws {
        try DiagnosticReporter.requireFiles(input.paths)
        try input.prepare()
        let sink = try OutputSink(path: output, reading: input.paths)
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let lexicon = engine == .fast
            ? try await lexiconOptions.lexicon(for: input.paths, readerOptions: input.readerOptions) : nil
        if verbose, let lexicon { try LexiconCommand.describe(lexicon, to: .standardError) }
        let tokenizers = try (0..<workers).map { _ in try makeTokenizer(lexicon) }
        try segmentAll(with: tokenizers, into: sink)
    }

    /// Segments every input in batches of one chunk per worker and writes the tokens in order.
    /// (Kept out of the async `run`: Swift 6.3's optimiser crashes on this loop inside it.)
    func segmentAll(with tokenizers: [Tokenizer], into sink: OutputSink) throws {
        let workers = tokenizers.count
        let lexicon: Lexicon? = if case .fast(let segmenter) = tokenizers.first { segmenter.lexicon } else { nil }
        let (items, listing) = InputFiles.expand(input.paths)
        var diagnostics = listing
        DiagnosticReporter.report(listing)
        var total = 0
        var batch: [(document: String, chunk: TextChunk, words: DocumentWords?)] = []
        var reportedInvalid: Set<String> = []

        func flush() throws {
            let outputs = ChunkRenderer.render(batch, format: format, tokenizers: tokenizers)
            for (rendered, item) in zip(outputs, batch) {
                try rendered.bytes.withUnsafeBytes { try sink.write(bytes: $0) }
                total += rendered.tokens
                // Report unknown markers, and only the first invalid UTF-8 of each document.
                let fresh = rendered.diagnostics.filter { diagnostic in
                    guard diagnostic.message.hasPrefix("invalid UTF-8") else { return true }
                    return reportedInvalid.insert(item.document).inserted
                }
                DiagnosticReporter.report(fresh)
                diagnostics += fresh
            }
            batch.removeAll(keepingCapacity: true)
        }

        for item in items {
            if input.readerOptions.format.isRecords(item) {
                // One chunk per record, segmented as the records stream in.
                var failure: Error?
                do {
                    let problems = try TextChunk.forEachRecord(of: item, options: input.readerOptions) { chunk in
                        guard failure == nil else { return }
                        var chunk = chunk
                        if format == .spaced || format == .pos, let last = chunk.bytes.last, last != 0x0A { chunk.bytes.append(0x0A) }
                        batch.append((chunk.source, chunk, nil))
                        guard batch.count == workers else { return }
                        do { try flush() } catch { failure = error }
                    }
                    if let failure { throw failure }
                    try flush()
                    DiagnosticReporter.report(problems)
                    diagnostics += problems
                } catch let error as InputError {
                    DiagnosticReporter.report([error.diagnostic])
                    diagnostics.append(error.diagnostic)
                }
                continue
            }
            let (fields, fieldProblems) = DocumentReader(options: input.readerOptions).fileFields(item)
            DiagnosticReporter.report(fieldProblems)
            diagnostics += fieldProblems
            guard input.readerOptions.filter.matches(fields) else { continue }
            // What a document teaches is learned over all of it (`DocumentLearning`): a file up
            // to the whole-document limit is one chunk, learned and segmented at once; a larger
            // one is learned first, in two passes, then segmented chunk by chunk with its words.
            // Standard input is held in a temporary file so that it can be read twice.
            var spool: StandardInputSpool?
            var source = item
            let reader: TextChunkReader
            var words: DocumentWords?
            do throws(InputError) {
                if case .standardInput = item, lexicon != nil {
                    spool = try StandardInputSpool()
                    source = .file(spool!.path)
                }
                let large = lexicon == nil || DocumentReader.isReadInPieces(source)
                if let lexicon, large {
                    words = try DocumentReader.learnedWords(of: source, options: input.readerOptions, lexicon: lexicon,
                                                            pieceSize: min(1 << 20, DocumentReader.pieceSize), normalize: false)
                }
                reader = try TextChunkReader(item: source, options: input.readerOptions,
                                             chunkSize: large ? min(1 << 20, DocumentReader.pieceSize) : DocumentReader.wholeDocumentLimit + 1,
                                             name: item.name)
            } catch {
                DiagnosticReporter.report([error.diagnostic])
                diagnostics.append(error.diagnostic)
                continue
            }
            var lastByte: UInt8?
            while let chunk = reader.next() {
                lastByte = chunk.bytes.last ?? lastByte
                batch.append((item.name, chunk, words))
                if batch.count == workers { try flush() }
            }
            try flush()
            _ = spool
            if lastByte == nil {
                // As every other command says it.
                let empty = Diagnostic(.warning, source: item.name, message: "file is empty")
                DiagnosticReporter.report([empty])
                diagnostics.append(empty)
            }
            // One output line per input line: close a last line without a line break.
            if format == .spaced || format == .pos, let lastByte, lastByte != 0x0A { sink.write(byte: 0x0A) }
            DiagnosticReporter.report(reader.diagnostics)
            diagnostics += reader.diagnostics
        }
        try input.checkFields()
        if total == 0, diagnostics.contains(where: { $0.severity == .error }) {
            // Nothing read: a previous output stays as it was.
            sink.discard()
        } else {
            if format == .count { try sink.write("\(total)\n") }
            try sink.commit()
        }
        try DiagnosticReporter.exitIfFailed(diagnostics)
    }

    func makeTokenizer(_ lexicon: Lexicon?) throws -> Tokenizer {
        if let lexicon { return .fast(FastSegmenter(lexicon: lexicon)) }
        return .icu(try ICUSegmenter())
    }
}
