import ZhTextCore

/// What counts as a term: words or characters, which n-gram sizes, which tokens are left out.
public struct NGramOptions: Sendable, Hashable {
    /// Whether n-grams are made of words or of characters.
    public enum Unit: String, Sendable, CaseIterable {
        /// `word`: n-grams of words; `char`: n-grams of Han characters.
        case word, char
    }

    /// Words or characters.
    public var unit: Unit
    /// The n-gram sizes to count, e.g. `1...1` or `2...4`.
    public var sizes: ClosedRange<Int>
    /// Whether numbers count as words (by default they break n-grams, like punctuation).
    public var includeNumbers: Bool
    /// Word n-grams containing any of these are left out.
    public var stopWords: StopWords
    /// When set, word n-grams containing a word whose part of speech it does not keep are left
    /// out, as with stop words (`--pos n,v`).
    public var partsOfSpeech: PartOfSpeechFilter?

    /// Options; by default single words, numbers left out, the built-in Chinese stop words, every part of speech.
    public init(unit: Unit = .word, sizes: ClosedRange<Int> = 1...1, includeNumbers: Bool = false,
                stopWords: StopWords = .chinese, partsOfSpeech: PartOfSpeechFilter? = nil) {
        self.unit = unit
        self.sizes = sizes
        self.includeNumbers = includeNumbers
        self.stopWords = stopWords
        self.partsOfSpeech = partsOfSpeech
    }

    /// Whether a word is left out of n-grams: a stop word, or a part of speech not kept.
    func isExcluded(_ token: DocumentToken) -> Bool {
        if let partsOfSpeech, !partsOfSpeech.contains(token.tag) { return true }
        return stopWords.contains(token.text)
    }

    /// Whether a token counts as a word: words and Latin words, and numbers if asked for.
    /// Punctuation, symbols and anything else break n-grams.
    func isWord(_ token: DocumentToken) -> Bool {
        switch token.kind {
        case .word, .latin: true
        case .number: includeNumbers
        default: false
        }
    }

    /// One unit of an n-gram: its text, and whether it is a stop word.
    struct GramPart {
        var text: String
        var isStop: Bool
    }

    /// The runs of a sentence inside which n-grams are formed: words between breaks, or, for
    /// characters, runs of Han characters. The parts in order, and where each run ends.
    func runs(of sentence: TokenizedSentence, in document: Document) -> (parts: [GramPart], ends: [Int]) {
        var parts: [GramPart] = []
        var ends: [Int] = []
        switch unit {
        case .word:
            parts.reserveCapacity(sentence.tokens.count)
            for token in sentence.tokens {
                if isWord(token) {
                    parts.append(GramPart(text: token.text, isStop: isExcluded(token)))
                } else if parts.count > (ends.last ?? 0) {
                    ends.append(parts.count)
                }
            }
        case .char:
            guard let first = sentence.tokens.first, let last = sentence.tokens.last else { return ([], []) }
            for scalar in document.scalars[first.span.start..<last.span.end] {
                let characterClass = CharacterClassTable.of(scalar.value)
                if characterClass == .han || characterClass == .hanNumeral {
                    parts.append(GramPart(text: String(scalar), isStop: false))
                } else if parts.count > (ends.last ?? 0) {
                    ends.append(parts.count)
                }
            }
        }
        if parts.count > (ends.last ?? 0) { ends.append(parts.count) }
        return (parts, ends)
    }

    /// Calls `body` with the key (words' UTF-8 joined by spaces) of every n-gram of the
    /// sentence that the options count.
    func forEachNGram(in sentence: TokenizedSentence, of document: Document, _ body: (TermKey) -> Void) {
        var key: [UInt8] = []
        let (parts, ends) = runs(of: sentence, in: document)
        var runStart = 0
        for runEnd in ends {
            defer { runStart = runEnd }
            let count = runEnd - runStart
            for size in sizes where size <= count {
                for start in runStart...(runEnd - size) {
                    let gram = parts[start..<(start + size)]
                    if unit == .word, gram.contains(where: \.isStop) { continue }
                    key.removeAll(keepingCapacity: true)
                    for index in gram.indices {
                        if index > start { key.append(0x20) }
                        var text = parts[index].text
                        text.withUTF8 { key.append(contentsOf: $0) }
                    }
                    body(TermKey(key))
                }
            }
        }
    }

    /// Number of running words (or Han characters) in the sentence: the denominator of
    /// per-million figures. Stop words count; punctuation does not.
    func wordCount(of sentence: TokenizedSentence, in document: Document) -> Int {
        switch unit {
        case .word: sentence.tokens.reduce(0) { $0 + (isWord($1) ? 1 : 0) }
        case .char: runs(of: sentence, in: document).parts.count
        }
    }
}

/// An n-gram as the UTF-8 bytes of its words joined by spaces. Text is normalised before it is
/// counted, so equal bytes mean equal terms; hashing the raw bytes avoids the Unicode
/// normalisation that hashing a `String` does.
struct TermKey: Hashable, Sendable {
    var bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}
