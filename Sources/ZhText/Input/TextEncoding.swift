import ZhTextCore

/// A character encoding zhtext reads, named as ICU's converters name it.
public struct TextEncoding: Sendable, Hashable, CustomStringConvertible {
    /// The converter name, e.g. "UTF-8", "GB18030", "Big5", "UTF-16LE".
    public var name: String

    public init(_ name: String) { self.name = name }

    public static let utf8 = TextEncoding("UTF-8")
    public static let utf16LE = TextEncoding("UTF-16LE")
    public static let utf16BE = TextEncoding("UTF-16BE")
    public static let utf32LE = TextEncoding("UTF-32LE")
    public static let utf32BE = TextEncoding("UTF-32BE")
    public static let gb18030 = TextEncoding("GB18030")
    public static let big5 = TextEncoding("Big5")

    public var description: String { name }
}

extension TextEncoding {
    /// Whether ICU has a converter of this name ("GB18030", "Big5", "UTF-16LE", …).
    public var isKnown: Bool { ICU.isKnownCharset(name) }
}
