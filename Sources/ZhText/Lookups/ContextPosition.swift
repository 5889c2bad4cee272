/// A word position around a concordance hit, as AntConc's sort levels name them: `1L` is the
/// word just before the hit, `2R` the second word after it.
public struct ContextPosition: Sendable, Hashable, CustomStringConvertible {
    /// The word's side of the hit: `L` before it, `R` after it.
    public enum Side: String, Sendable { case left = "L", right = "R" }
    /// Before or after the hit.
    public var side: Side
    /// 1 for the nearest word.
    public var distance: Int

    /// The position `distance` words to `side` (a distance below 1 becomes 1).
    public init(side: Side, distance: Int) {
        self.side = side
        self.distance = max(1, distance)
    }

    /// `1L`, `2R`, …; nil for anything else (a distance from 1 to 99).
    public init?(parsing text: String) {
        let trimmed = text.trimmingWhitespace.uppercased()
        guard let last = trimmed.last, let side = Side(rawValue: String(last)),
              let distance = Int(trimmed.dropLast()), (1...99).contains(distance) else { return nil }
        self.init(side: side, distance: distance)
    }

    /// Positions from a comma-separated list (`1R,2R,1L`), or a failure naming the first bad one.
    public static func list(_ text: String) -> Result<[ContextPosition], ContextPositionError> {
        var positions: [ContextPosition] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let position = ContextPosition(parsing: String(part)) else { return .failure(ContextPositionError(given: String(part))) }
            positions.append(position)
        }
        return .success(positions)
    }

    /// `1L`, `2R`, …
    public var description: String { "\(distance)\(side.rawValue)" }
}

/// A sort level that is not `NL` or `NR`.
public struct ContextPositionError: Error, CustomStringConvertible, Sendable {
    /// The text given for a position, as written.
    public var given: String
    /// The one-line message naming `given`.
    public var description: String { "'\(given)' is not a position such as 1L, 2R (a word's distance from the hit and its side)" }
}
