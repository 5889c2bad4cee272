/// Recovers words the lexicon lacks from the single characters a lattice path leaves behind.
///
/// (Personal names are edges of the lattice itself: see `NameModel`.)
///
/// 1. Pairs: two neighbouring single characters merge when neither is likely to stand alone
///    (the lexicon's own `standalone` estimate is below one half) and neither is a common
///    single-character word (its cost is above `rareCost`).
/// 2. Suffixes: 们 性 化 者 家 员 长 式 型 率 度 界 族 感 派 after a word of two or more
///    characters joins it (现代 化 → 现代化).
///
/// The steps use only the lexicon's statistics and the lists in `ChineseNames`. Each step
/// rewrites the token buffer in place (tokens only ever merge, so it never grows).
enum OutOfVocabulary {
    /// A token of a Han run, in character positions.
    struct Piece {
        var start: Int32
        var end: Int32
        /// `word`, `numeral`, `name`, `documentWord`, `place` or `transliteration`: which kind of
        /// lattice edge it was.
        var kind: UInt8
        /// The lexicon's tag of the edge (0: none, or the piece was merged).
        var tag: UInt8 = 0

        static let word: UInt8 = 0
        static let numeral: UInt8 = 1
        static let name: UInt8 = 2
        static let documentWord: UInt8 = 3
        static let place: UInt8 = 4
        static let transliteration: UInt8 = 5

        var length: Int32 { end - start }
        var isSingle: Bool { end - start == 1 && kind == Self.word }
    }

    struct Context {
        let scalars: UnsafeMutablePointer<UInt32>
        let codes: UnsafeMutablePointer<UInt16>
        let trie: _TrieView
        let flags: CharacterFlags

        @inline(__always)
        func has(_ index: Int32, _ flag: UInt16) -> Bool { flags.has(scalars[Int(index)], flag) }

        /// Probability that the character stands alone (0 when the lexicon lacks it).
        @inline(__always)
        func standalone(_ index: Int32) -> Float {
            let code = codes[Int(index)]
            return code == 0 ? 0 : trie.standalone(code)
        }

        /// The character's cost as a word of its own (`HanLattice.unknownCost` if it is none).
        @inline(__always)
        func singleCost(_ index: Int32) -> Float {
            let code = codes[Int(index)]
            guard code != 0 else { return HanLattice.unknownCost }
            let cost = trie.singleCost(code)
            return cost.isNaN ? HanLattice.unknownCost : cost
        }
    }

    /// Characters whose single-character word costs this much or less are common words of
    /// their own (的, 在, 是 …) and are never merged into pairs.
    static let rareCost: Float = 70

    /// Applies the two steps to `tokens[..<count]`; returns the new count.
    static func recover(_ tokens: UnsafeMutablePointer<Piece>, count: Int, context: Context) -> Int {
        guard count > 1 else { return count }
        var singles = 0
        for index in 0..<count where tokens[index].isSingle { singles += 1 }
        guard singles > 0 else { return count }
        let count = joinPairs(tokens, count: count, context: context)
        return joinSuffixes(tokens, count: count, context: context)
    }

    static func joinPairs(_ tokens: UnsafeMutablePointer<Piece>, count: Int, context: Context) -> Int {
        @inline(__always) func mergeable(_ position: Int32) -> Bool {
            context.standalone(position) < 0.5 && context.singleCost(position) > rareCost
        }
        var written = 0
        for index in 0..<count {
            let token = tokens[index]
            if token.isSingle, written > 0, tokens[written - 1].isSingle,
               mergeable(tokens[written - 1].start), mergeable(token.start) {
                tokens[written - 1].end = token.end
                tokens[written - 1].tag = 0
                continue
            }
            tokens[written] = token
            written += 1
        }
        return written
    }

    static func joinSuffixes(_ tokens: UnsafeMutablePointer<Piece>, count: Int, context: Context) -> Int {
        var written = 0
        for index in 0..<count {
            let token = tokens[index]
            if token.isSingle, written > 0, context.has(token.start, CharacterFlags.suffix),
               tokens[written - 1].length >= 2, tokens[written - 1].kind == Piece.word {
                tokens[written - 1].end = token.end
                tokens[written - 1].tag = 0
                continue
            }
            tokens[written] = token
            written += 1
        }
        return written
    }
}
