/// Gives a token of ICU's BreakIterator a kind from its first character's class, the same
/// character classes the fast engine uses.
enum TokenClassifier {
    static func kind(of text: UnsafeRawBufferPointer, from offset: Int) -> TokenKind {
        switch TextScanner(text).character(at: offset).characterClass {
        case .han, .hanNumeral, .otherLetter: .word
        case .latin: .latin
        case .digit: .number
        case .punctuation: .punctuation
        case .symbol, .emoji: .symbol
        case .whitespace: .whitespace
        case .mark, .other: .other
        }
    }
}
