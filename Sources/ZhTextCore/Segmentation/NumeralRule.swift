/// Numbers written with Han numerals, kept whole: 二○○一年, 三十多, 百分之五十, 第九.
///
/// The first of these patterns that matches wins (numerals are 〇○零一二两三四五六七八九十百千万亿;
/// a number is numerals, optionally followed by 多/余/几 and more magnitudes):
/// 1. 百分之 + number, or number + 分之 + number (fractions and percentages);
/// 2. a chain of number + unit of time (年 月 日 号 时 点 分 秒), as in 二○○一年十月一日;
/// 3. 第 + number (ordinals);
/// 4. a number.
/// A match must be longer than one character; one that ends in 时, 点, 分 or 秒 loses that
/// character (十分 and 一点 are words, not times). The lattice weighs these matches against
/// dictionary words, so 一些 and 十分 still win where the dictionary prefers them.
enum NumeralRule {
    static let ordinalPrefix: UInt32 = 0x7B2C  // 第
    static let hundred: UInt32 = 0x767E  // 百
    static let fraction: UInt32 = 0x5206  // 分
    static let of: UInt32 = 0x4E4B  // 之
    static let timeUnits: Set<UInt32> = Set("年月日号时点分秒".unicodeScalars.map(\.value))
    static let droppedUnits: Set<UInt32> = Set("时点分秒".unicodeScalars.map(\.value))
    static let approximations: Set<UInt32> = Set("多余几".unicodeScalars.map(\.value))
    static let magnitudes: Set<UInt32> = Set("十百千万亿".unicodeScalars.map(\.value))

    @inline(__always)
    static func isNumeral(_ value: UInt32, _ flags: CharacterFlags) -> Bool {
        flags.has(value, CharacterFlags.numeral)
    }

    /// Whether a numeral expression can start with this character.
    @inline(__always)
    static func mayStart(_ value: UInt32, _ flags: CharacterFlags) -> Bool {
        value == ordinalPrefix || isNumeral(value, flags)
    }

    /// The end of a number (numerals, then 多/余/几 and magnitudes) at `start`, or nil.
    static func number(_ scalars: UnsafePointer<UInt32>, from start: Int, limit: Int, flags: CharacterFlags) -> Int? {
        var index = start
        while index < limit, isNumeral(scalars[index], flags) { index += 1 }
        guard index > start else { return nil }
        if index < limit, flags.has(scalars[index], CharacterFlags.approximation) {
            index += 1
            while index < limit, flags.has(scalars[index], CharacterFlags.magnitude) { index += 1 }
        }
        return index
    }

    /// The end (exclusive, in characters) of a numeral expression starting at `start` in
    /// `scalars[..<limit]`, or nil.
    static func match(_ scalars: UnsafePointer<UInt32>, from start: Int, limit: Int, flags: CharacterFlags) -> Int? {
        guard let end = firstPattern(scalars, from: start, limit: limit, flags: flags) else { return nil }
        var trimmed = end
        if flags.has(scalars[trimmed - 1], CharacterFlags.droppedUnit) { trimmed -= 1 }
        return trimmed - start > 1 ? trimmed : nil
    }

    private static func firstPattern(
        _ scalars: UnsafePointer<UInt32>, from start: Int, limit: Int, flags: CharacterFlags
    ) -> Int? {
        // 1. 百分之 + number; number + 分之 + number.
        if start + 3 < limit, scalars[start] == hundred, scalars[start + 1] == fraction, scalars[start + 2] == of,
           let end = number(scalars, from: start + 3, limit: limit, flags: flags) {
            return end
        }
        let first = number(scalars, from: start, limit: limit, flags: flags)
        if let first, first + 2 < limit, scalars[first] == fraction, scalars[first + 1] == of,
           let end = number(scalars, from: first + 2, limit: limit, flags: flags) {
            return end
        }
        // 2. A chain of number + unit of time.
        var chain = start
        while let end = number(scalars, from: chain, limit: limit, flags: flags), end < limit,
              flags.has(scalars[end], CharacterFlags.timeUnit) {
            chain = end + 1
        }
        if chain > start { return chain }
        // 3. 第 + number.
        if scalars[start] == ordinalPrefix, let end = number(scalars, from: start + 1, limit: limit, flags: flags) {
            return end
        }
        // 4. A number.
        return first
    }
}
