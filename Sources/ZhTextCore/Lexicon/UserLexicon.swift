import Foundation

/// A user lexicon in jieba's format: one `word [frequency] [tag]` per line.
///
/// Blank lines and lines starting with `#` are skipped. A word without a frequency is added
/// with a cost just below that of its best split, so it is kept whole.
/// FNV-1a, a small stable hash for cache keys.
struct FNV1a {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func combine(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        value = (value ^ 0xFF) &* 0x100_0000_01b3
    }
}

public struct UserLexicon: Sendable, Hashable {
    /// One entry of a user lexicon.
    public struct Entry: Sendable, Hashable {
        public var word: String
        public var frequency: Double?
        public var tag: String?
    }

    /// Where the lexicon came from (for diagnostics and the cache key).
    public var name: String
    public var entries: [Entry]
    /// A hash of the entries, which keys the compiled lexicon in the disk cache.
    public var fingerprint: UInt64

    public init(name: String, entries: [Entry]) {
        self.name = name
        self.entries = entries
        var hasher = FNV1a()
        for entry in entries {
            hasher.combine(entry.word.utf8)
            hasher.combine(String(entry.frequency ?? -1).utf8)
        }
        self.fingerprint = hasher.value
    }

    /// Parses jieba-format text.
    public init(name: String, text: String) {
        var entries: [Entry] = []
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let first = fields.first, !first.hasPrefix("#") else { continue }
            let word = String(first).trimmingCharacters(in: .whitespaces)
            guard !word.isEmpty else { continue }
            let frequency = fields.count > 1 ? Double(fields[1]) : nil
            let tag = fields.count > 2 ? String(fields[2]) : (fields.count > 1 && frequency == nil ? String(fields[1]) : nil)
            entries.append(Entry(word: word, frequency: frequency.flatMap { $0 > 0 ? $0 : nil }, tag: tag))
        }
        self.init(name: name, entries: entries)
    }

    /// Reads a jieba-format file (UTF-8).
    public init(contentsOf path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        self.init(name: path, text: String(decoding: data, as: UTF8.self))
    }
}
