import ICUShim

/// Character classes for every code point: a flat table for the Basic Multilingual Plane,
/// computed once from ICU's properties, and ICU itself for the rare characters beyond it.
package enum CharacterClassTable {
    /// One class byte per BMP code point, in memory that lives as long as the process.
    nonisolated(unsafe) package static let basicPlane: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 0x10000)
        for value in 0..<0x10000 { table[value] = classify(UInt32(value)).rawValue }
        return UnsafePointer(table)
    }()

    @inline(__always)
    static func isHanNumeral(_ value: UInt32) -> Bool {
        basicPlane[Int(value)] == CharacterClass.hanNumeral.rawValue
    }

    /// Classes of the ASCII characters, for the tokenizer's fast path.
    package static let ascii: [CharacterClass] = (0..<128).map { classify(UInt32($0)) }

    /// The class of `scalar`.
    @inline(__always)
    package static func of(_ value: UInt32) -> CharacterClass {
        if value < 0x10000 {
            return CharacterClass(rawValue: basicPlane[Int(value)]).unsafelyUnwrapped
        }
        return classify(value)
    }

    static let hanNumerals: Set<UInt32> = Set("〇零一二两三四五六七八九十百千万亿○".unicodeScalars.map(\.value))

    /// The class of a code point from ICU's properties (slow: used to fill the table).
    static func classify(_ value: UInt32) -> CharacterClass {
        let c = Int32(bitPattern: value)
        if hanNumerals.contains(value) { return .hanNumeral }
        if value == 0x200D || (0xFE00...0xFE0F).contains(value) || (0x1F3FB...0x1F3FF).contains(value)
            || (0xE0020...0xE007F).contains(value) {
            return .mark
        }
        if zt_is_white_space(c) != 0 { return .whitespace }
        let script = zt_char_script(c)
        if script == Int32(ZT_SCRIPT_HAN) {
            let category = zt_char_category(c)
            return category == 5 || category == 10 ? .han : .symbol  // Lo, Nl (〇 handled above)
        }
        if value >= 0x80, value != 0xA9, value != 0xAE, zt_is_emoji(c) != 0, zt_char_category(c) == 27 {
            return .emoji
        }
        // UCharCategory: 1-5 letters, 6-8 marks, 9 Nd, 10 Nl, 11 No, 12-14 separators,
        // 19-23 and 28-29 punctuation, 24-27 symbols.
        switch zt_char_category(c) {
        case 1, 2, 3, 4, 5:
            return script == Int32(ZT_SCRIPT_LATIN) ? .latin : .otherLetter
        case 6, 7, 8: return .mark
        case 9: return .digit
        case 10, 11: return .symbol
        case 12, 13, 14: return .whitespace
        case 19, 20, 21, 22, 23, 28, 29: return .punctuation
        case 24, 25, 26, 27: return .symbol
        default: return .other
        }
    }
}
