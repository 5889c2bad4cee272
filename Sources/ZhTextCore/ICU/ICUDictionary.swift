import ICUShim

/// ICU's CJK word dictionary (`cjdict`), read through ICU's data API.
package enum ICUDictionary {
    /// One word and ICU's cost for it (lower is more frequent; about 27–251).
    package struct Entry {
        package var word: String
        package var cost: Int32
    }

    /// Every word of the dictionary, with its cost.
    package static func entries() throws -> [Entry] {
        final class Collector {
            var entries: [Entry] = []
        }
        let collector = Collector()
        collector.entries.reserveCapacity(320_000)
        var error: Int32 = 0
        let count = zt_cjdict_export({ context, units, length, value in
            guard let context, let units else { return }
            let collector = Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue()
            let word = String(decoding: UnsafeBufferPointer(start: units, count: Int(length)), as: UTF16.self)
            collector.entries.append(Entry(word: word, cost: value))
        }, Unmanaged.passUnretained(collector).toOpaque(), &error)
        guard count >= 0 else { throw ICU.Failure(operation: "reading ICU's cjdict", code: error) }
        return collector.entries
    }
}
