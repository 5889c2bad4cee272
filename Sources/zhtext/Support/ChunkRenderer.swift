import ArgumentParser
import Dispatch
import ZhText
import ZhTextCore
import ZhTextReport

/// The segment command's output formats.
enum TokenFormat: String, ExpressibleByArgument, CaseIterable {
    /// Tokens separated by spaces, one output line per input line.
    case spaced
    /// Like spaced, each token written `word/tag`.
    case pos
    /// offset, length, kind, pos, token.
    case tsv
    /// One JSON object per token.
    case jsonl
    /// The number of tokens.
    case count
}

/// A segmenter of either engine; each worker owns one.
enum Tokenizer {
    case fast(FastSegmenter)
    case icu(ICUSegmenter)

    /// Segments `text`; the fast engine keeps whole the words the document teaches
    /// (`DocumentLearning`): `words`, learned over a whole large document beforehand, or else
    /// those of `text` itself, a whole document.
    func segment(_ text: UnsafeRawBufferPointer, words: DocumentWords?, _ body: (Token) -> Void) {
        switch self {
        case .fast(let segmenter):
            defer { segmenter.documentWords = nil }
            if let words {
                segmenter.documentWords = words
                segmenter.segment(text, body)
            } else {
                segmenter.segmentDocument(text, body)
            }
        case .icu(let segmenter): try? segmenter.segment(text, body)
        }
    }
}

/// Segments chunks on all cores and renders their tokens, keeping the chunks' order.
enum ChunkRenderer {
    struct Rendered {
        var bytes: [UInt8] = []
        var tokens = 0
        var diagnostics: [Diagnostic] = []
    }

    /// One result slot per chunk: each worker writes only its own slot.
    final class Slots: @unchecked Sendable {
        let outputs: UnsafeMutableBufferPointer<Rendered>
        let tokenizers: [Tokenizer]
        init(count: Int, tokenizers: [Tokenizer]) {
            outputs = .allocate(capacity: count)
            outputs.initialize(repeating: Rendered())
            self.tokenizers = tokenizers
        }
        deinit {
            _ = outputs.deinitialize()
            outputs.deallocate()
        }
    }

    static func render(_ batch: [(document: String, chunk: TextChunk, words: DocumentWords?)], format: TokenFormat,
                       tokenizers: [Tokenizer]) -> [Rendered] {
        guard !batch.isEmpty else { return [] }
        let slots = Slots(count: batch.count, tokenizers: tokenizers)
        let work = batch
        DispatchQueue.concurrentPerform(iterations: work.count) { index in
            slots.outputs[index] = renderChunk(work[index].chunk, document: work[index].document, words: work[index].words,
                                               format: format, tokenizer: slots.tokenizers[index])
        }
        return Array(slots.outputs)
    }

    static func renderChunk(_ chunk: TextChunk, document: String, words: DocumentWords?, format: TokenFormat,
                            tokenizer: Tokenizer) -> Rendered {
        var output = Rendered()
        var chunk = chunk
        output.diagnostics = chunk.prepare()
        output.bytes.reserveCapacity(format == .count ? 0 : chunk.bytes.count * 3 / 2)
        var firstOnLine = true
        let quotedDocument = Array(JSONText.quoted(document).utf8)
        // Segmented in NFC without variation selectors, as analyses read it; each token is
        // written as it stands in the input, at its offset there.
        let composed = chunk.composed()
        let written = chunk.bytes
        (composed?.bytes ?? chunk.bytes).withUnsafeBytes { text in
            written.withUnsafeBytes { original in
                tokenizer.segment(text, words: words) { token in
                    let range = composed.map { Int($0.origins[token.offset])..<Int($0.origins[token.offset + token.length]) }
                        ?? token.range
                    let bytes = UnsafeRawBufferPointer(rebasing: original[range])
                    if token.kind == .whitespace {
                        if format == .spaced || format == .pos {
                            let breaks = lineBreaks(in: bytes)
                            if breaks > 0 {
                                output.bytes.append(contentsOf: repeatElement(0x0A, count: breaks))
                                firstOnLine = true
                            }
                        }
                        return
                    }
                    output.tokens += 1
                    switch format {
                    case .spaced, .pos:
                        if !firstOnLine { output.bytes.append(0x20) }
                        output.bytes.append(contentsOf: bytes)
                        if format == .pos {
                            output.bytes.append(0x2F)
                            output.bytes.append(contentsOf: token.tag.name.utf8)
                        }
                        firstOnLine = false
                    case .tsv:
                        output.bytes.append(contentsOf: "\(chunk.offset + range.lowerBound)\t\(range.count)\t\(token.kind)\t\(token.tag)\t".utf8)
                        output.bytes.append(contentsOf: bytes.map { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 })
                        output.bytes.append(0x0A)
                    case .jsonl:
                        output.bytes.append(contentsOf: "{\"document\":".utf8)
                        output.bytes.append(contentsOf: quotedDocument)
                        output.bytes.append(contentsOf: ",\"offset\":\(chunk.offset + range.lowerBound),\"length\":\(range.count),\"kind\":\"\(token.kind)\",\"pos\":\"\(token.tag)\",\"token\":".utf8)
                        output.bytes.append(contentsOf: JSONText.quoted(String(decoding: bytes, as: UTF8.self)).utf8)
                        output.bytes.append(contentsOf: "}\n".utf8)
                    case .count:
                        break
                    }
                }
            }
        }
        return output
    }

    /// Line breaks in white space: LF, CR LF, lone CR, NEL, U+2028 and U+2029.
    static func lineBreaks(in bytes: UnsafeRawBufferPointer) -> Int {
        var count = 0
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A: count += 1
            case 0x0D: if index + 1 >= bytes.count || bytes[index + 1] != 0x0A { count += 1 }
            case 0xC2: if index + 1 < bytes.count, bytes[index + 1] == 0x85 { count += 1 }
            case 0xE2:
                if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                    count += 1
                }
            default: break
            }
            index += 1
        }
        return count
    }
}
