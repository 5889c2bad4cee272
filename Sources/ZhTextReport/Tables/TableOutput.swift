import ZhTextCore

/// How a rendered table is written out: its character encoding and byte-order mark.
public struct TableOutput: Sendable, Hashable {
    /// An ICU converter name, e.g. "UTF-8" (default) or "GB18030" for older Windows tools.
    public var encoding: String
    /// Whether UTF-8 output starts with the byte-order mark Excel needs to show Chinese.
    public var byteOrderMark: Bool

    public init(encoding: String = "UTF-8", byteOrderMark: Bool = false) {
        self.encoding = encoding
        self.byteOrderMark = byteOrderMark
    }

    var isUTF8: Bool {
        let name = encoding.uppercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "")
        return name == "UTF8"
    }

    /// The bytes of `text` in this encoding.
    public func bytes(of text: String) throws -> [UInt8] {
        if isUTF8 { return (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8) }
        return try ICU.encode(text, charset: encoding)
    }
}
