#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The compiled lexicon in the layout the segmenter reads: flat, pointer-addressed arrays in
/// one block of memory, laid out after a build or copied in one piece from the cache file
/// (no parsing). The block is aligned to 2 MiB and asks the kernel for huge pages, so the
/// trie's random accesses miss the TLB less often.
///
/// Base, check and cost of a state sit side by side, so one transition reads one 12-byte unit
/// (one cache miss instead of two; a separate cost array measured 13% slower), and no array
/// bounds or exclusivity checks run per character. Lookups stay inside the arrays whatever their content (a damaged cache file
/// gives wrong words, never a crash).
final class _TrieStorage: @unchecked Sendable {
    struct Unit {
        var base: Int32
        /// The parent state in the low 26 bits, the tag of the word ending here in the top six
        /// (so the lattice learns a word's tag from the unit it reads anyway); -1 when free.
        var check: Int32
        /// The cost of the word ending here, or `.nan`.
        var cost: Float

        static let stateBits: Int32 = 26
        static let stateMask: Int32 = (1 << stateBits) - 1

        @inline(__always) var parent: Int32 { check & Self.stateMask }
        @inline(__always) var tag: UInt8 { UInt8(truncatingIfNeeded: (check >> Self.stateBits) & 63) }
    }

    /// Scalars stored with the arrays.
    struct Header {
        var stateCount: UInt32
        var codeCount: UInt32
        var wordCount: UInt32
        var recoversWords: UInt32
        var compoundSurname: Float
        var reserved: UInt32 = 0
    }

    let header: Header
    let units: UnsafePointer<Unit>
    let codes: UnsafePointer<UInt16>
    /// Per character code: single cost, standalone share, the name model's four costs, the
    /// place model's two and the transliteration model's one.
    let statistics: UnsafePointer<Float>
    let finalTag: UnsafePointer<UInt8>
    /// By BMP character: the code of its Simplified form, for Traditional characters.
    let foldedCodes: UnsafePointer<UInt16>
    /// The block, freed on deinit.
    private let owned: UnsafeMutableRawPointer
    /// One bit per hashed pair of codes: whether some word of two or more characters starts
    /// with the pair (`PairFilter`). Built from the units when the storage is taken, not cached.
    let pairs: UnsafeMutablePointer<UInt64>

    /// A block of `byteCount` zeroed bytes, aligned for huge pages.
    static func allocateBlock(_ byteCount: Int) -> UnsafeMutableRawPointer {
        let hugePage = 2 << 20
        var memory: UnsafeMutableRawPointer?
        if posix_memalign(&memory, hugePage, max(byteCount, 16)) != 0 || memory == nil {
            memory = malloc(max(byteCount, 16))
        }
        #if canImport(Glibc)
        _ = madvise(memory, (byteCount + hugePage - 1) / hugePage * hugePage, MADV_HUGEPAGE)
        #endif
        memory!.initializeMemory(as: UInt8.self, repeating: 0, count: byteCount)
        return memory!
    }

    /// The sections of the storage, in order, with their element sizes.
    static func sectionSizes(stateCount: Int, codeCount: Int) -> [Int] {
        let perCode = codeCount + 1
        return [MemoryLayout<Header>.size, stateCount * MemoryLayout<Unit>.stride, 0x10000 * 2,
                9 * perCode * 4, perCode, 0x10000 * 2]
    }

    /// Sections start at multiples of 16 bytes.
    static func aligned(_ size: Int) -> Int { (size + 15) & ~15 }

    static func layout(stateCount: Int, codeCount: Int) -> (offsets: [Int], total: Int) {
        var offsets: [Int] = []
        var offset = 0
        for size in sectionSizes(stateCount: stateCount, codeCount: codeCount) {
            offsets.append(offset)
            offset += aligned(size)
        }
        return (offsets, offset)
    }

    /// Lays out `trie` in one allocation.
    convenience init(_ trie: DoubleArrayTrie) {
        let stateCount = trie.base.count
        let codeCount = trie.codes.count
        let (offsets, total) = Self.layout(stateCount: stateCount, codeCount: codeCount)
        let memory = Self.allocateBlock(total)
        let header = Header(
            stateCount: UInt32(stateCount), codeCount: UInt32(codeCount), wordCount: UInt32(trie.keyCount),
            recoversWords: trie.recoversWords ? 1 : 0, compoundSurname: trie.names.compoundSurname)
        memory.storeBytes(of: header, as: Header.self)
        let units = (memory + offsets[1]).bindMemory(to: Unit.self, capacity: stateCount)
        precondition(stateCount < 1 << Unit.stateBits, "lexicon too large: \(stateCount) trie states")
        for index in 0..<stateCount {
            let check = trie.check[index]
            let packed = check < 0 ? check : check | Int32(trie.tag[index] & 63) << Unit.stateBits
            units[index] = Unit(base: trie.base[index], check: packed, cost: trie.cost[index])
        }
        (memory + offsets[2]).copyMemory(from: trie.codes.table, byteCount: 0x10000 * 2)
        let size = codeCount + 1
        let statistics = (memory + offsets[3]).bindMemory(to: Float.self, capacity: 9 * size)
        for (row, array) in [trie.codes.singleCost, trie.codes.standalone, trie.names.surname, trie.names.firstGiven,
                             trie.names.secondGiven, trie.names.onlyGiven, trie.places.character, trie.places.suffix,
                             trie.transliteration.character].enumerated() {
            for code in 0..<size { statistics[row * size + code] = code < array.count ? array[code] : .nan }
        }
        let finalTag = (memory + offsets[4]).bindMemory(to: UInt8.self, capacity: size)
        for code in 0..<size { finalTag[code] = code < trie.codes.finalTag.count ? trie.codes.finalTag[code] : 0 }
        if trie.foldedCodes.count == 0x10000 {
            (memory + offsets[5]).copyMemory(from: trie.foldedCodes, byteCount: 0x10000 * 2)
        }
        self.init(memory: memory, available: total)!
    }

    /// Takes the storage in the `available` bytes of the block at `memory` (freed on deinit).
    /// Nil, with the block freed, when the bytes do not hold a consistent storage.
    private init?(memory: UnsafeMutableRawPointer, available: Int) {
        guard available >= MemoryLayout<Header>.size else {
            free(memory)
            return nil
        }
        let header = memory.load(as: Header.self)
        let stateCount = Int(header.stateCount)
        let codeCount = Int(header.codeCount)
        let (offsets, total) = Self.layout(stateCount: stateCount, codeCount: codeCount)
        guard stateCount > codeCount, codeCount > 0, codeCount < 0xFFFF, stateCount < 1 << Unit.stateBits,
              total <= available else {
            free(memory)
            return nil
        }
        let codes = UnsafePointer((memory + offsets[2]).bindMemory(to: UInt16.self, capacity: 0x10000))
        let foldedCodes = UnsafePointer((memory + offsets[5]).bindMemory(to: UInt16.self, capacity: 0x10000))
        // Codes index the per-code arrays: they must be in range.
        guard UnsafeBufferPointer(start: codes, count: 0x10000).max().map({ Int($0) <= codeCount }) == true,
              UnsafeBufferPointer(start: foldedCodes, count: 0x10000).max().map({ Int($0) <= codeCount }) == true
        else {
            free(memory)
            return nil
        }
        self.header = header
        self.units = UnsafePointer((memory + offsets[1]).bindMemory(to: Unit.self, capacity: stateCount))
        self.codes = codes
        self.statistics = UnsafePointer((memory + offsets[3]).bindMemory(to: Float.self, capacity: 9 * (codeCount + 1)))
        self.finalTag = UnsafePointer((memory + offsets[4]).bindMemory(to: UInt8.self, capacity: codeCount + 1))
        self.foldedCodes = foldedCodes
        self.owned = memory
        self.pairs = PairFilter.build(units: units, stateCount: stateCount)
    }

    /// Reads the storage that starts `offset` bytes into a cache file (a multiple of 16): the
    /// file is mapped and its bytes copied into a block in one piece. Nil when the file cannot
    /// be read, when `verify` (given the bytes) refuses them, or when they do not hold a
    /// consistent storage.
    static func reading(file path: String, at offset: Int, verify: (UnsafeRawBufferPointer) -> Bool = { _ in true })
        -> _TrieStorage?
    {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, Int(status.st_size) > offset + MemoryLayout<Header>.size else { return nil }
        let length = Int(status.st_size)
        guard let mapped = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, 0), mapped != MAP_FAILED else {
            return nil
        }
        defer { munmap(mapped, length) }
        let memory = allocateBlock(length - offset)
        memory.copyMemory(from: mapped + offset, byteCount: length - offset)
        guard verify(UnsafeRawBufferPointer(start: memory, count: length - offset)) else {
            free(memory)
            return nil
        }
        return _TrieStorage(memory: memory, available: length - offset)
    }

    /// The bytes of the storage, for the cache file.
    var bytes: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: owned, count: Self.layout(stateCount: Int(header.stateCount),
                                                                codeCount: Int(header.codeCount)).total)
    }

    deinit {
        free(owned)
        pairs.deallocate()
    }

    var wordCount: Int { Int(header.wordCount) }

    var view: _TrieView {
        _TrieView(units: units, codes: codes, foldedCodes: foldedCodes, statistics: statistics, finalTag: finalTag, pairs: pairs,
                  codeCount: Int(header.codeCount) + 1, compoundSurname: header.compoundSurname,
                  recoversWords: header.recoversWords != 0, count: Int32(header.stateCount))
    }
}

/// Read-only access to a `_TrieStorage`, cheap to copy into a hot loop.
struct _TrieView {
    let units: UnsafePointer<_TrieStorage.Unit>
    /// The code of each BMP character.
    let codes: UnsafePointer<UInt16>
    /// The code of each BMP Traditional character's Simplified form (0: none).
    let foldedCodes: UnsafePointer<UInt16>
    let statistics: UnsafePointer<Float>
    /// By code: the guessed tag of an unknown word ending in the character.
    let finalTag: UnsafePointer<UInt8>
    /// See `PairFilter`.
    let pairs: UnsafePointer<UInt64>
    /// The number of entries of each per-code row (codes plus one).
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
    /// By code: the place model's costs (see `PlaceModel`).
    @inline(__always) func placeCharacterCost(_ code: UInt16) -> Float { statistics[6 * codeCount + Int(code)] }
    @inline(__always) func placeSuffixCost(_ code: UInt16) -> Float { statistics[7 * codeCount + Int(code)] }
    /// By code: the transliteration model's cost (see `TransliterationModel`).
    @inline(__always) func transliterationCost(_ code: UInt16) -> Float { statistics[8 * codeCount + Int(code)] }

    /// The state reached from `state` by `code`, or nil. Never reads outside the array.
    @inline(__always)
    func transition(_ state: Int32, _ code: UInt16) -> Int32? {
        let next = units[Int(state)].base &+ Int32(code)
        guard UInt32(bitPattern: next) < UInt32(bitPattern: count), units[Int(next)].check & _TrieStorage.Unit.stateMask == state
        else { return nil }
        return next
    }

    /// Calls `body(length, cost, tag)` for every word that is a prefix of `text[start..<limit]`
    /// (character codes; lengths in characters), shortest first.
    /// After the first character, the pair filter says whether to walk on: most pairs of
    /// characters start no word, and the filter's bits sit in the cache where the trie's
    /// second level does not.
    @inline(__always)
    func forEachPrefix(_ text: UnsafePointer<UInt16>, from start: Int, limit: Int, _ body: (Int, Float, UInt8) -> Void) {
        guard start < limit else { return }
        let first = text[start]
        guard first != 0, let firstState = transition(0, first) else { return }
        let firstUnit = units[Int(firstState)]
        if !firstUnit.cost.isNaN { body(1, firstUnit.cost, firstUnit.tag) }
        guard start + 1 < limit, PairFilter.mayStart(pairs, first, text[start + 1]) else { return }
        var state = firstState
        var index = start + 1
        while index < limit {
            let code = text[index]
            guard code != 0, let next = transition(state, code) else { return }
            state = next
            index += 1
            let unit = units[Int(state)]
            if !unit.cost.isNaN { body(index - start, unit.cost, unit.tag) }
        }
    }

    /// The state of the word `text[start..<end]`, or nil when the lexicon lacks it.
    @inline(__always)
    func state(_ text: UnsafePointer<UInt16>, from start: Int, to end: Int) -> Int32? {
        var state: Int32 = 0
        for index in start..<end {
            let code = text[index]
            guard code != 0, let next = transition(state, code) else { return nil }
            state = next
        }
        return units[Int(state)].cost.isNaN ? nil : state
    }

    /// The tag of the word `text[start..<end]` (`PartOfSpeech.rawValue`), or nil when the
    /// lexicon lacks it.
    @inline(__always)
    func tag(_ text: UnsafePointer<UInt16>, from start: Int, to end: Int) -> UInt8? {
        state(text, from: start, to: end).map { units[Int($0)].tag }
    }

    /// The codes of `word`, or nil when a character has none.
    func codes(of word: String) -> [UInt16]? {
        var result: [UInt16] = []
        for scalar in word.unicodeScalars {
            guard scalar.value < 0x10000, codes[Int(scalar.value)] != 0 else { return nil }
            result.append(codes[Int(scalar.value)])
        }
        return result.isEmpty ? nil : result
    }

    /// The state of `word`, or nil when the lexicon lacks it.
    func state(of word: String) -> Int32? {
        guard let key = codes(of: word) else { return nil }
        return key.withUnsafeBufferPointer { state($0.baseAddress!, from: 0, to: key.count) }
    }
}

/// A bit table over pairs of character codes, hashed: a clear bit means no word of two or
/// more characters starts with the pair, so the walk stops before it reads the trie's second
/// level (its most scattered loads). A set bit may be a collision; the trie then decides.
/// 2^21 bits (256 KiB) for about 400,000 distinct pairs of a standard lexicon.
enum PairFilter {
    static let bits = 21
    static let words = (1 << bits) / 64

    @inline(__always)
    static func slot(_ first: UInt16, _ second: UInt16) -> Int {
        let key = UInt32(first) << 16 | UInt32(second)
        return Int((key &* 0x9E37_79B1) >> UInt32(32 - bits))
    }

    @inline(__always)
    static func mayStart(_ table: UnsafePointer<UInt64>, _ first: UInt16, _ second: UInt16) -> Bool {
        guard second != 0 else { return false }
        let slot = slot(first, second)
        return table[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    /// The table of the trie in `units`: every state two steps below the root sets its pair.
    static func build(units: UnsafePointer<_TrieStorage.Unit>, stateCount: Int) -> UnsafeMutablePointer<UInt64> {
        let table = UnsafeMutablePointer<UInt64>.allocate(capacity: words)
        table.initialize(repeating: 0, count: words)
        let rootBase = units[0].base
        for state in 1..<stateCount {
            // A free slot's check is -1; a used one may be negative too (its tag's top bit).
            let check = units[state].check
            guard check != -1 else { continue }
            let parent = Int(check & _TrieStorage.Unit.stateMask)
            guard parent > 0, parent < stateCount, units[parent].check != -1,
                  units[parent].check & _TrieStorage.Unit.stateMask == 0 else { continue }
            let first = Int32(parent) - rootBase, second = Int32(state) - units[parent].base
            guard (1...0xFFFF).contains(first), (1...0xFFFF).contains(second) else { continue }
            let slot = slot(UInt16(first), UInt16(second))
            table[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        return table
    }
}
