/// A range of characters (Unicode scalars) in a document's decoded text: `start..<end`.
///
/// Offsets count Unicode scalars, as Python and R count string positions, and point into the
/// decoded original text; normalisation never moves a character.
public struct TextSpan: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Offset of the first character.
    public var start: Int
    /// Offset just past the last character.
    public var end: Int

    /// The span `start..<end`; `start` must not be after `end` (a precondition).
    public init(start: Int, end: Int) {
        precondition(start <= end, "a span cannot end before it starts")
        self.start = start
        self.end = end
    }

    /// Number of characters in the span.
    public var length: Int { end - start }

    /// Spans in order of start, then end.
    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    /// `start..<end`.
    public var description: String { "\(start)..<\(end)" }
}
