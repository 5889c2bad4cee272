/// The names of a JSON object's top-level members in the order they are written, which
/// `JSONSerialization` does not keep. Only scans: values are skipped, never decoded.
enum JSONMemberOrder {
    /// The member names of the object in `bytes`, in order, or nil when it is not an object
    /// this scanner can follow (the parser then gives the error).
    static func names(_ bytes: ArraySlice<UInt8>) -> [String]? {
        var index = bytes.startIndex
        let end = bytes.endIndex
        func skipSpace() { while index < end, [0x20, 0x09, 0x0D, 0x0A].contains(bytes[index]) { index += 1 } }
        /// Skips a string starting at `index` (a quote); returns its raw bytes' range.
        func skipString() -> Range<Int>? {
            guard index < end, bytes[index] == 0x22 else { return nil }
            index += 1
            let from = index
            while index < end {
                switch bytes[index] {
                case 0x5C: index += 2
                case 0x22:
                    let range = from..<index
                    index += 1
                    return range
                default: index += 1
                }
            }
            return nil
        }
        /// Skips any value: a string, or everything up to the comma or brace that ends it at
        /// this depth.
        func skipValue() -> Bool {
            skipSpace()
            guard index < end else { return false }
            if bytes[index] == 0x22 { return skipString() != nil }
            var depth = 0
            while index < end {
                switch bytes[index] {
                case 0x22: guard skipString() != nil else { return false }; continue
                case 0x7B, 0x5B: depth += 1
                case 0x7D, 0x5D:
                    if depth == 0 { return true }
                    depth -= 1
                case 0x2C: if depth == 0 { return true }
                default: break
                }
                index += 1
            }
            return depth == 0
        }
        skipSpace()
        guard index < end, bytes[index] == 0x7B else { return nil }
        index += 1
        var names: [String] = []
        while true {
            skipSpace()
            guard index < end else { return nil }
            if bytes[index] == 0x7D { return names }
            guard let range = skipString() else { return nil }
            names.append(decode(bytes[range]))
            skipSpace()
            guard index < end, bytes[index] == 0x3A else { return nil }
            index += 1
            guard skipValue() else { return nil }
            skipSpace()
            guard index < end else { return nil }
            if bytes[index] == 0x2C { index += 1; continue }
            if bytes[index] == 0x7D { return names }
            return nil
        }
    }

    /// A member name's text: escapes decoded as JSON does (via the JSON parser for the rare
    /// name that has any).
    private static func decode(_ raw: ArraySlice<UInt8>) -> String {
        guard raw.contains(0x5C) else { return String(decoding: raw, as: UTF8.self) }
        let quoted = [0x22] + Array(raw) + [0x22]
        return (try? JSONDecoderLite.string(from: quoted)) ?? String(decoding: raw, as: UTF8.self)
    }
}

import Foundation

/// Decodes one JSON string literal with Foundation's parser.
enum JSONDecoderLite {
    static func string(from quoted: [UInt8]) throws -> String? {
        try JSONSerialization.jsonObject(with: Data(quoted), options: [.fragmentsAllowed]) as? String
    }
}
