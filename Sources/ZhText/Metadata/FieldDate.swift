/// A date read from a metadata field, as precise as the value was: a year, a month or a day.
///
/// Reads `2024-03-05`, `2024-03`, `2024`, `2024/3/5`, `2024.3.5`, `2024年3月5日`, `2024年3月`,
/// `2024年`, `20240305` and ISO timestamps (`2024-03-05T08:00:00Z`, whose time is ignored).
/// Anything else is not a date (`FieldDate(parsing:)` is nil).
public struct FieldDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, e.g. 2024.
    public var year: Int
    /// 1–12, or nil for a year alone.
    public var month: Int?
    /// 1–31, or nil for a year or a month alone.
    public var day: Int?

    /// A date as precise as the parts given: a year, a month of it or a day.
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `text` stands for, or nil.
    public init?(parsing text: String) {
        var value = Substring(text.trimmingWhitespace)
        // An ISO timestamp: the date before T or a space followed by a time.
        if let cut = value.firstIndex(where: { $0 == "T" || $0 == " " }), value.distance(from: value.startIndex, to: cut) >= 8 {
            value = value[..<cut]
        }
        let digits = value.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
        if digits, value.count == 8 {
            let numbers = [value.prefix(4), value.dropFirst(4).prefix(2), value.suffix(2)].map { Int($0)! }
            self.init(checking: numbers[0], numbers[1], numbers[2])
            return
        }
        if digits, value.count == 4 {
            self.init(checking: Int(value)!, nil, nil)
            return
        }
        // Split at - / . or 年 月 日, keeping the parts' order.
        var parts: [Substring] = []
        var current = value.startIndex
        for index in value.indices {
            let character = value[index]
            if "-/.年月日".contains(character) {
                parts.append(value[current..<index])
                current = value.index(after: index)
            }
        }
        if current < value.endIndex { parts.append(value[current...]) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && Int($0) != nil }),
              parts[0].count == 4 else { return nil }
        let numbers = parts.map { Int($0)! }
        self.init(checking: numbers[0], numbers.count > 1 ? numbers[1] : nil, numbers.count > 2 ? numbers[2] : nil)
    }

    private init?(checking year: Int, _ month: Int?, _ day: Int?) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month else { return nil }
            let lengths = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            guard (1...lengths[month - 1]).contains(day) else { return nil }
        }
        self.init(year: year, month: month, day: day)
    }

    /// ISO 8601, as precise as the date: `2024`, `2024-03` or `2024-03-05`.
    public var description: String {
        var text = String(year).leftPadded(to: 4)
        if let month { text += "-" + String(month).leftPadded(to: 2) }
        if let day { text += "-" + String(day).leftPadded(to: 2) }
        return text
    }

    /// Earlier dates first; a year alone comes before its months, a month before its days.
    public static func < (lhs: FieldDate, rhs: FieldDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    /// The period of `part` this date falls in (`2024`, `2024-Q1`, `2024-03`, `2024-03-05`), or
    /// nil when the date is less precise than the part (a year alone has no month).
    public func period(_ part: DatePart) -> String? {
        let yearText = String(year).leftPadded(to: 4)
        switch part {
        case .year: return yearText
        case .quarter: return month.map { "\(yearText)-Q\(($0 - 1) / 3 + 1)" }
        case .month: return month.map { "\(yearText)-\(String($0).leftPadded(to: 2))" }
        case .day:
            guard let month, let day else { return nil }
            return "\(yearText)-\(String(month).leftPadded(to: 2))-\(String(day).leftPadded(to: 2))"
        }
    }
}

/// The period a date field is grouped by (`--by date:year`).
public enum DatePart: String, Sendable, Hashable, CaseIterable {
    /// A year (`2024`), a quarter (`2024-Q1`), a month (`2024-03`) or a day (`2024-03-05`).
    case year, quarter, month, day
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
