import ICUShim

/// One of ICU's transliterators, e.g. "Traditional-Simplified". Not thread-safe: one per task.
package final class ICUTransliterator {
    private let handle: OpaquePointer

    package init(id: String) throws {
        var error: Int32 = 0
        guard let handle = zt_transliterator_open(id, &error) else {
            throw ICU.Failure(operation: "opening transliterator \(id)", code: error)
        }
        self.handle = handle
    }

    deinit { zt_transliterator_close(handle) }

    /// Transliterates `text`; returns it unchanged if ICU fails.
    package func transliterate(_ text: String) -> String {
        var units = Array(text.utf16)
        var capacity = units.count * 2 + 16
        while true {
            let length = units.count
            units.append(contentsOf: repeatElement(0, count: capacity - length))
            let written = units.withUnsafeMutableBufferPointer {
                zt_transliterate(handle, $0.baseAddress, Int32(length), Int32(capacity))
            }
            if written >= 0 { return String(decoding: units.prefix(Int(written)), as: UTF16.self) }
            guard capacity < 1 << 24 else { return text }
            units = Array(text.utf16)
            capacity *= 2
        }
    }

    /// The characters of the Basic Multilingual Plane's Han ranges that this transliterator
    /// turns into one other character (for "Traditional-Simplified": 網 → 网, 們 → 们).
    package func characterMap() -> [(from: UInt32, to: UInt32)] {
        var candidates: [UInt32] = []
        for value in UInt32(0x3400)...UInt32(0xFAFF) where CharacterClassTable.of(value) == .han {
            candidates.append(value)
        }
        let text = candidates.compactMap(Unicode.Scalar.init).map { String($0) }.joined(separator: "\n")
        let lines = transliterate(text).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count == candidates.count else { return [] }
        var result: [(UInt32, UInt32)] = []
        for (value, line) in zip(candidates, lines) {
            let scalars = line.unicodeScalars
            if scalars.count == 1, let mapped = scalars.first?.value, mapped != value { result.append((value, mapped)) }
        }
        return result
    }
}
