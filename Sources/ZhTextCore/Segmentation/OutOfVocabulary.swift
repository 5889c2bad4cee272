/// Recovers words the lexicon lacks from the single characters a lattice path leaves behind.
///
/// 1. Personal names: a surname (张, 欧阳 …) followed by one or two single characters that can
///    stand in a given name becomes one word (张 华 → 张华). Before an unambiguous surname, a
///    surname that is also a common word yields (和 李 明 → 和 | 李明).
/// 2. Pairs: two neighbouring single characters merge when neither is likely to stand alone
///    (the lexicon's own `standalone` estimate is below one half) and neither is a common
///    single-character word (its cost is above `rareCost`).
/// 3. Suffixes: 们 性 化 者 家 员 长 式 型 率 度 界 族 感 派 after a word of two or more
///    characters joins it (现代 化 → 现代化).
///
/// The steps use only the lexicon's statistics and the lists in `ChineseNames`. Each step
/// rewrites the token buffer in place (tokens only ever merge, so it never grows).
enum OutOfVocabulary {
    /// A token of a Han run, in character positions.
    struct Piece {
        var start: Int32
        var end: Int32
        var isNumeral: Bool

        var length: Int32 { end - start }
        var isSingle: Bool { end - start == 1 && !isNumeral }
    }

    struct Context {
        let scalars: UnsafeMutablePointer<UInt32>
        let codes: UnsafeMutablePointer<UInt16>
        let trie: _TrieView
        let flags: CharacterFlags

        @inline(__always)
        func has(_ index: Int32, _ flag: UInt8) -> Bool { flags.has(scalars[Int(index)], flag) }

        /// Probability that the character stands alone (0 when the lexicon lacks it).
        @inline(__always)
        func standalone(_ index: Int32) -> Float {
            let code = codes[Int(index)]
            return code == 0 ? 0 : trie.standalone[Int(code)]
        }

        /// The character's cost as a word of its own (`HanLattice.unknownCost` if it is none).
        @inline(__always)
        func singleCost(_ index: Int32) -> Float {
            let code = codes[Int(index)]
            guard code != 0 else { return HanLattice.unknownCost }
            let cost = trie.singleCost[Int(code)]
            return cost.isNaN ? HanLattice.unknownCost : cost
        }
    }

    /// Characters whose single-character word costs this much or less are common words of
    /// their own (的, 在, 是 …) and are never merged into pairs.
    static let rareCost: Float = 70

    /// Applies the three steps to `tokens[..<count]`; returns the new count.
    static func recover(_ tokens: UnsafeMutablePointer<Piece>, count: Int, context: Context) -> Int {
        guard count > 1 else { return count }
        var singles = 0
        for index in 0..<count where tokens[index].isSingle { singles += 1 }
        guard singles > 0 else { return count }
        var count = joinNames(tokens, count: count, context: context)
        count = joinPairs(tokens, count: count, context: context)
        return joinSuffixes(tokens, count: count, context: context)
    }

    @inline(__always)
    static func isSurname(_ token: Piece, context: Context) -> Bool {
        if token.isSingle { return context.has(token.start, CharacterFlags.surname) }
        return token.length == 2 && !token.isNumeral
            && ChineseNames.compoundSurnames.contains([context.scalars[Int(token.start)], context.scalars[Int(token.start) + 1]])
    }

    static func joinNames(_ tokens: UnsafeMutablePointer<Piece>, count: Int, context: Context) -> Int {
        var written = 0
        var index = 0
        while index < count {
            let token = tokens[index]
            guard index + 1 < count, tokens[index + 1].isSingle, isSurname(token, context: context) else {
                tokens[written] = token
                written += 1
                index += 1
                continue
            }
            let next = tokens[index + 1]
            if token.isSingle, context.has(token.start, CharacterFlags.ambiguousSurname),
               context.has(next.start, CharacterFlags.surname), !context.has(next.start, CharacterFlags.ambiguousSurname) {
                tokens[written] = token
                written += 1
                index += 1
                continue
            }
            var given = index + 1
            while given < count, given - index <= 2, tokens[given].isSingle,
                  !context.has(tokens[given].start, CharacterFlags.notInGivenNames) {
                given += 1
            }
            if given > index + 1 {
                tokens[written] = Piece(start: token.start, end: tokens[given - 1].end, isNumeral: false)
                index = given
            } else {
                tokens[written] = token
                index += 1
            }
            written += 1
        }
        return written
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
               tokens[written - 1].length >= 2, !tokens[written - 1].isNumeral {
                tokens[written - 1].end = token.end
                continue
            }
            tokens[written] = token
            written += 1
        }
        return written
    }
}
