/// The classes of characters the tokenizer tells apart.
public enum CharacterClass: UInt8, Sendable, CaseIterable {
    /// Han characters other than numerals.
    case han
    /// Han numerals: 〇零一二两三四五六七八九十百千万亿 and ○ (used for zero in years).
    case hanNumeral
    /// Latin letters, ASCII and full-width.
    case latin
    /// Decimal digits, ASCII, full-width and other scripts'.
    case digit
    /// Punctuation: Unicode categories Pc, Pd, Ps, Pe, Pi, Pf and Po.
    case punctuation
    /// Symbols (categories Sm, Sc, Sk, So), letter numbers and other numbers (Nl, No: Ⅻ, ①), and Han characters that are neither letters nor numerals.
    case symbol
    /// White space, and the line and paragraph separators.
    case whitespace
    /// Emoji and pictographs.
    case emoji
    /// Letters of other scripts: kana, Hangul, Cyrillic, Greek …
    case otherLetter
    /// Combining marks, variation selectors and joiners, which attach to what precedes them.
    case mark
    /// Control characters, unassigned code points.
    case other
}
