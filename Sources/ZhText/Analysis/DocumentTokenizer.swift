import ZhTextCore

/// A token of a document: its normalised text, its kind and where it stands.
public struct DocumentToken: Sendable, Hashable {
    /// The token's normalised text.
    public var text: String
    /// What kind of text the token holds.
    public var kind: TokenKind
    /// The part-of-speech tag.
    public var tag: PartOfSpeech
    /// Character offsets in the document's decoded text.
    public var span: TextSpan

    /// A token; without a tag, the tag of its kind (`PartOfSpeech.of`).
    public init(text: String, kind: TokenKind, tag: PartOfSpeech? = nil, span: TextSpan) {
        self.text = text
        self.kind = kind
        self.tag = tag ?? PartOfSpeech.of(kind)
        self.span = span
    }
}

/// The tokens of one sentence, with the unit it belongs to.
public struct TokenizedSentence: Sendable {
    /// The essay's number in its document, from 1.
    public var essay: Int
    /// The section (body, preview or paid) the sentence belongs to.
    public var section: Section
    /// The paragraph's number in its essay, from 1; 0 for a heading.
    public var paragraph: Int
    /// The sentence's tokens, white space left out.
    public var tokens: [DocumentToken]
    /// Whether the sentence is an essay's title line or collection heading rather than a
    /// sentence of a paragraph (its `paragraph` is 0).
    public var isHeading = false
}

/// Segments documents with zhtext's fast engine, sentence by sentence.
///
/// Not thread-safe (it owns a segmenter); make one per task. They can share a `Lexicon`.
public final class DocumentTokenizer {
    private let segmenter: FastSegmenter

    /// A tokenizer over `lexicon`.
    public init(lexicon: Lexicon) {
        segmenter = FastSegmenter(lexicon: lexicon)
    }

    /// The sentences of `document` with their tokens, in order: all its text, each essay's
    /// title line and collection heading (`isHeading`) before its paragraphs. Short strings the
    /// document quotes twice or more, and pieces it repeats that the lexicon lacks, are kept
    /// whole throughout it (see `DocumentLearning`).
    ///
    /// The document is segmented once, whole, as `segment` does; a sentence takes the tokens
    /// inside it. (A sentence that a run of Han characters or a token crosses, which the
    /// structure does not make, is segmented alone, as `tokens(of:in:)` does.)
    public func sentences(of document: Document) -> [TokenizedSentence] {
        let text = utf8(of: document)
        var all: [Token] = []
        var runs: [Range<Int>] = []
        all.reserveCapacity(text.bytes.count / 3)
        text.bytes.withUnsafeBytes { raw in
            if let learned = document.learnedWords {
                // A piece of a large file: the words of the whole file, learned before.
                segmenter.documentWords = learned
                segmenter.segment(raw, runs: &runs) { all.append($0) }
            } else {
                segmenter.segmentDocument(raw, runs: &runs) { all.append($0) }
            }
        }
        wordsOf = document.serial
        let whole = WholeDocumentTokens(tokens: all, runs: runs)
        var result: [TokenizedSentence] = []
        for essay in document.essays {
            let section = essay.paragraphs.first?.section ?? .body
            for span in [essay.titleSpan, essay.headingSpan].compactMap({ $0 })
            where span != essay.paragraphs.first?.span {
                result.append(TokenizedSentence(essay: essay.number, section: section, paragraph: 0,
                                                tokens: tokens(of: span, text: text, whole: whole), isHeading: true))
            }
            for paragraph in essay.paragraphs {
                for sentence in paragraph.sentences {
                    result.append(TokenizedSentence(
                        essay: essay.number, section: paragraph.section, paragraph: paragraph.number,
                        tokens: tokens(of: sentence.span, text: text, whole: whole)))
                }
            }
        }
        return result
    }

    /// The document whose `DocumentWords` the segmenter holds.
    private var wordsOf: Int?
    /// The UTF-8 text of the last document asked about.
    private var text: DocumentUTF8?

    /// The document's normalised text as UTF-8, made once per document.
    private func utf8(of document: Document) -> DocumentUTF8 {
        if let text, text.serial == document.serial { return text }
        let made = DocumentUTF8(document)
        text = made
        return made
    }

    private func useWords(of document: Document, text: DocumentUTF8) {
        guard wordsOf != document.serial else { return }
        if let learned = document.learnedWords {
            // A piece of a large file: the words of the whole file, learned before.
            segmenter.documentWords = learned
        } else {
            text.bytes.withUnsafeBytes { segmenter.learnWords(of: $0) }
        }
        wordsOf = document.serial
    }

    /// The tokens of `span` in `document` (normalised text), white space left out: the span
    /// segmented alone, with the words the document teaches.
    public func tokens(of span: TextSpan, in document: Document) -> [DocumentToken] {
        let text = utf8(of: document)
        useWords(of: document, text: text)
        return tokens(of: span, text: text, whole: nil)
    }

    /// The tokens of `span`: those of the whole document's segmentation inside it when no
    /// run or token crosses its edges, else the span segmented alone.
    private func tokens(of span: TextSpan, text: DocumentUTF8, whole: WholeDocumentTokens?) -> [DocumentToken] {
        let start = text.byteOffset(of: span.start)
        let end = text.byteOffset(of: span.end)
        var result: [DocumentToken] = []
        text.bytes.withUnsafeBytes { raw in
            var character = span.start
            var byte = start
            func add(_ token: Token) {
                let from = character + text.characters(from: byte, to: token.offset)
                let to = from + text.characters(from: token.offset, to: token.offset + token.length)
                character = to
                byte = token.offset + token.length
                guard token.kind != .whitespace else { return }
                result.append(DocumentToken(
                    text: String(decoding: raw[token.range], as: UTF8.self), kind: token.kind, tag: token.tag,
                    span: TextSpan(start: from, end: to)))
            }
            if let whole, let range = whole.tokens(from: start, to: end) {
                for index in range { add(whole.tokens[index]) }
                return
            }
            segmenter.segment(UnsafeRawBufferPointer(rebasing: raw[start..<end])) { token in
                var token = token
                token.offset += start
                add(token)
            }
        }
        return result
    }
}

/// A document's normalised text as UTF-8, with the byte offset of every character.
private struct DocumentUTF8 {
    let serial: Int
    var bytes: [UInt8] = []
    /// `offsets[i]` is the byte offset of character `i`; one more at the end.
    var offsets: [Int32] = []

    init(_ document: Document) {
        serial = document.serial
        bytes.reserveCapacity(document.scalars.count * 3)
        offsets.reserveCapacity(document.scalars.count + 1)
        for scalar in document.scalars {
            offsets.append(Int32(truncatingIfNeeded: bytes.count))
            let value = scalar.value
            switch value {
            case 0..<0x80:
                bytes.append(UInt8(value))
            case 0x80..<0x800:
                bytes.append(UInt8(0xC0 | value >> 6))
                bytes.append(UInt8(0x80 | value & 0x3F))
            case 0x800..<0x10000:
                bytes.append(UInt8(0xE0 | value >> 12))
                bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | value & 0x3F))
            default:
                bytes.append(UInt8(0xF0 | value >> 18))
                bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
                bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | value & 0x3F))
            }
        }
        offsets.append(Int32(truncatingIfNeeded: bytes.count))
    }

    func byteOffset(of character: Int) -> Int { Int(offsets[character]) }

    /// Number of characters in the bytes `from..<to` (which start and end at characters).
    func characters(from: Int, to: Int) -> Int {
        var count = 0
        var index = from
        while index < to {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }
}

/// The tokens of a document segmented whole, and the runs of Han characters the lattice saw.
private struct WholeDocumentTokens {
    let tokens: [Token]
    let runs: [Range<Int>]

    /// The indices of the tokens that make up the bytes `start..<end`, or nil when a token or
    /// a run of Han characters crosses either edge.
    func tokens(from start: Int, to end: Int) -> Range<Int>? {
        guard !crossed(start), !crossed(end) else { return nil }
        let first = firstToken(endingAfter: start)
        guard start < end else { return first..<first }
        guard first < tokens.count, tokens[first].offset == start else { return nil }
        var last = first
        while last < tokens.count, tokens[last].offset < end { last += 1 }
        guard tokens[last - 1].range.upperBound == end else { return nil }
        return first..<last
    }

    /// Whether a run of Han characters holds `offset` strictly inside it.
    private func crossed(_ offset: Int) -> Bool {
        var low = 0
        var high = runs.count
        while low < high {
            let middle = (low + high) / 2
            if runs[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low < runs.count && runs[low].lowerBound < offset && offset < runs[low].upperBound
    }

    /// The index of the first token that ends after `offset`.
    private func firstToken(endingAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].range.upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
