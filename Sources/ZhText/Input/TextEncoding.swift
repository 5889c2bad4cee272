import ZhTextCore

/// A character encoding zhtext reads, named as ICU's converters name it.
public struct TextEncoding: Sendable, Hashable, CustomStringConvertible {
    /// The converter name, e.g. "UTF-8", "GB18030", "Big5", "UTF-16LE".
    public var name: String

    /// The encoding ICU's converter `name` reads; whether ICU knows it is `isKnown`.
    public init(_ name: String) { self.name = name }

    /// UTF-8.
    public static let utf8 = TextEncoding("UTF-8")
    /// UTF-16, little-endian.
    public static let utf16LE = TextEncoding("UTF-16LE")
    /// UTF-16, big-endian.
    public static let utf16BE = TextEncoding("UTF-16BE")
    /// UTF-32, little-endian.
    public static let utf32LE = TextEncoding("UTF-32LE")
    /// UTF-32, big-endian.
    public static let utf32BE = TextEncoding("UTF-32BE")
    /// GB18030, which also reads GBK and GB2312 text.
    public static let gb18030 = TextEncoding("GB18030")
    /// Big5 (Traditional Chinese).
    public static let big5 = TextEncoding("Big5")

    /// The converter name.
    public var description: String { name }
}

extension TextEncoding {
    /// Whether ICU has a converter of this name ("GB18030", "Big5", "UTF-16LE", …).
    public var isKnown: Bool { ICU.isKnownCharset(name) }
}
