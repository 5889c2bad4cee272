import ZhTextCore

/// Words left out of frequency lists, collocations and keyword lists unless asked for.
///
/// The built-in list was written for zhtext: Chinese function words (particles, pronouns,
/// prepositions, conjunctions, auxiliaries, common adverbs and measure words) that carry
/// little of a text's topic. `--stopwords FILE` replaces it (one word per line).
public struct StopWords: Sendable, Hashable {
    /// The words; a token is a stop word when its text is one of them exactly.
    public var words: Set<String>

    /// Exactly these words.
    public init(_ words: Set<String>) { self.words = words }

    /// Reads one word per line; blank lines and lines starting with `#` are skipped.
    public init(text: String) {
        words = Set(text.split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }

    /// Whether `word` is a stop word.
    public func contains(_ word: String) -> Bool { words.contains(word) }

    /// No stop words at all.
    public static let none = StopWords([])

    /// The built-in Chinese list, `Sources/ZhTextCore/Data/stop-words.txt`.
    public static let chinese = StopWords(Set(WordList.named("stop-words").entries.flatMap { $0 }))
}
