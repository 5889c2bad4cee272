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

    // Scratch buffers, indexed by byte offset in the run (one more than the run's length).
    private var capacity = 0
    private var best: UnsafeMutablePointer<Float>
    private var previous: UnsafeMutablePointer<Int32>
    private var isNumeral: UnsafeMutablePointer<Bool>
    private var boundaries: [Int32] = []

    init() {
        capacity = 1024
        best = .allocate(capacity: capacity)
        previous = .allocate(capacity: capacity)
        isNumeral = .allocate(capacity: capacity)
    }

    deinit {
        best.deallocate()
        previous.deallocate()
        isNumeral.deallocate()
    }

    private func reserve(_ size: Int) {
        guard size > capacity else { return }
        best.deallocate()
        previous.deallocate()
        isNumeral.deallocate()
        capacity = max(size, capacity * 2)
        best = .allocate(capacity: capacity)
        previous = .allocate(capacity: capacity)
        isNumeral = .allocate(capacity: capacity)
    }

    /// Calls `body(start, end, kind)` for the tokens of `text[start..<end]`, a run of Han
    /// characters (offsets are in `text`).
    func segment(
        _ text: UnsafeRawBufferPointer, from start: Int, to end: Int, trie: _TrieView,
        _ body: (Int, Int, TokenKind) -> Void
    ) {
        let length = end - start
        reserve(length + 1)
        let best = self.best
        let previous = self.previous
        let isNumeral = self.isNumeral
        best.update(repeating: .infinity, count: length + 1)
        best[0] = 0
        let bytes = text.baseAddress!.assumingMemoryBound(to: UInt8.self)
        @inline(__always) func relax(_ from: Int, _ to: Int, _ cost: Float, _ numeral: Bool) {
            if cost < best[to] {
                best[to] = cost
                previous[to] = Int32(from)
                isNumeral[to] = numeral
            }
        }
        var offset = 0
        while offset < length {
            let from = best[offset]
            let lead = bytes[start + offset]
            let width = UTF8Width.of(lead)
            if from.isFinite {
                relax(offset, offset + width, from + Self.unknownCost, false)
                trie.forEachPrefix(bytes, from: start + offset, limit: end) { wordLength, cost in
                    relax(offset, offset + wordLength, from + cost, false)
                }
                if NumeralRule.mayStart(bytes, at: start + offset),
                   let numeralEnd = NumeralRule.match(text, from: start + offset, limit: end) {
                    relax(offset, numeralEnd - start, from + Self.numeralCost, true)
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
}
