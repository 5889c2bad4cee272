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

    /// A quick test on the first character's bytes: only Han numerals, ○ and 第 can start a
    /// numeral expression.
    @inline(__always)
    static func mayStart(_ bytes: UnsafePointer<UInt8>, at offset: Int) -> Bool {
        let lead = bytes[offset]
        guard lead >= 0xE0, lead < 0xF0 else { return false }
        let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
        return value == ordinalPrefix || (value < 0x10000 && CharacterClassTable.isHanNumeral(value))
    }

    /// The end offset of a numeral expression starting at `start`, or nil.
    static func match(_ text: UnsafeRawBufferPointer, from start: Int, limit: Int) -> Int? {
        var offset = start
        var first = text.character(at: offset)
        var ordinal = false
        if first.value == ordinalPrefix {
            offset += first.width
            guard offset < limit else { return nil }
            first = text.character(at: offset)
            ordinal = true
        }
        guard first.characterClass == .hanNumeral else { return nil }
        var numerals = 0
        var last: UInt32 = 0
        while offset < limit {
            let character = text.character(at: offset)
            guard character.characterClass == .hanNumeral else { break }
            numerals += 1
            last = character.value
            offset += character.width
        }
        if offset < limit {
            let next = text.character(at: offset)
            let takesUnit = numerals >= 2 || ordinal
                ? units.contains(next.value)
                : magnitudes.contains(last) && approximations.contains(next.value)
            if takesUnit { offset += next.width; return offset }
        }
        return numerals >= 2 || ordinal ? offset : nil
    }
}
