import ZhTextCore

/// Which strings of a sentence are whole phrases: runs of consecutive words that begin and end
/// with a content word of the segmentation, never with a function word, a numeral or
/// classifier, or a stray single character.
enum PhraseBoundaries {
    /// The longest phrase, in characters (as long as the phrase miner's n-grams).
    static let maximumLength = 7

    /// Tags that may not begin or end a phrase: prepositions, conjunctions, particles,
    /// pronouns, numerals and classifiers, adverbs, modal words, interjections, directions.
    static let functionTags: Set<UInt8> = Set(
        ["p", "c", "u", "uj", "ul", "uz", "uv", "ug", "ud", "r", "rr", "rz", "rg", "m", "mq", "mg", "q",
         "d", "df", "dg", "y", "e", "o", "h", "k", "f", "x", "w"].map { PartOfSpeech($0).rawValue })

    /// Whether a token may begin or end a phrase: a word of two or more characters (or a
    /// single-character noun) whose tag is not a function tag.
    static func canEdge(_ token: DocumentToken) -> Bool {
        guard token.kind == .word || token.kind == .latin, !functionTags.contains(token.tag.rawValue) else { return false }
        return token.text.unicodeScalars.count >= 2 || token.tag.isNoun
    }

    /// Adds every run of two or more consecutive words of `tokens` that is a whole phrase.
    static func addRuns(of tokens: [DocumentToken], to runs: inout Set<String>) {
        for start in tokens.indices where canEdge(tokens[start]) {
            var text = tokens[start].text
            var length = text.unicodeScalars.count
            var end = start + 1
            while end < tokens.count, tokens[end].kind == .word || tokens[end].kind == .latin {
                length += tokens[end].text.unicodeScalars.count
                guard length <= maximumLength else { break }
                text += tokens[end].text
                if canEdge(tokens[end]) { runs.insert(text) }
                end += 1
            }
        }
    }
}
