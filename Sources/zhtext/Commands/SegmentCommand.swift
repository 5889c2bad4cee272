import ArgumentParser
import Foundation
import ZhText
import ZhTextCore

struct SegmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split text into words.",
        discussion: """
            --format spaced writes one line per input line, tokens separated by one space and \
            white space dropped, so the output can be scored against a gold segmentation. \
            tsv writes offset, length, kind and token per line (offsets in bytes of the decoded \
            UTF-8 text of each document); jsonl one JSON object per token; count only the number \
            of tokens (white space excluded). Tokens are written as in the input (with \
            --simplified, in Simplified characters); scraper markers such as ##paidbegin## are \
            left out.
            """
    )

    enum Engine: String, ExpressibleByArgument, CaseIterable {
        /// zhtext's own engine over ICU's dictionary.
        case fast
        /// ICU's dictionary-based word BreakIterator.
        case icu
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case spaced, tsv, jsonl, count
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Segmentation engine: fast (zhtext's own) or icu (ICU's BreakIterator).")
    var engine: Engine = .fast

    @Option(name: .customLong("dict"), help: "A user lexicon in jieba's format (word [freq] [tag]); repeatable.")
    var dictionaries: [String] = []

    @Option(help: "Output format: spaced, tsv, jsonl, count.")
    var format: Format = .spaced

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() async throws {
        let tokenizer = try makeTokenizer()
        let corpus = await Corpus.read(input.paths, options: input.readerOptions)
        DiagnosticReporter.report(corpus.diagnostics)
        var sink = try OutputSink(path: output)
        var writer = TokenWriter(format: format)
        for document in corpus.documents {
            writer.startDocument(document.source)
            var lineStart = 0
            for line in document.lines(normalized: input.simplified) {
                var bytes = Array(line.utf8)
                bytes.withUnsafeMutableBytes { raw in
                    let text = UnsafeRawBufferPointer(raw)
                    tokenizer(text) { token in writer.write(token, in: text, lineStart: lineStart, to: &sink) }
                }
                writer.endLine(to: &sink)
                lineStart += bytes.count + 1
            }
        }
        writer.finish(to: &sink)
        try sink.close()
        try DiagnosticReporter.exitIfFailed(corpus.diagnostics)
    }

    typealias Tokenizer = (UnsafeRawBufferPointer, (Token) -> Void) -> Void

    func makeTokenizer() throws -> Tokenizer {
        switch engine {
        case .icu:
            let segmenter = try ICUSegmenter()
            return { text, body in try? segmenter.segment(text, body) }
        case .fast:
            let lexicons = try dictionaries.map { path in
                do {
                    return try UserLexicon(contentsOf: path)
                } catch {
                    throw ValidationError("cannot read lexicon \(path): \(error.localizedDescription)")
                }
            }
            let segmenter = FastSegmenter(lexicon: try Lexicon.standard(adding: lexicons))
            return { text, body in segmenter.segment(text, body) }
        }
    }
}

/// Writes tokens in one of the segment command's formats.
struct TokenWriter {
    let format: SegmentCommand.Format
    private var firstOnLine = true
    private var count = 0
    private var document = ""

    init(format: SegmentCommand.Format) { self.format = format }

    mutating func startDocument(_ name: String) { document = name }

    mutating func write(_ token: Token, in text: UnsafeRawBufferPointer, lineStart: Int, to sink: inout OutputSink) {
        guard token.kind != .whitespace else { return }
        let bytes = UnsafeRawBufferPointer(rebasing: text[token.range])
        switch format {
        case .spaced:
            if !firstOnLine { sink.write(byte: 0x20) }
            sink.write(bytes: bytes)
        case .tsv:
            sink.write("\(lineStart + token.offset)\t\(token.length)\t\(token.kind)\t")
            sink.write(bytes: bytes)
            sink.write(byte: 0x0A)
        case .jsonl:
            let word = String(decoding: bytes, as: UTF8.self)
            sink.write("{\"document\":\(JSONText.quoted(document)),\"offset\":\(lineStart + token.offset),\"length\":\(token.length),\"kind\":\"\(token.kind)\",\"token\":\(JSONText.quoted(word))}\n")
        case .count:
            break
        }
        firstOnLine = false
        count += 1
    }

    mutating func endLine(to sink: inout OutputSink) {
        if format == .spaced { sink.write(byte: 0x0A) }
        firstOnLine = true
    }

    mutating func finish(to sink: inout OutputSink) {
        if format == .count { sink.write("\(count)\n") }
    }
}

enum JSONText {
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
