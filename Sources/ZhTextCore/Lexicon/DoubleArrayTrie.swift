/// A double-array trie over character codes: the lexicon's lookup structure.
///
/// Words are sequences of character codes (see `CharacterCodes`: one small number per
/// character, frequent characters first), so one transition reads one character. State `s`
/// has a child for code `c` when `check[base[s] + c] == s`; a state that ends a key has a cost.
/// The arrays are flat, so the trie loads from the disk cache without any parsing.
struct DoubleArrayTrie: Sendable {
    var base: [Int32]
    var check: [Int32]
    /// The cost of the key ending at each state, or `.nan` when no key ends there.
    var cost: [Float]
    /// The part-of-speech tag (`PartOfSpeech.rawValue`) of the key ending at each state.
    var tag: [UInt8]
    /// The code of each BMP character (0: no word has it).
    var codes: CharacterCodes
    /// Statistics of the personal names among the keys.
    var names: NameModel = .empty
    /// Statistics of the place names among the keys.
    var places: PlaceModel = .empty
    /// Statistics of the transliterated names among the keys.
    var transliteration: TransliterationModel = .empty
    /// Whether the segmenter recovers unknown words from leftover single characters (pairs,
    /// suffixes). Useful with ICU's dictionary alone; with jieba's much larger vocabulary the
    /// steps join more wrongly than rightly (MSR F1 0.853 with them, 0.855 without).
    var recoversWords = true
    /// By BMP character: the code of its Simplified form when it is a Traditional character
    /// (0: none), a second key the segmenter looks Traditional text up with.
    var foldedCodes = [UInt16](repeating: 0, count: 0x10000)

    static let root: Int32 = 0

    /// Number of keys stored.
    var keyCount: Int { cost.reduce(0) { $1.isNaN ? $0 : $0 + 1 } }

    /// The cost of `word`, or nil when the trie does not hold it.
    func cost(of word: String) -> Float? {
        state(of: word).map { cost[Int($0)] }
    }

    /// The state that `word` leads to when the trie holds it as a key.
    func state(of word: String) -> Int32? {
        guard let key = codes.codes(of: word) else { return nil }
        var state = Self.root
        for code in key {
            let next = base[Int(state)] &+ Int32(code)
            guard next >= 0, Int(next) < check.count, check[Int(next)] == state else { return nil }
            state = next
        }
        return cost[Int(state)].isNaN ? nil : state
    }

}

extension DoubleArrayTrie {
    /// Builds a trie from words, costs and tags (`PartOfSpeech` raw values; none: all `x`).
    /// Later duplicates of a word replace earlier ones; words with characters beyond the BMP
    /// are left out.
    ///
    /// `nameTags`, when given, are the tags the name model counts (see `NameModel`).
    init(words: [String], costs: [Float], tags: [UInt8]? = nil, nameTags: [UInt8]? = nil) {
        precondition(words.count == costs.count)
        let tags = tags ?? [UInt8](repeating: 0, count: words.count)
        let codes = CharacterCodes(words: words, costs: costs, tags: tags)
        var keys: [[UInt16]] = []
        var keyCosts: [Float] = []
        var keyTags: [UInt8] = []
        keys.reserveCapacity(words.count)
        for index in words.indices {
            guard let key = codes.codes(of: words[index]) else { continue }
            keys.append(key)
            keyCosts.append(costs[index])
            keyTags.append(tags[index])
        }
        self.init(keys: keys, costs: keyCosts, tags: keyTags, codes: codes)
        names = NameModel(words: words, tags: nameTags ?? tags, codes: codes)
        places = PlaceModel(words: words, tags: tags, codes: codes)
        transliteration = TransliterationModel(words: words, tags: tags, codes: codes)
    }

    init(keys: [[UInt16]], costs: [Float], tags: [UInt8], codes: CharacterCodes) {
        precondition(keys.count == costs.count && keys.count == tags.count)
        var order = Array(keys.indices)
        order.sort { lhs, rhs in
            keys[lhs].lexicographicallyPrecedes(keys[rhs]) || (keys[lhs] == keys[rhs] && lhs < rhs)
        }
        // Keep the last of equal keys.
        var sortedKeys: [[UInt16]] = []
        var sortedCosts: [Float] = []
        var sortedTags: [UInt8] = []
        sortedKeys.reserveCapacity(order.count)
        for index in order where !keys[index].isEmpty {
            if let last = sortedKeys.last, last == keys[index] {
                sortedCosts[sortedCosts.count - 1] = costs[index]
                sortedTags[sortedTags.count - 1] = tags[index]
            } else {
                sortedKeys.append(keys[index])
                sortedCosts.append(costs[index])
                sortedTags.append(tags[index])
            }
        }
        var builder = Builder(capacity: max(1024, sortedKeys.count * 2))
        builder.build(keys: sortedKeys, costs: sortedCosts, tags: sortedTags)
        self = builder.finish(codes: codes)
    }

    /// Places states into the double array, breadth first, with a list of free slots.
    struct Builder {
        var base: [Int32]
        var check: [Int32]
        var cost: [Float]
        var tag: [UInt8]
        /// Doubly linked list of free slots (`check < 0`): next and previous free slot.
        var nextFree: [Int32]
        var previousFree: [Int32]
        var firstFree: Int32
        var usedBases: Set<Int32> = []
        /// How often each free slot was tried as a first child and failed; slots that keep
        /// failing leave the list of candidates (they stay free for later labels).
        var failures: [UInt8] = []

        init(capacity: Int) {
            base = []
            check = []
            cost = []
            tag = []
            nextFree = []
            previousFree = []
            firstFree = -1
            grow(to: capacity)
            // The root occupies slot 0.
            occupy(0, parent: 0)
        }

        mutating func grow(to size: Int) {
            let old = check.count
            guard size > old else { return }
            base += repeatElement(0, count: size - old)
            check += repeatElement(-1, count: size - old)
            cost += repeatElement(.nan, count: size - old)
            tag += repeatElement(0, count: size - old)
            failures += repeatElement(0, count: size - old)
            nextFree += (old..<size).map { Int32($0 + 1) }
            previousFree += (old..<size).map { Int32($0 - 1) }
            nextFree[size - 1] = -1
            if firstFree < 0 {
                firstFree = Int32(old)
                previousFree[old] = -1
            } else {
                // Append the new slots after the last free slot.
                var last = firstFree
                while nextFree[Int(last)] >= 0, nextFree[Int(last)] < Int32(old) { last = nextFree[Int(last)] }
                nextFree[Int(last)] = Int32(old)
                previousFree[old] = last
            }
        }

        mutating func occupy(_ slot: Int, parent: Int32) {
            check[slot] = parent
            if failures[slot] <= 16 { unlink(slot) }
        }

        /// Removes a slot from the list of free candidates.
        mutating func unlink(_ slot: Int) {
            let next = nextFree[slot]
            let previous = previousFree[slot]
            if previous >= 0 { nextFree[Int(previous)] = next } else { firstFree = next }
            if next >= 0 { previousFree[Int(next)] = previous }
        }

        struct Pending {
            var state: Int32
            var range: Range<Int>
            var depth: Int
        }

        mutating func build(keys: [[UInt16]], costs: [Float], tags: [UInt8]) {
            var queue: [Pending] = [Pending(state: 0, range: 0..<keys.count, depth: 0)]
            var head = 0
            var labels: [UInt16] = []
            var ranges: [Range<Int>] = []
            while head < queue.count {
                let node = queue[head]
                head += 1
                labels.removeAll(keepingCapacity: true)
                ranges.removeAll(keepingCapacity: true)
                var index = node.range.lowerBound
                if index < node.range.upperBound, keys[index].count == node.depth {
                    cost[Int(node.state)] = costs[index]
                    tag[Int(node.state)] = tags[index]
                    index += 1
                }
                while index < node.range.upperBound {
                    let label = keys[index][node.depth]
                    var end = index + 1
                    while end < node.range.upperBound, keys[end][node.depth] == label { end += 1 }
                    labels.append(label)
                    ranges.append(index..<end)
                    index = end
                }
                guard !labels.isEmpty else { continue }
                let newBase = findBase(for: labels)
                base[Int(node.state)] = newBase
                usedBases.insert(newBase)
                for (label, range) in zip(labels, ranges) {
                    let child = Int(newBase) + Int(label)
                    occupy(child, parent: node.state)
                    queue.append(Pending(state: Int32(child), range: range, depth: node.depth + 1))
                }
                if head > 4096 {
                    queue.removeFirst(head)
                    head = 0
                }
            }
        }

        /// The first base at which every label lands on a free slot.
        mutating func findBase(for labels: [UInt16]) -> Int32 {
            let first = Int(labels[0])
            var slot = firstFree
            while true {
                if slot < 0 {
                    grow(to: check.count * 2)
                    slot = firstFree
                    continue
                }
                let candidate = Int(slot) - first
                if candidate >= 1, !usedBases.contains(Int32(candidate)) {
                    let needed = candidate + Int(labels[labels.count - 1]) + 1
                    if needed > check.count { grow(to: max(needed, check.count * 2)) }
                    if labels.allSatisfy({ check[candidate + Int($0)] < 0 }) { return Int32(candidate) }
                }
                let next = nextFree[Int(slot)]
                failures[Int(slot)] &+= 1
                if failures[Int(slot)] > 16 { unlink(Int(slot)) }
                slot = next
            }
        }

        func finish(codes: CharacterCodes) -> DoubleArrayTrie {
            var used = check.count
            while used > 1, check[used - 1] < 0 { used -= 1 }
            // Leave room so that base + any code of any state stays a valid index to test.
            let size = used + codes.count + 1
            var base = Array(base.prefix(size))
            var check = Array(check.prefix(size))
            var cost = Array(cost.prefix(size))
            var tag = Array(tag.prefix(size))
            if base.count < size {
                base += repeatElement(0, count: size - base.count)
                check += repeatElement(-1, count: size - check.count)
                cost += repeatElement(.nan, count: size - cost.count)
                tag += repeatElement(0, count: size - tag.count)
            }
            return DoubleArrayTrie(base: base, check: check, cost: cost, tag: tag, codes: codes)
        }
    }
}
