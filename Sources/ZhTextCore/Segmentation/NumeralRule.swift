/// Numbers written with Han numerals, kept whole: 二○○一年, 三十多, 一百二十, 第九.
///
/// A match is 第 followed by numerals, or two or more numerals, or one of 十百千万亿 with
/// 多/余/几 after it; any of these may end with one unit of time or an approximation
/// (年 月 日 号 时 点 分 秒 岁 多 余).
enum NumeralRule {
    static let ordinalPrefix: UInt32 = 0x7B2C  // 第
    static let units: Set<UInt32> = Set("年月日号时点分秒岁多余".unicodeScalars.map(\.value))
    static let magnitudes: Set<UInt32> = Set("十百千万亿".unicodeScalars.map(\.value))
    static let approximations: Set<UInt32> = Set("多余几".unicodeScalars.map(\.value))

    @inline(__always)
    static func isNumeral(_ value: UInt32) -> Bool {
        value < 0x10000 && CharacterClassTable.isHanNumeral(value)
    }

    /// Whether a numeral expression can start with this character.
    @inline(__always)
    static func mayStart(_ value: UInt32) -> Bool {
        value == ordinalPrefix || isNumeral(value)
    }

    /// The end (exclusive, in characters) of a numeral expression starting at `start` in
    /// `scalars[..<limit]`, or nil.
    static func match(_ scalars: UnsafePointer<UInt32>, from start: Int, limit: Int) -> Int? {
        var index = start
        var ordinal = false
        if scalars[index] == ordinalPrefix {
            index += 1
            ordinal = true
        }
        var numerals = 0
        var last: UInt32 = 0
        while index < limit, isNumeral(scalars[index]) {
            last = scalars[index]
            numerals += 1
            index += 1
        }
        guard numerals > 0 else { return nil }
        if index < limit {
            let next = scalars[index]
            let takesUnit = numerals >= 2 || ordinal
                ? units.contains(next)
                : magnitudes.contains(last) && approximations.contains(next)
            if takesUnit { return index + 1 }
        }
        return numerals >= 2 || ordinal ? index : nil
    }
}
