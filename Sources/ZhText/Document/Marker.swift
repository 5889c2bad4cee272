/// A scraper marker such as `##paidbegin##`: never analysed as text.
public struct Marker: Sendable, Hashable {
    /// The name between the `##` pairs, e.g. `paidbegin`.
    public var name: String
    /// Where the marker stands in the text, `##` pairs included.
    public var span: TextSpan

    /// Whether zhtext knows what the marker means.
    public var isKnown: Bool { Self.paidBegin == name.lowercased() || Self.paidEnd == name.lowercased() }

    static let paidBegin = "paidbegin"
    static let paidEnd = "paidend"
}
