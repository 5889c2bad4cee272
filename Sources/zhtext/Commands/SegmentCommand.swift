import ArgumentParser
import ZhText
import ZhTextCore

struct SegmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split text into words.",
        discussion: """
            --format spaced writes one line per input line, tokens separated by one space and \
            white space dropped, so the output can be scored against a gold segmentation. \
            Tokens are written as in the input (with --simplified, in Simplified characters); \
            scraper markers such as ##paidbegin## are left out.
            """
    )

    enum Engine: String, ExpressibleByArgument, CaseIterable {
        /// ICU's dictionary-based word BreakIterator.
        case icu
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case spaced
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Segmentation engine: icu.")
    var engine: Engine = .icu

    @Option(help: "Output format: spaced.")
    var format: Format = .spaced

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() async throws {
        let corpus = await Corpus.read(input.paths, options: input.readerOptions)
        DiagnosticReporter.report(corpus.diagnostics)
        var sink = try OutputSink(path: output)
        let segmenter = try ICUSegmenter()
        for document in corpus.documents {
            for line in document.lines(normalized: input.simplified) {
                var bytes = Array(line.utf8)
                var first = true
                try bytes.withUnsafeMutableBytes { raw in
                    let text = UnsafeRawBufferPointer(raw)
                    try segmenter.segment(text) { token in
                        guard token.kind != .whitespace else { return }
                        if !first { sink.write(byte: 0x20) }
                        first = false
                        sink.write(bytes: UnsafeRawBufferPointer(rebasing: text[token.range]))
                    }
                }
                _ = bytes.count
                sink.write(byte: 0x0A)
            }
        }
        try sink.close()
        try DiagnosticReporter.exitIfFailed(corpus.diagnostics)
    }
}
