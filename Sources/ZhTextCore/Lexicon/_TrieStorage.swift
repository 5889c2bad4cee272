/// A double-array trie frozen into manually allocated memory for the segmenter's hot loop:
/// base, check and cost of a state sit side by side, so one transition reads one 12-byte unit
/// (one cache miss instead of two), and no array bounds or exclusivity checks run per
/// character.
final class _TrieStorage: @unchecked Sendable {
    struct Unit {
        var base: Int32
        var check: Int32
        /// The cost of the word ending here, or `.nan`.
        var cost: Float
    }

    let units: UnsafeMutablePointer<Unit>
    let tags: UnsafeMutablePointer<UInt8>
    let codes: UnsafeMutablePointer<UInt16>
    /// Per character code: single cost, standalone share, and the name model's four costs.
    let statistics: UnsafeMutablePointer<Float>
    let finalTag: UnsafeMutablePointer<UInt8>
    let codeCount: Int
    let compoundSurname: Float
    let recoversWords: Bool
    let count: Int32

    init(_ trie: DoubleArrayTrie) {
        let count = trie.base.count
        units = .allocate(capacity: count)
        for index in 0..<count {
            units[index] = Unit(base: trie.base[index], check: trie.check[index], cost: trie.cost[index])
        }
        let tags = UnsafeMutablePointer<UInt8>.allocate(capacity: count)
        trie.tag.withUnsafeBufferPointer { tags.initialize(from: $0.baseAddress!, count: count) }
        self.tags = tags
        let codes = UnsafeMutablePointer<UInt16>.allocate(capacity: 0x10000)
        trie.codes.table.withUnsafeBufferPointer { codes.initialize(from: $0.baseAddress!, count: 0x10000) }
        self.codes = codes
        let size = trie.codes.count + 1
        codeCount = size
        let statistics = UnsafeMutablePointer<Float>.allocate(capacity: size * 6)
        self.statistics = statistics
        for (row, array) in [trie.codes.singleCost, trie.codes.standalone, trie.names.surname, trie.names.firstGiven,
                             trie.names.secondGiven, trie.names.onlyGiven].enumerated() {
            for code in 0..<size { statistics[row * size + code] = code < array.count ? array[code] : .nan }
        }
        let finalTag = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        self.finalTag = finalTag
        for code in 0..<size { finalTag[code] = code < trie.codes.finalTag.count ? trie.codes.finalTag[code] : 0 }
        compoundSurname = trie.names.compoundSurname
        recoversWords = trie.recoversWords
        self.count = Int32(count)
    }

    deinit {
        units.deallocate()
        tags.deallocate()
        codes.deallocate()
        statistics.deallocate()
        finalTag.deallocate()
    }

    var view: _TrieView {
        _TrieView(units: units, tags: tags, codes: codes, statistics: statistics, finalTag: finalTag,
                  codeCount: codeCount, compoundSurname: compoundSurname, recoversWords: recoversWords, count: count)
    }
}

/// Read-only access to a `_TrieStorage`, cheap to copy into a hot loop.
struct _TrieView {
    let units: UnsafeMutablePointer<_TrieStorage.Unit>
    let tags: UnsafeMutablePointer<UInt8>
    /// The code of each BMP character.
    let codes: UnsafeMutablePointer<UInt16>
    let statistics: UnsafeMutablePointer<Float>
    /// By code: the guessed tag of an unknown word ending in the character.
    let finalTag: UnsafeMutablePointer<UInt8>
    let codeCount: Int
    /// The name model's cost of a compound surname.
    let compoundSurname: Float
    /// Whether to run `OutOfVocabulary`'s steps (see `DoubleArrayTrie.recoversWords`).
    let recoversWords: Bool
    let count: Int32

    /// By code: the character's cost as a word of its own, or `.nan`.
    @inline(__always) func singleCost(_ code: UInt16) -> Float { statistics[Int(code)] }
    /// By code: how likely the character stands alone (see `CharacterCodes.standalone`).
    @inline(__always) func standalone(_ code: UInt16) -> Float { statistics[codeCount + Int(code)] }
    /// By code: the name model's costs (see `NameModel`).
    @inline(__always) func surnameCost(_ code: UInt16) -> Float { statistics[2 * codeCount + Int(code)] }
    @inline(__always) func firstGivenCost(_ code: UInt16) -> Float { statistics[3 * codeCount + Int(code)] }
    @inline(__always) func secondGivenCost(_ code: UInt16) -> Float { statistics[4 * codeCount + Int(code)] }
    @inline(__always) func onlyGivenCost(_ code: UInt16) -> Float { statistics[5 * codeCount + Int(code)] }

    /// Calls `body(length, cost)` for every word that is a prefix of `text[start..<limit]`
    /// (character codes; lengths in characters), shortest first.
    @inline(__always)
    func forEachPrefix(_ text: UnsafePointer<UInt16>, from start: Int, limit: Int, _ body: (Int, Float) -> Void) {
        var state: Int32 = 0
        var index = start
        while index < limit {
            let code = text[index]
            guard code != 0 else { return }
            let next = units[Int(state)].base &+ Int32(code)
            guard next < count, units[Int(next)].check == state else { return }
            state = next
            index += 1
            let cost = units[Int(state)].cost
            if !cost.isNaN { body(index - start, cost) }
        }
    }

    /// The tag of the word `text[start..<end]` (`PartOfSpeech.rawValue`), or nil when the
    /// lexicon lacks it.
    @inline(__always)
    func tag(_ text: UnsafePointer<UInt16>, from start: Int, to end: Int) -> UInt8? {
        var state: Int32 = 0
        for index in start..<end {
            let code = text[index]
            guard code != 0 else { return nil }
            let next = units[Int(state)].base &+ Int32(code)
            guard next < count, units[Int(next)].check == state else { return nil }
            state = next
        }
        return units[Int(state)].cost.isNaN ? nil : tags[Int(state)]
    }
}
