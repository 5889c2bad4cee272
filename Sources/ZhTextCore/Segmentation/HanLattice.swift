/// Segments a run of Han characters by the cheapest path through a lattice of words, then
/// finds words the lexicon lacks among what the path left as single characters.
///
/// Edges are the lexicon's words starting at each character, every single character (at the
/// lexicon's cost, or `unknownCost` when it is not a word of its own) and numeral expressions
/// (二○○一年, 三十多, 第九). Every edge pays its cost less `CostScale.intercept`, so the path
/// minimises a sum of negative log probabilities, as in ICU's CjkBreakEngine and jieba.
/// Out-of-vocabulary words are then recovered in three steps (see `OutOfVocabulary`):
/// personal names, pairs of characters that rarely stand alone, and productive suffixes.
///
/// The run is decoded once into character codes, so each lattice edge costs one trie
/// transition per character.
final class HanLattice {
    /// ICU's cost for a character its dictionary lacks.
    static let unknownCost: Float = 255

    /// A numeral expression's cost: that of a common word.
    static let numeralCost: Float = 40

    /// Han runs longer than this many characters are cut before the lattice search, so memory
    /// stays bounded on text without punctuation.
    static let maximumRun = 4096

    // Scratch buffers, indexed by character position in the run.
    private let codes = UnsafeMutablePointer<UInt16>.allocate(capacity: 2 * HanLattice.maximumRun + 64)
    private let scalars = UnsafeMutablePointer<UInt32>.allocate(capacity: 2 * HanLattice.maximumRun + 64)
    private let offsets = UnsafeMutablePointer<Int32>.allocate(capacity: 2 * HanLattice.maximumRun + 64)
    private let best = UnsafeMutablePointer<Float>.allocate(capacity: 2 * HanLattice.maximumRun + 64)
    private let previous = UnsafeMutablePointer<Int32>.allocate(capacity: 2 * HanLattice.maximumRun + 64)
    private let isNumeral = UnsafeMutablePointer<Bool>.allocate(capacity: 2 * HanLattice.maximumRun + 64)
    private let pieces = UnsafeMutablePointer<OutOfVocabulary.Piece>.allocate(capacity: HanLattice.maximumRun + 1)
    private let flags = CharacterFlags()

    deinit {
        codes.deallocate()
        scalars.deallocate()
        offsets.deallocate()
        best.deallocate()
        previous.deallocate()
        isNumeral.deallocate()
        pieces.deallocate()
    }

    /// Segments the run of Han characters that starts at `start` and calls
    /// `body(start, end, kind)` for each token. Returns the run's end.
    ///
    /// The run ends before the first character that is not Han, before a 第 that a digit
    /// follows (the digit rule takes it), or after `maximumRun` characters.
    func segmentRun(
        _ text: TextScanner, from start: Int, trie: _TrieView, _ body: (Int, Int, TokenKind) -> Void
    ) -> Int {
        let count = scanRun(text, from: start, codeTable: trie.codes)
        let end = start + Int(offsets[count])
        findCheapestPath(count, trie: trie)
        // Walk back from the end, filling the pieces from the back, then move them to the front.
        var position = count
        var first = count + 1
        while position > 0 {
            let from = Int(previous[position])
            first -= 1
            pieces[first - 1] = OutOfVocabulary.Piece(start: Int32(from), end: Int32(position), isNumeral: isNumeral[position])
            position = from
        }
        var pieceCount = count + 1 - first
        for index in 0..<pieceCount { pieces[index] = pieces[first - 1 + index] }
        let context = OutOfVocabulary.Context(scalars: scalars, codes: codes, trie: trie, flags: flags)
        pieceCount = OutOfVocabulary.recover(pieces, count: pieceCount, context: context)
        for index in 0..<pieceCount {
            let piece = pieces[index]
            body(start + Int(offsets[Int(piece.start)]), start + Int(offsets[Int(piece.end)]),
                 piece.isNumeral ? .number : .word)
        }
        return end
    }

    /// Decodes the run into `scalars`, `codes` and `offsets` (byte offsets from `start`, one
    /// more than the characters); returns the number of characters.
    private func scanRun(_ text: TextScanner, from start: Int, codeTable: UnsafeMutablePointer<UInt16>) -> Int {
        let bytes = text.bytes.baseAddress!.assumingMemoryBound(to: UInt8.self)
        let classes = text.classes
        let limit = text.count
        var offset = start
        var count = 0
        while offset < limit, count < Self.maximumRun {
            let lead = bytes[offset]
            var value: UInt32
            var width: Int
            if lead >= 0xE0, lead < 0xF0, offset + 2 < limit {
                let second = bytes[offset + 1]
                let third = bytes[offset + 2]
                guard second & 0xC0 == 0x80, third & 0xC0 == 0x80 else { break }
                value = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
                width = 3
                let characterClass = classes[Int(value)]
                guard characterClass == CharacterClass.han.rawValue || characterClass == CharacterClass.hanNumeral.rawValue
                else { break }
            } else if lead >= 0xF0 {
                let character = text.character(at: offset)
                guard character.characterClass == .han || character.characterClass == .hanNumeral else { break }
                value = character.value
                width = character.width
            } else {
                break
            }
            if value == NumeralRule.ordinalPrefix, count > 0, offset + width < limit,
               text.character(at: offset + width).characterClass == .digit {
                break
            }
            scalars[count] = value
            codes[count] = value < 0x10000 ? codeTable[Int(value)] : 0
            offsets[count] = Int32(offset - start)
            count += 1
            offset += width
        }
        offsets[count] = Int32(offset - start)
        return count
    }

    private func findCheapestPath(_ count: Int, trie: _TrieView) {
        best.update(repeating: .infinity, count: count + 1)
        best[0] = 0
        let penalty = CostScale.intercept
        for index in 0..<count {
            let from = best[index] - penalty
            relax(index, index + 1, from + Self.unknownCost, false)
            trie.forEachPrefix(codes, from: index, limit: count) { length, cost in
                relax(index, index + length, from + cost, false)
            }
            if NumeralRule.mayStart(scalars[index], flags),
               let end = NumeralRule.match(scalars, from: index, limit: count, flags: flags) {
                relax(index, end, from + Self.numeralCost, true)
            }
        }
    }

    @inline(__always)
    private func relax(_ from: Int, _ to: Int, _ cost: Float, _ numeral: Bool) {
        if cost < best[to] {
            best[to] = cost
            previous[to] = Int32(from)
            isNumeral[to] = numeral
        }
    }
}
