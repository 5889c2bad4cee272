import ZhTextCore

/// Normalises decoded text for analysis, keeping where each character came from.
///
/// - Unicode normalisation form C: a letter and its combining marks become one character
///   (NFD "café" is "café", the word a precomposed é spells), and the other canonical
///   equivalents too (a CJK compatibility ideograph becomes its unified one).
/// - Variation selectors (U+FE00–FE0F, U+E0100–E01EF, the Mongolian U+180B–180D and U+180F)
///   are dropped, so 北\u{FE00}京 is 北京.
///
/// These two can change the number of characters: `normalizeWithOrigins` says, for each
/// character of the result, the offset of the character it came from, so that offsets reported
/// to the user stay offsets into the text as written (`Document.fileOffset`). The rest maps one
/// scalar to one scalar:
/// - Full-width Latin letters and digits (Ａ–Ｚ, ａ–ｚ, ０–９) fold to ASCII.
/// - CJK punctuation stays as it is.
/// - With `simplified`, Traditional characters become Simplified through ICU's
///   Traditional-Simplified transliterator (character by character, so offsets stay put).
public struct TextNormalizer {
    /// Whether to convert Traditional characters to Simplified.
    public var simplified: Bool
    private var transliterator: ICUTransliterator?
    private var simplifiedCache: [UInt32: Unicode.Scalar] = [:]

    /// A normaliser; with `simplified`, Traditional characters become Simplified.
    public init(simplified: Bool = false) {
        self.simplified = simplified
        self.transliterator = simplified ? try? ICUTransliterator(id: "Traditional-Simplified") : nil
    }

    /// The normalised form of `scalars` (see `normalizeWithOrigins`).
    public mutating func normalize(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        normalizeWithOrigins(scalars).scalars
    }

    /// The normalised form of `scalars` and, when composition or a dropped variation selector
    /// moved any character, the offset in `scalars` each character of the result starts at
    /// (nil when every character stays where it was).
    public mutating func normalizeWithOrigins(_ scalars: [Unicode.Scalar]) -> (scalars: [Unicode.Scalar], origins: [Int32]?) {
        guard let (composed, origins) = Self.composed(scalars) else { return (folded(scalars), nil) }
        return (folded(composed), origins)
    }

    /// Whether `scalar` is a variation selector, which only picks a glyph.
    static func isVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0x180B...0x180D, 0x180F: true
        default: false
        }
    }

    /// Whether NFC or dropping variation selectors would change `scalars`.
    static func needsComposition(_ scalars: [Unicode.Scalar]) -> Bool {
        for scalar in scalars where scalar.value >= 0x300 {
            if isVariationSelector(scalar) { return true }
            let flags = ICUNormalization.flags(of: scalar)
            if !flags.contains(.boundaryBefore) || !flags.contains(.alone) { return true }
        }
        return false
    }

    /// `scalars` in NFC without variation selectors, and the offset each result character
    /// starts at in `scalars`; nil when that changes nothing. Text is cut where NFC has a
    /// boundary; a piece of one character that is NFC alone is kept, the others go through ICU.
    static func composed(_ scalars: [Unicode.Scalar]) -> ([Unicode.Scalar], [Int32])? {
        guard needsComposition(scalars) else { return nil }
        var output: [Unicode.Scalar] = []
        var origins: [Int32] = []
        output.reserveCapacity(scalars.count)
        origins.reserveCapacity(scalars.count)
        var start = 0
        while start < scalars.count {
            if isVariationSelector(scalars[start]) { start += 1; continue }
            var end = start + 1
            while end < scalars.count, !isVariationSelector(scalars[end]),
                  !ICUNormalization.flags(of: scalars[end]).contains(.boundaryBefore) { end += 1 }
            let piece = scalars[start..<end]
            if end == start + 1, ICUNormalization.flags(of: scalars[start]).contains(.alone) {
                output.append(scalars[start])
                origins.append(Int32(start))
            } else {
                let normal = ICUNormalization.normalize(piece) ?? Array(piece)
                for (index, scalar) in normal.enumerated() {
                    output.append(scalar)
                    origins.append(Int32(start + min(index, piece.count - 1)))
                }
            }
            start = end
        }
        return (output, origins)
    }

    /// `scalars` with full-width letters and digits folded (and Simplified with `simplified`).
    private mutating func folded(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var output = scalars
        for index in output.indices {
            let scalar = output[index]
            if let folded = Self.foldFullWidth(scalar) {
                output[index] = folded
            } else if simplified, scalar.value >= 0x2E80 {
                output[index] = simplify(scalar)
            }
        }
        return output
    }

    /// The ASCII letter or digit for a full-width one, else nil.
    static func foldFullWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
            return Unicode.Scalar(scalar.value - 0xFEE0)
        default:
            return nil
        }
    }

    private mutating func simplify(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if let cached = simplifiedCache[scalar.value] { return cached }
        var result = scalar
        if let transliterator {
            let converted = transliterator.transliterate(String(scalar)).unicodeScalars
            if converted.count == 1 { result = converted.first! }
        }
        simplifiedCache[scalar.value] = result
        return result
    }
}
