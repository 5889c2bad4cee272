import ICUShim

extension ICU {
    /// The charset ICU's detector finds most likely for `bytes`, with its confidence (0–100).
    package static func detectCharset(_ bytes: UnsafeRawBufferPointer) -> (name: String, confidence: Int)? {
        var name = [CChar](repeating: 0, count: 64)
        let sample = min(bytes.count, 1 << 20)
        let confidence = zt_detect_charset(
            bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(sample), &name, Int32(name.count))
        guard confidence >= 0 else { return nil }
        return (String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self), Int(confidence))
    }

    /// Text decoded by an ICU converter, with the invalid input it met.
    package struct Decoded {
        package var text: String
        /// Number of invalid or unmappable byte sequences, each replaced by U+FFFD.
        package var invalidCount: Int
        /// Byte offset of the first invalid sequence.
        package var firstInvalidOffset: Int?
    }

    /// Decodes `bytes` in `charset` (any name ICU's converters know).
    package static func decode(_ bytes: UnsafeRawBufferPointer, charset: String) throws -> Decoded {
        let capacity = bytes.count + 2
        var units = [UInt16](repeating: 0, count: capacity)
        let result = units.withUnsafeMutableBufferPointer { output in
            zt_decode(charset, bytes.baseAddress?.assumingMemoryBound(to: CChar.self),
                      Int64(bytes.count), output.baseAddress, Int64(capacity))
        }
        guard result.error == 0 else { throw Failure(operation: "decoding as \(charset)", code: result.error) }
        let text = units.withUnsafeBufferPointer {
            String(decoding: $0.prefix(Int(result.units_written)), as: UTF16.self)
        }
        return Decoded(
            text: text, invalidCount: Int(result.invalid_count),
            firstInvalidOffset: result.first_invalid >= 0 ? Int(result.first_invalid) : nil)
    }

    /// Text encoded by an ICU converter, with the characters the charset lacks.
    package struct Encoded {
        package var bytes: [UInt8]
        /// Number of characters the charset lacks, each written as its substitution character.
        package var unmappableCount: Int
        /// UTF-16 offset in the text of the first character the charset lacks.
        package var firstUnmappableOffset: Int?
    }

    /// Encodes `text` in `charset`; characters the charset lacks become its substitution byte
    /// and are counted.
    package static func encode(_ text: String, charset: String) throws -> Encoded {
        let units = Array(text.utf16)
        var capacity = units.count * 4 + 16
        while true {
            var output = [UInt8](repeating: 0, count: capacity)
            var error: Int32 = 0
            var unmappable: Int64 = 0
            var first: Int64 = -1
            let written = units.withUnsafeBufferPointer { input in
                output.withUnsafeMutableBytes { out in
                    zt_encode(charset, input.baseAddress, Int64(input.count),
                              out.baseAddress?.assumingMemoryBound(to: CChar.self), Int64(capacity), &error,
                              &unmappable, &first)
                }
            }
            if written >= 0 {
                return Encoded(bytes: Array(output.prefix(Int(written))), unmappableCount: Int(unmappable),
                               firstUnmappableOffset: first >= 0 ? Int(first) : nil)
            }
            // U_BUFFER_OVERFLOW_ERROR is 15: grow and retry; anything else is a real failure.
            guard error == 15 else { throw Failure(operation: "encoding as \(charset)", code: error) }
            capacity *= 2
        }
    }

    /// Whether ICU has a converter named `charset`.
    package static func isKnownCharset(_ charset: String) -> Bool {
        (try? encode("", charset: charset)) != nil
    }
}
