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
/// The steps use only the lexicon's statistics and the lists in `ChineseNames`.
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

        func scalar(_ index: Int32) -> UInt32 { scalars[Int(index)] }

        /// Probability that the character stands alone (0 when the lexicon lacks it).
        func standalone(_ index: Int32) -> Float {
            let code = codes[Int(index)]
            return code == 0 ? 0 : trie.standalone[Int(code)]
        }

        /// The character's cost as a word of its own (`HanLattice.unknownCost` if it is none).
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

    static func recover(_ tokens: inout [Piece], scratch: inout [Piece], context: Context) {
        guard tokens.count > 1 else { return }
        joinNames(&tokens, scratch: &scratch, context: context)
        joinPairs(&tokens, scratch: &scratch, context: context)
        joinSuffixes(&tokens, scratch: &scratch, context: context)
    }

    static func surnameLength(_ token: Piece, context: Context) -> Int32? {
        if token.isSingle, ChineseNames.surnames.contains(context.scalar(token.start)) { return 1 }
        if token.length == 2, !token.isNumeral,
           ChineseNames.compoundSurnames.contains([context.scalar(token.start), context.scalar(token.start + 1)]) {
            return 2
        }
        return nil
    }

    static func joinNames(_ tokens: inout [Piece], scratch: inout [Piece], context: Context) {
        scratch.removeAll(keepingCapacity: true)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard surnameLength(token, context: context) != nil, index + 1 < tokens.count else {
                scratch.append(token)
                index += 1
                continue
            }
            let next = tokens[index + 1]
            if ChineseNames.ambiguousSurnames.contains(context.scalar(token.start)), token.isSingle, next.isSingle,
               ChineseNames.surnames.contains(context.scalar(next.start)),
               !ChineseNames.ambiguousSurnames.contains(context.scalar(next.start)) {
                scratch.append(token)
                index += 1
                continue
            }
            var given = index + 1
            while given < tokens.count, given - index <= 2, tokens[given].isSingle,
                  !ChineseNames.notInGivenNames.contains(context.scalar(tokens[given].start)) {
                given += 1
            }
            if given > index + 1 {
                scratch.append(Piece(start: token.start, end: tokens[given - 1].end, isNumeral: false))
                index = given
            } else {
                scratch.append(token)
                index += 1
            }
        }
        swap(&tokens, &scratch)
    }

    static func joinPairs(_ tokens: inout [Piece], scratch: inout [Piece], context: Context) {
        scratch.removeAll(keepingCapacity: true)
        func mergeable(_ position: Int32) -> Bool {
            context.standalone(position) < 0.5 && context.singleCost(position) > rareCost
        }
        for token in tokens {
            if token.isSingle, let last = scratch.last, last.isSingle,
               mergeable(last.start), mergeable(token.start) {
                scratch[scratch.count - 1] = Piece(start: last.start, end: token.end, isNumeral: false)
                continue
            }
            scratch.append(token)
        }
        swap(&tokens, &scratch)
    }

    static func joinSuffixes(_ tokens: inout [Piece], scratch: inout [Piece], context: Context) {
        scratch.removeAll(keepingCapacity: true)
        for token in tokens {
            if token.isSingle, ChineseNames.suffixes.contains(context.scalar(token.start)),
               let last = scratch.last, last.length >= 2, !last.isNumeral {
                scratch[scratch.count - 1] = Piece(start: last.start, end: token.end, isNumeral: false)
                continue
            }
            scratch.append(token)
        }
        swap(&tokens, &scratch)
    }
}
