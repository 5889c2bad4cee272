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
}
