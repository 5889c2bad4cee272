/// Joins a coinage that a text puts in quotation marks, even once: a stretch of Han text that
/// stands alone between an opening and a closing quotation mark (“”, ‘’, 「」, 『』) and that the
/// lattice gives as a word of two or more characters and a productive suffix
/// (`Data/word-suffixes.txt`: 员 化 性 者 们 …) becomes one word, as “万能员” and “网格化” do.
///
/// The marks say the writer means the string as one unit, and word + suffix is how Chinese
/// makes new words; a quoted stretch that the lattice splits any other way (a phrase, a
/// clause, two words) is left alone. Unquoted, word + suffix stays two tokens (the general
/// suffix step joined more wrongly than rightly on news text, see `OutOfVocabulary`).
enum QuotedCoinages {
    /// Whether the run `start..<end` of `text` has an opening quotation mark right before it
    /// and the matching closing one right after it.
    static func isQuoted(_ text: TextScanner, start: Int, end: Int) -> Bool {
        guard start >= 3, end + 3 <= text.count else { return false }
        let opening = mark(text, at: start - 3)
        let closing = mark(text, at: end)
        switch (opening, closing) {
        case (0x201C, 0x201D), (0x2018, 0x2019), (0x300C, 0x300D), (0x300E, 0x300F): return true
        default: return false
        }
    }

    /// The three-byte character at `offset` (0 when it is not one).
    @inline(__always)
    private static func mark(_ text: TextScanner, at offset: Int) -> UInt32 {
        let lead = text[offset]
        guard lead & 0xF0 == 0xE0 else { return 0 }
        let second = text[offset + 1], third = text[offset + 2]
        guard second & 0xC0 == 0x80, third & 0xC0 == 0x80 else { return 0 }
        return UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
    }

    /// Joins the two pieces of a quoted run in `tokens[..<count]` when they are a word and a
    /// productive suffix; returns the new count.
    static func join(_ tokens: UnsafeMutablePointer<OutOfVocabulary.Piece>, count: Int,
                     scalars: UnsafeMutablePointer<UInt32>) -> Int {
        guard count == 2 else { return count }
        let word = tokens[0], suffix = tokens[1]
        guard word.length >= 2, word.kind == OutOfVocabulary.Piece.word,
              suffix.length == 1, suffix.kind == OutOfVocabulary.Piece.word,
              ChineseNames.suffixes.contains(scalars[Int(suffix.start)]) else { return count }
        // Tag 0: the tag is guessed from the words that end in the suffix (员 gives n).
        tokens[0] = OutOfVocabulary.Piece(start: word.start, end: suffix.end, kind: OutOfVocabulary.Piece.word)
        return 1
    }
}
