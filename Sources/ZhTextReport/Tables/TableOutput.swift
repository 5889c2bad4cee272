import ZhTextCore

/// How a rendered table is written out: its character encoding and byte-order mark.
public struct TableOutput: Sendable, Hashable {
    /// An ICU converter name, e.g. "UTF-8" (default) or "GB18030" for older Windows tools.
    public var encoding: String
    /// Whether UTF-8 output starts with the byte-order mark Excel needs to show Chinese.
    public var byteOrderMark: Bool

    /// UTF-8 without a byte-order mark by default.
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
    /// - Throws: `UnencodableText` when the encoding lacks some of the characters.
    public func bytes(of text: String) throws -> [UInt8] {
        var encoder = encoder()
        let bytes = try encoder.encode(text)
        if let unencodable = encoder.unencodable { throw unencodable }
        return bytes
    }

    /// An encoder for text that comes in pieces.
    public func encoder() -> TextEncoder { TextEncoder(output: self) }
}

/// Encodes text that is written in pieces, in order: the byte-order mark comes once, at the
/// start, and characters the encoding lacks are written as its substitute (often `?`) and
/// counted in `unencodable`.
public struct TextEncoder {
    /// The encoding and byte-order mark the text is written in.
    public let output: TableOutput
    /// The characters so far that the encoding lacks, or nil when there were none.
    public private(set) var unencodable: UnencodableText?
    private var started = false
    /// The length of the byte-order mark the converter puts before every piece (UTF-16 and
    /// UTF-32 without an endianness), taken off all pieces but the first.
    private var repeatedMarkLength = 0

    init(output: TableOutput) {
        self.output = output
    }

    /// The bytes of the next piece of text.
    public mutating func encode(_ text: String) throws -> [UInt8] {
        guard !text.isEmpty else { return [] }
        defer { started = true }
        if output.isUTF8 { return (output.byteOrderMark && !started ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8) }
        if !started {
            // A converter that marks every piece adds the same bytes to "a" and to "aa".
            let one = try ICU.encode("a", charset: output.encoding).bytes.count
            let two = try ICU.encode("aa", charset: output.encoding).bytes.count
            repeatedMarkLength = max(0, one - (two - one))
        }
        let encoded = try ICU.encode(text, charset: output.encoding)
        if encoded.unmappableCount > 0 {
            let first = unencodable?.first ?? encoded.firstUnmappableOffset.flatMap { offset in
                String(decoding: Array(text.utf16.dropFirst(offset).prefix(2)), as: UTF16.self).unicodeScalars.first
            }
            unencodable = UnencodableText(encoding: output.encoding, count: (unencodable?.count ?? 0) + encoded.unmappableCount,
                                          first: first)
        }
        return started ? Array(encoded.bytes.dropFirst(repeatedMarkLength)) : encoded.bytes
    }
}

/// Text with characters an output encoding cannot hold (Chinese in ISO-8859-1, 𠮷 in Big5).
public struct UnencodableText: Error, CustomStringConvertible {
    /// The encoding's name, as given.
    public var encoding: String
    /// How many characters the encoding lacks.
    public var count: Int
    /// The first of them.
    public var first: Unicode.Scalar?

    /// How many characters cannot be written, and the first of them.
    public var description: String {
        let example = first.map { " (the first is \($0), U+\(String($0.value, radix: 16, uppercase: true)))" } ?? ""
        return "\(count) character\(count == 1 ? "" : "s") cannot be written in \(encoding)\(example)"
    }
}
