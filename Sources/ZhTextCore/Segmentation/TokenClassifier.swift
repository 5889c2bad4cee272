/// Classifies a token by its first character, using ICU's character properties.
enum TokenClassifier {
    static func kind(of text: UnsafeRawBufferPointer, from offset: Int) -> TokenKind {
        var iterator = text[offset...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return .other }
        return kind(of: scalar)
    }

    static let chineseNumerals: Set<Unicode.Scalar> = [
        "〇", "零", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "亿",
    ]

    static func kind(of scalar: Unicode.Scalar) -> TokenKind {
        if scalar.properties.isWhitespace { return .whitespace }
        if ICUCharacterProperties.isHan(scalar) { return .word }
        // UCharCategory values: 1-5 letters, 9 Nd, 10 Nl, 11 No, 12-14 separators,
        // 15 Cc, 19-23 and 28-29 punctuation, 24-27 symbols.
        switch ICUCharacterProperties.category(of: scalar) {
        case 1, 2, 3, 4, 5:
            return ICUCharacterProperties.isLatin(scalar) ? .latin : .word
        case 9, 10, 11: return .number
        case 19, 20, 21, 22, 23, 28, 29: return .punctuation
        case 24, 25, 26, 27: return .symbol
        case 12, 13, 14: return .whitespace
        default: return .other
        }
    }
}
