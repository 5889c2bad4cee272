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
    ///
    /// - Throws: `UnencodableText` when the encoding lacks some of the characters (the error
    ///   holds the bytes with those characters substituted, for callers that accept the loss).
    public func bytes(of text: String) throws -> [UInt8] {
        if isUTF8 { return (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8) }
        let encoded = try ICU.encode(text, charset: encoding)
        guard encoded.unmappableCount == 0 else {
            let first = encoded.firstUnmappableOffset.flatMap { offset in
                String(decoding: Array(text.utf16.dropFirst(offset).prefix(2)), as: UTF16.self).unicodeScalars.first
            }
            throw UnencodableText(encoding: encoding, count: encoded.unmappableCount, first: first,
                                  substituted: encoded.bytes)
        }
        return encoded.bytes
    }
}

/// Text with characters an output encoding cannot hold (Chinese in ISO-8859-1, 𠮷 in Big5).
public struct UnencodableText: Error, CustomStringConvertible {
    public var encoding: String
    /// How many characters the encoding lacks.
    public var count: Int
    /// The first of them.
    public var first: Unicode.Scalar?
    /// The whole text with each such character written as the encoding's substitute (often `?`).
    public var substituted: [UInt8]

    public var description: String {
        let example = first.map { " (the first is \($0), U+\(String($0.value, radix: 16, uppercase: true)))" } ?? ""
        return "\(count) character\(count == 1 ? "" : "s") cannot be written in \(encoding)\(example)"
    }
}
