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
    let costs: UnsafeMutablePointer<Float>
    let codes: UnsafeMutablePointer<UInt16>
    let singleCost: UnsafeMutablePointer<Float>
    let standalone: UnsafeMutablePointer<Float>
    let count: Int32

    init(_ trie: DoubleArrayTrie) {
        let count = trie.base.count
        let units = UnsafeMutablePointer<Unit>.allocate(capacity: count)
        let costs = UnsafeMutablePointer<Float>.allocate(capacity: count)
        let codes = UnsafeMutablePointer<UInt16>.allocate(capacity: 0x10000)
        for index in 0..<count {
            units[index] = Unit(base: trie.base[index], check: trie.check[index], cost: trie.cost[index])
        }
        trie.cost.withUnsafeBufferPointer { costs.initialize(from: $0.baseAddress!, count: count) }
        trie.codes.table.withUnsafeBufferPointer { codes.initialize(from: $0.baseAddress!, count: 0x10000) }
        let statistics = trie.codes.count + 1
        let singleCost = UnsafeMutablePointer<Float>.allocate(capacity: statistics)
        let standalone = UnsafeMutablePointer<Float>.allocate(capacity: statistics)
        trie.codes.singleCost.withUnsafeBufferPointer { singleCost.initialize(from: $0.baseAddress!, count: statistics) }
        trie.codes.standalone.withUnsafeBufferPointer { standalone.initialize(from: $0.baseAddress!, count: statistics) }
        self.units = units
        self.costs = costs
        self.codes = codes
        self.singleCost = singleCost
        self.standalone = standalone
        self.count = Int32(count)
    }

    deinit {
        units.deallocate()
        costs.deallocate()
        codes.deallocate()
        singleCost.deallocate()
        standalone.deallocate()
    }

    var view: _TrieView {
        _TrieView(units: units, costs: costs, codes: codes, singleCost: singleCost, standalone: standalone, count: count)
    }
}

/// Read-only access to a `_TrieStorage`, cheap to copy into a hot loop.
struct _TrieView {
    let units: UnsafeMutablePointer<_TrieStorage.Unit>
    let costs: UnsafeMutablePointer<Float>
    /// The code of each BMP character.
    let codes: UnsafeMutablePointer<UInt16>
    /// By code: the character's cost as a word of its own, or `.nan`.
    let singleCost: UnsafeMutablePointer<Float>
    /// By code: how likely the character stands alone (see `CharacterCodes.standalone`).
    let standalone: UnsafeMutablePointer<Float>
    let count: Int32

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
}
