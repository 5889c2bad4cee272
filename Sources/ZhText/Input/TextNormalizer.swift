import ZhTextCore

/// Normalises decoded text for analysis without moving any character.
///
/// Every change maps one Unicode scalar to one scalar, so character offsets into the normalised
/// text are offsets into the original text as well.
/// - Full-width Latin letters and digits (Ａ–Ｚ, ａ–ｚ, ０–９) fold to ASCII.
/// - CJK punctuation stays as it is.
/// - With `simplified`, Traditional characters become Simplified through ICU's
///   Traditional-Simplified transliterator (character by character, so offsets stay put).
public struct TextNormalizer {
    /// Whether to convert Traditional characters to Simplified.
    public var simplified: Bool
    private var transliterator: ICUTransliterator?
    private var simplifiedCache: [UInt32: Unicode.Scalar] = [:]

    public init(simplified: Bool = false) {
        self.simplified = simplified
        self.transliterator = simplified ? try? ICUTransliterator(id: "Traditional-Simplified") : nil
    }

    /// The normalised form of `scalars`, of the same length.
    public mutating func normalize(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
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
