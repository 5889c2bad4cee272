import ArgumentParser

/// Keeps a number option within what the analysis can use, so that a huge or negative value
/// is a clear message instead of an arithmetic overflow.
enum NumberRange {
    static func check(_ value: Int?, _ range: ClosedRange<Int>, option: String) throws {
        guard let value, !range.contains(value) else { return }
        let upper = range.upperBound == Int.max ? "or more" : "to \(range.upperBound)"
        throw ValidationError("\(option) takes \(range.lowerBound) \(upper), not \(value)")
    }

    /// A p-value threshold is a number from 0 to 1 (`nan` would keep nothing, silently).
    static func checkProbability(_ value: Double?, option: String) throws {
        guard let value, !(value >= 0 && value <= 1) else { return }
        throw ValidationError("\(option) takes a number from 0 to 1, not \(value)")
    }

    /// `--window -1` written as `--window=-1`, so that a negative number reaches the range
    /// check ("--window takes 0 to 10000, not -1") instead of being taken for an option
    /// ("Missing value for '--window'"). Applies to an option name followed by an argument
    /// that is a negative number (or -inf, -nan).
    static func joiningNegativeValues(_ arguments: [String]) -> [String] {
        var joined: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                joined += arguments[index...]
                break
            }
            if argument.hasPrefix("--"), argument.count > 2, !argument.contains("="), index + 1 < arguments.count,
               isNegativeNumber(arguments[index + 1]) {
                joined.append(argument + "=" + arguments[index + 1])
                index += 2
                continue
            }
            joined.append(argument)
            index += 1
        }
        return joined
    }

    static func isNegativeNumber(_ text: String) -> Bool {
        guard text.hasPrefix("-"), text.count > 1 else { return false }
        let rest = text.dropFirst().lowercased()
        return rest == "inf" || rest == "nan" || rest == "infinity" || (Double(rest) != nil && rest.first?.isNumber == true)
    }
}
