/// A token: a span of bytes of UTF-8 input and what kind of text it holds.
///
/// Tokens never copy text; read a token's text from the input it came from.
public struct Token: Sendable, Hashable {
    /// Byte offset of the token in its input.
    public var offset: Int
    /// Length in bytes.
    public var length: Int
    /// What kind of text the token holds.
    public var kind: TokenKind
    /// The part of speech: the lexicon's tag, or the rule's (`m`, `eng`, `w`, `x`), or a guess.
    public var tag: PartOfSpeech

    /// A token of `length` bytes at byte `offset`; a nil `tag` takes the kind's (`PartOfSpeech.of(_:)`).
    public init(offset: Int, length: Int, kind: TokenKind, tag: PartOfSpeech? = nil) {
        self.offset = offset
        self.length = length
        self.kind = kind
        self.tag = tag ?? PartOfSpeech.of(kind)
    }

    /// The byte range `offset..<offset + length`.
    public var range: Range<Int> { offset..<(offset + length) }
}

/// What a token holds.
public enum TokenKind: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Han characters and letters of scripts other than Latin.
    case word
    /// Digits, Chinese numerals and the numbers written with them.
    case number
    /// Latin letters: words, abbreviations.
    case latin
    /// A run of one punctuation mark repeated (，, ……, ——).
    case punctuation
    /// A run of one symbol repeated, or an emoji sequence.
    case symbol
    /// A run of white space, line breaks included.
    case whitespace
    /// Anything else: control characters, unassigned code points, invalid UTF-8.
    case other

    /// The kind's name in lower case (`word`, `number`, `latin`, …).
    public var description: String {
        switch self {
        case .word: "word"
        case .number: "number"
        case .latin: "latin"
        case .punctuation: "punctuation"
        case .symbol: "symbol"
        case .whitespace: "whitespace"
        case .other: "other"
        }
    }
}

extension PartOfSpeech {
    /// The tag of a token that no lexicon tagged: `m` for numbers, `eng` for Latin words, `w`
    /// for punctuation, `x` for the rest.
    public static func of(_ kind: TokenKind) -> PartOfSpeech {
        switch kind {
        case .number: .numeral
        case .latin: .latin
        case .punctuation: .punctuation
        default: .unknown
        }
    }
}
