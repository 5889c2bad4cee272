/// Reads small counts written in Arabic or Chinese numerals: 3, 12, 三, 十二, 二十五, 两.
enum ChineseNumber {
    static let digits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
        "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    static func value(of scalars: [Unicode.Scalar]) -> Int? {
        guard !scalars.isEmpty, scalars.count <= 6 else { return nil }
        if scalars.allSatisfy({ $0.isASCII && $0.properties.numericType != nil }) {
            return Int(String(String.UnicodeScalarView(scalars)))
        }
        var total = 0
        var current = 0
        for scalar in scalars {
            if let digit = digits[scalar] {
                current = current * 10 + digit
            } else if scalar == "十" {
                total += (current == 0 ? 1 : current) * 10
                current = 0
            } else if scalar == "百" {
                total += (current == 0 ? 1 : current) * 100
                current = 0
            } else {
                return nil
            }
        }
        return total + current
    }
}
