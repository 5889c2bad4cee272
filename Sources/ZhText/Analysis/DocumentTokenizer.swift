import ZhTextCore

/// A token of a document: its normalised text, its kind and where it stands.
public struct DocumentToken: Sendable, Hashable {
    public var text: String
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
    public var essay: Int
    public var section: Section
    public var paragraph: Int
    /// The sentence's tokens, white space left out.
    public var tokens: [DocumentToken]
    /// Whether the sentence is an essay's title line or collection heading rather than a
    /// sentence of a paragraph (its `paragraph` is 0).
    public var isHeading = false
}

/// Segments documents sentence by sentence with zhtext's fast engine.
///
/// Not thread-safe (it owns a segmenter); make one per task. They can share a `Lexicon`.
public final class DocumentTokenizer {
    private let segmenter: FastSegmenter

    public init(lexicon: Lexicon) {
        segmenter = FastSegmenter(lexicon: lexicon)
    }

    /// The sentences of `document` with their tokens, in order: all its text, each essay's
    /// title line and collection heading (`isHeading`) before its paragraphs. Short strings the
    /// document quotes twice or more, and pieces it repeats that the lexicon lacks, are kept
    /// whole throughout it (see `DocumentLearning`).
    public func sentences(of document: Document) -> [TokenizedSentence] {
        useWords(of: document)
        var result: [TokenizedSentence] = []
        for essay in document.essays {
            let section = essay.paragraphs.first?.section ?? .body
            for span in [essay.titleSpan, essay.headingSpan].compactMap({ $0 })
            where span != essay.paragraphs.first?.span {
                result.append(TokenizedSentence(essay: essay.number, section: section, paragraph: 0,
                                                tokens: tokens(of: span, in: document), isHeading: true))
            }
            for paragraph in essay.paragraphs {
                for sentence in paragraph.sentences {
                    result.append(TokenizedSentence(
                        essay: essay.number, section: paragraph.section, paragraph: paragraph.number,
                        tokens: tokens(of: sentence.span, in: document)))
                }
            }
        }
        return result
    }

    /// The document whose `DocumentWords` the segmenter holds.
    private var wordsOf: Int?

    private func useWords(of document: Document) {
        guard wordsOf != document.serial else { return }
        if let learned = document.learnedWords {
            // A piece of a large file: the words of the whole file, learned before.
            segmenter.documentWords = learned
            wordsOf = document.serial
            return
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(document.scalars.count * 3)
        for scalar in document.scalars { bytes.append(contentsOf: UTF8.encode(scalar)!) }
        bytes.withUnsafeBytes { segmenter.learnWords(of: $0) }
        wordsOf = document.serial
    }

    /// The tokens of `span` in `document` (normalised text), white space left out.
    public func tokens(of span: TextSpan, in document: Document) -> [DocumentToken] {
        useWords(of: document)
        let scalars = document.scalars[span.start..<span.end]
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        // Character offset of each byte that starts a character.
        var characterAt: [Int32] = []
        characterAt.reserveCapacity(scalars.count * 3 + 1)
        for (index, scalar) in zip(span.start..., scalars) {
            let before = bytes.count
            bytes.append(contentsOf: String(scalar).utf8)
            for _ in before..<bytes.count { characterAt.append(Int32(index)) }
        }
        characterAt.append(Int32(span.end))
        var result: [DocumentToken] = []
        bytes.withUnsafeBytes { raw in
            segmenter.segment(raw) { token in
                guard token.kind != .whitespace else { return }
                let start = Int(characterAt[token.offset])
                let end = Int(characterAt[token.offset + token.length])
                result.append(DocumentToken(
                    text: String(decoding: raw[token.range], as: UTF8.self), kind: token.kind, tag: token.tag,
                    span: TextSpan(start: start, end: end)))
            }
        }
        return result
    }
}
