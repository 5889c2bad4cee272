import ArgumentParser

/// Keeps a number option within what the analysis can use, so that a huge or negative value
/// is a clear message instead of an arithmetic overflow.
enum NumberRange {
    static func check(_ value: Int?, _ range: ClosedRange<Int>, option: String) throws {
        guard let value, !range.contains(value) else { return }
        let upper = range.upperBound == Int.max ? "or more" : "to \(range.upperBound)"
        throw ValidationError("\(option) takes \(range.lowerBound) \(upper), not \(value)")
    }
}
