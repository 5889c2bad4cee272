/// Segments a run of Han characters by the cheapest path through a lattice of words.
///
/// Edges are the lexicon's words starting at each character, every single character (at the
/// lexicon's cost, or `unknownCost` when it is not a word of its own) and numeral expressions
/// (二○○一年, 三十多, 第九). The path with the lowest total cost wins, as in ICU's
/// CjkBreakEngine and in jieba.
final class HanLattice {
    /// ICU's cost for a character its dictionary lacks.
    static let unknownCost: Float = 255

    /// A numeral expression's cost: cheaper than any split of it into words.
    static let numeralCost: Float = 30

    private var best: [Float] = []
    private var previous: [Int32] = []
    private var isNumeral: [Bool] = []
    private var boundaries: [Int32] = []

    /// Calls `body(start, end, kind)` for the tokens of `text[start..<end]`, a run of Han
    /// characters (offsets are in `text`).
    func segment(
        _ text: UnsafeRawBufferPointer, from start: Int, to end: Int, lexicon: Lexicon,
        _ body: (Int, Int, TokenKind) -> Void
    ) {
        let length = end - start
        if best.count < length + 1 {
            let size = max(length + 1, best.count * 2)
            best = [Float](repeating: .infinity, count: size)
            previous = [Int32](repeating: 0, count: size)
            isNumeral = [Bool](repeating: false, count: size)
        }
        for index in 0...length { best[index] = .infinity }
        best[0] = 0
        let trie = lexicon.trie
        var offset = 0
        while offset < length {
            let from = best[offset]
            let width = UTF8Width.of(text[start + offset])
            if from.isFinite {
                relax(offset, offset + width, from + Self.unknownCost, numeral: false)
                trie.forEachPrefix(in: text, from: start + offset, limit: end) { wordLength, cost in
                    relax(offset, offset + wordLength, from + cost, numeral: false)
                }
                if let numeralEnd = NumeralRule.match(text, from: start + offset, limit: end) {
                    relax(offset, numeralEnd - start, from + Self.numeralCost, numeral: true)
                }
            }
            offset += width
        }
        // Walk back from the end, then emit in order.
        boundaries.removeAll(keepingCapacity: true)
        var position = length
        while position > 0 {
            boundaries.append(Int32(position))
            position = Int(previous[position])
        }
        var tokenStart = 0
        for boundary in boundaries.reversed() {
            let tokenEnd = Int(boundary)
            body(start + tokenStart, start + tokenEnd, isNumeral[tokenEnd] ? .number : .word)
            tokenStart = tokenEnd
        }
    }

    @inline(__always)
    private func relax(_ from: Int, _ to: Int, _ cost: Float, numeral: Bool) {
        if cost < best[to] {
            best[to] = cost
            previous[to] = Int32(from)
            isNumeral[to] = numeral
        }
    }
}
