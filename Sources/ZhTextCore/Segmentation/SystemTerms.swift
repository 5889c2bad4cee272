/// Joins a -制 term that ends a stretch of Han text (“积分制”, 实行片长制。): 制 standing
/// alone after a word of two or more characters at the end of the run becomes part of it, as
/// in 责任制 and 河长制, which the lexicon lists. Inside a run 制 is left to the lattice
/// (限制, 体制 are words; 制 定 is a verb).
enum SystemTerms {
    static let system: UInt32 = 0x5236  // 制
    static let tag = PartOfSpeech("nz").rawValue

    /// Joins the term in `tokens[..<count]`; returns the new count.
    static func join(_ tokens: UnsafeMutablePointer<OutOfVocabulary.Piece>, count: Int,
                     scalars: UnsafeMutablePointer<UInt32>) -> Int {
        guard count >= 2 else { return count }
        let last = tokens[count - 1]
        let before = tokens[count - 2]
        guard last.length == 1, last.kind == OutOfVocabulary.Piece.word, scalars[Int(last.start)] == system,
              before.length >= 2, before.kind != OutOfVocabulary.Piece.numeral else { return count }
        tokens[count - 2] = OutOfVocabulary.Piece(start: before.start, end: last.end, kind: OutOfVocabulary.Piece.word, tag: tag)
        return count - 1
    }
}
