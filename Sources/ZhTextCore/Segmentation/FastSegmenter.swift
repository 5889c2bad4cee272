/// zhtext's own segmentation engine: rules for numbers, Latin text and punctuation, and a
/// minimum-cost word lattice over the lexicon (ICU's dictionary merged with jieba's) for runs
/// of Han characters. Every token carries a part-of-speech tag.
///
/// Works on UTF-8 bytes and never copies text: tokens are byte spans of the input, and they
/// cover it exactly, invalid bytes included (each becomes a token of kind `other`).
///
/// Not thread-safe (it keeps scratch buffers): give each task its own segmenter; they can
/// share one `Lexicon`.
///
/// ```swift
/// let segmenter = FastSegmenter(lexicon: try Lexicon.standard())
/// let bytes = Array("我们在2023年用APP学习。".utf8)
/// bytes.withUnsafeBytes { text in
///     segmenter.segment(text) { token in print(token.offset, token.length, token.kind) }
/// }
/// ```
public final class FastSegmenter {
    public let lexicon: Lexicon
    private let lattice = HanLattice()

    private let trie: _TrieView

    /// Words the current document marks itself (see `DocumentWords`), kept whole wherever
    /// they occur. Set it before segmenting a document, and clear it after.
    public var documentWords: DocumentWords?

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        self.trie = lexicon.storage.view
    }

    /// Calls `body` with each token of the UTF-8 `text`, in order.
    public func segment(_ bytes: UnsafeRawBufferPointer, _ body: (Token) -> Void) {
        let text = TextScanner(bytes)
        var offset = 0
        let count = text.count
        while offset < count {
            let character = text.character(at: offset)
            let start = offset
            switch character.characterClass {
            case .han, .hanNumeral:
                if character.value == NumeralRule.ordinalPrefix, offset + character.width < count,
                   text.character(at: offset + character.width).characterClass == .digit {
                    offset = DigitRule.match(text, from: offset + character.width)
                    body(Token(offset: start, length: offset - start, kind: .number))
                    continue
                }
                let documentWords = documentWords?.isEmpty == false ? documentWords : nil
                offset = lattice.segmentRun(text, from: offset, trie: trie, documentWords: documentWords) { from, to, kind, tag in
                    body(Token(offset: from, length: to - from, kind: kind, tag: tag))
                }
                continue
            case .digit:
                offset = DigitRule.match(text, from: offset)
                if offset < count, text.character(at: offset).characterClass == .latin {
                    offset = LatinRule.match(text, from: start)  // 5G, 3D, MP3
                    body(Token(offset: start, length: offset - start, kind: .latin))
                } else {
                    body(Token(offset: start, length: offset - start, kind: .number))
                }
                continue
            case .latin:
                offset = LatinRule.match(text, from: offset)
                body(Token(offset: start, length: offset - start, kind: .latin))
                continue
            case .whitespace:
                offset = run(text, from: offset) { $0.characterClass == .whitespace }
                body(Token(offset: start, length: offset - start, kind: .whitespace))
                continue
            case .punctuation:
                if let end = LatinRule.hashtag(text, from: offset) {
                    offset = end
                    body(Token(offset: start, length: offset - start, kind: .latin))
                    continue
                }
                let value = character.value
                offset = run(text, from: offset) { $0.value == value }
                body(Token(offset: start, length: offset - start, kind: .punctuation))
                continue
            case .symbol:
                let value = character.value
                offset = run(text, from: offset) { $0.value == value }
                body(Token(offset: start, length: offset - start, kind: .symbol))
                continue
            case .emoji:
                offset = emojiSequenceEnd(text, from: offset)
                body(Token(offset: start, length: offset - start, kind: .symbol))
                continue
            case .otherLetter:
                offset = run(text, from: offset) { $0.characterClass == .otherLetter || $0.characterClass == .mark }
                body(Token(offset: start, length: offset - start, kind: .word))
                continue
            case .mark, .other:
                offset += character.width
                body(Token(offset: start, length: offset - start, kind: .other))
                continue
            }
        }
    }

    @inline(__always)
    private func run(_ text: TextScanner, from start: Int, while belongs: (ScannedCharacter) -> Bool) -> Int {
        var offset = start
        while offset < text.count {
            let character = text.character(at: offset)
            guard belongs(character) else { break }
            offset += character.width
        }
        return offset
    }

    /// An emoji with its modifiers, variation selectors and zero-width-joined partners.
    private func emojiSequenceEnd(_ text: TextScanner, from start: Int) -> Int {
        var offset = start + text.character(at: start).width
        while offset < text.count {
            let character = text.character(at: offset)
            if character.characterClass == .mark {
                offset += character.width
                if character.value == 0x200D, offset < text.count,
                   text.character(at: offset).characterClass == .emoji {
                    offset += text.character(at: offset).width
                }
                continue
            }
            break
        }
        return offset
    }
}
