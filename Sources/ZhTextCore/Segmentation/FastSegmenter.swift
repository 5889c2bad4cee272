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
    /// The lexicon the segmenter looks words up in.
    public let lexicon: Lexicon
    private let lattice = HanLattice()

    private let trie: _TrieView

    /// Words the current document marks itself (see `DocumentWords`), kept whole wherever
    /// they occur. Set it before segmenting a document, and clear it after.
    public var documentWords: DocumentWords?

    /// A segmenter over `lexicon`.
    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        self.trie = lexicon.storage.view
    }

    /// Sets `documentWords` for the document `text` (UTF-8): what it teaches
    /// (`DocumentLearning`), the strings it quotes twice or more, the pieces it repeats that
    /// the lexicon lacks and the personal names it uses. Costs a pass over the text that
    /// segments only the runs of Han characters that may hold a repeated piece or a name.
    public func learnWords(of text: UnsafeRawBufferPointer) {
        var learning = DocumentLearning(lexicon: lexicon)
        learning.countQuotes(text)
        learning.countPieces(text, quoted: learning.quotedWords(), segmenter: self)
        documentWords = learning.words()
    }

    /// Segments `text` as one document: the same tokens as `learnWords(of:)` then
    /// `segment(_:_:)`, but the second pass only goes over the runs of Han characters where a
    /// repeated piece may occur. Leaves `documentWords` set to the document's words.
    public func segmentDocument(_ bytes: UnsafeRawBufferPointer, _ body: (Token) -> Void) {
        var runs: [Range<Int>] = []
        segmentDocument(bytes, runs: &runs, body)
    }

    /// `segmentDocument(_:_:)`, also giving the byte range of every run of Han characters
    /// the lattice segmented, in order: a span of the text that no run crosses gives the same
    /// tokens segmented alone.
    public func segmentDocument(_ bytes: UnsafeRawBufferPointer, runs: inout [Range<Int>], _ body: (Token) -> Void) {
        let quoted = DocumentWords(quotedUTF8: bytes)
        documentWords = quoted
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 4)
        var recorded: [Range<Int>] = []
        defer { runs = recorded }
        var pieces = RepeatedPieces(lexicon: lexicon)
        var names = PersonNameLearner(lexicon: lexicon)
        segment(bytes, recordingRuns: { recorded.append($0) }) { token in
            tokens.append(token)
            pieces.add(token, of: bytes)
            names.add(token, of: bytes)
        }
        let learned = names.names()
        let found = pieces.words() + learned
        guard !found.isEmpty else { return tokens.forEach(body) }
        let words = quoted.adding(found, names: learned)
        documentWords = words
        var piecesByFirst: [UInt32: [[UInt8]]] = [:]
        for piece in found { piecesByFirst[piece.unicodeScalars.first!.value, default: []].append(Array(piece.utf8)) }
        let firsts = DocumentWords(words: found)
        let text = TextScanner(bytes)
        var index = 0
        var runIndex = 0
        while index < tokens.count {
            let token = tokens[index]
            while runIndex < recorded.count, recorded[runIndex].upperBound <= token.offset { runIndex += 1 }
            if runIndex < recorded.count, recorded[runIndex].lowerBound == token.offset,
               holdsPiece(piecesByFirst, firsts, bytes, text, recorded[runIndex]) {
                let run = recorded[runIndex]
                _ = lattice.segmentRun(text, from: run.lowerBound, trie: trie, documentWords: words) { from, to, kind, tag in
                    body(Token(offset: from, length: to - from, kind: kind, tag: tag))
                }
                while index < tokens.count, tokens[index].offset < run.upperBound { index += 1 }
                continue
            }
            body(token)
            index += 1
        }
    }

    /// Whether one of `pieces` (UTF-8, by first character) occurs inside `run`.
    private func holdsPiece(_ pieces: [UInt32: [[UInt8]]], _ firsts: DocumentWords, _ bytes: UnsafeRawBufferPointer,
                            _ text: TextScanner, _ run: Range<Int>) -> Bool {
        var offset = run.lowerBound
        while offset < run.upperBound {
            let character = text.character(at: offset)
            if firsts.mayStart(character.value), let candidates = pieces[character.value] {
                for piece in candidates where offset + piece.count <= run.upperBound
                    && piece.indices.allSatisfy({ bytes[offset + $0] == piece[$0] }) {
                    return true
                }
            }
            offset += character.width
        }
        return false
    }

    /// Calls `body` with each token of the UTF-8 `text`, in order.
    public func segment(_ bytes: UnsafeRawBufferPointer, _ body: (Token) -> Void) {
        segment(bytes, recordingRuns: nil, body)
    }

    /// `segment(_:_:)`, also giving the byte range of every run of Han characters the lattice
    /// segmented, in order.
    public func segment(_ bytes: UnsafeRawBufferPointer, runs: inout [Range<Int>], _ body: (Token) -> Void) {
        var recorded: [Range<Int>] = []
        segment(bytes, recordingRuns: { recorded.append($0) }, body)
        runs = recorded
    }

    /// `segment`, but a run of Han characters for which `skipping` says yes is not segmented:
    /// it comes as one token of kind `other` (for learning, which needs only some runs).
    func segment(_ bytes: UnsafeRawBufferPointer, skippingRuns skipping: (Range<Int>) -> Bool, _ body: (Token) -> Void) {
        segment(bytes, recordingRuns: nil, skips: true, skipping: skipping, body)
    }

    /// `segment`, telling `recordingRuns` the byte range of each run of Han characters that
    /// the lattice segments.
    private func segment(_ bytes: UnsafeRawBufferPointer, recordingRuns: ((Range<Int>) -> Void)?,
                         skips: Bool = false, skipping: (Range<Int>) -> Bool = { _ in false },
                         _ body: (Token) -> Void) {
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
                if skips {
                    let end = lattice.runEnd(text, from: offset, trie: trie)
                    if skipping(offset..<end) {
                        body(Token(offset: start, length: end - start, kind: .other))
                        offset = end
                        continue
                    }
                }
                let documentWords = documentWords?.isEmpty == false ? documentWords : nil
                offset = lattice.segmentRun(text, from: offset, trie: trie, documentWords: documentWords) { from, to, kind, tag in
                    body(Token(offset: from, length: to - from, kind: kind, tag: tag))
                }
                recordingRuns?(start..<offset)
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
