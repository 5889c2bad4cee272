import Foundation

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

/// A user lexicon in jieba's format: one `word [frequency] [tag]` per line.
///
/// Blank lines and lines starting with `#` are skipped. A word without a frequency is added
/// with a cost just below that of its best split, so it is kept whole. A line whose frequency
/// is not a finite number in (0, `maximumFrequency`] (inf, 1e400, NaN, 0, -5, 1e15), or whose
/// word has characters beyond the Basic Multilingual Plane (emoji, CJK Extension B), which the
/// trie cannot hold, is skipped; `problems()` names each such line.
public struct UserLexicon: Sendable, Hashable {
    /// One entry of a user lexicon.
    public struct Entry: Sendable, Hashable {
        /// The word, as written in the lexicon.
        public var word: String
        /// Its frequency; nil adds it with a cost just below that of its best split, so it is kept whole.
        public var frequency: Double?
        /// Its part-of-speech tag (`n`, `v`, …); nil keeps the tag of a word the lexicon knows and gives a new word `x`.
        public var tag: String?

        /// An entry; see `frequency` and `tag` for what nil means.
        public init(word: String, frequency: Double? = nil, tag: String? = nil) {
            self.word = word
            self.frequency = frequency
            self.tag = tag
        }
    }

    /// Where the lexicon came from (for diagnostics).
    public var name: String
    /// A hash of the lexicon's content, which keys the compiled lexicon in the disk cache.
    public var fingerprint: UInt64
    /// What frequencies are out of; by default the sum of the lexicon's frequencies.
    public var frequencyTotal: Double?
    private var text: [UInt8]?
    private var givenEntries: [Entry]?
    private var path: String?

    /// A lexicon of the given entries; frequencies are out of `frequencyTotal` when given.
    public init(name: String, entries: [Entry], frequencyTotal: Double? = nil) {
        self.name = name
        self.givenEntries = entries
        self.frequencyTotal = frequencyTotal
        var hasher = FNV1a()
        hasher.combine(String(frequencyTotal ?? -1).utf8)
        for entry in entries {
            hasher.combine(entry.word.utf8)
            hasher.combine(String(entry.frequency ?? -1).utf8)
        }
        self.fingerprint = hasher.value
    }

    /// A lexicon in jieba's text format; it is parsed only when the compiled lexicon is not
    /// in the cache already.
    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    /// A lexicon in jieba's text format, as bytes (UTF-8, with or without BOM), named `name`
    /// in its warnings.
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.text = bytes
        var hasher = FNV1a()
        hasher.combine(bytes)
        self.fingerprint = hasher.value
    }

    /// A lexicon read from `path` only when its entries are needed; `identity` (e.g. path,
    /// size and modification time) stands for its content in the cache key.
    init(name: String, lazilyReading path: String, identity: String) {
        self.name = name
        self.path = path
        var hasher = FNV1a()
        hasher.combine(identity.utf8)
        self.fingerprint = hasher.value
    }

    /// Reads a jieba-format file (UTF-8, with or without BOM).
    public init(contentsOf path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        self.init(name: path, bytes: [UInt8](data))
    }

    /// The lexicon's entries.
    public var entries: [Entry] {
        if let givenEntries { return givenEntries }
        if let path {
            guard let data = FileManager.default.contents(atPath: path) else { return [] }
            return Self.parse([UInt8](data))
        }
        return Self.parse(text ?? [])
    }

    /// The largest frequency taken: far above any word's count in a real corpus (jieba's
    /// largest, 的, is 883,634), so one absurd entry cannot make every other word's cost
    /// meaningless.
    public static let maximumFrequency = 1e9

    /// What one line of a lexicon holds.
    enum Line {
        case entry(Entry)
        case nothing
        /// A line that is skipped, and why.
        case problem(String)
    }

    static func line(_ line: ArraySlice<UInt8>) -> Line {
        let fields = line.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D })
        guard let first = fields.first, first.first != 0x23 else { return .nothing }
        let word = String(decoding: first, as: UTF8.self)
        let number = fields.count > 1 ? String(decoding: fields[1], as: UTF8.self) : nil
        let frequency = number.flatMap { Double($0) }
        let tagField = frequency == nil ? (fields.count > 1 ? fields[1] : nil) : (fields.count > 2 ? fields[2] : nil)
        if let frequency, let number, !(frequency.isFinite && frequency > 0 && frequency <= maximumFrequency) {
            return .problem("frequency \(number) is not a number in (0, 1e9]; \(word) skipped")
        }
        if word.unicodeScalars.contains(where: { $0.value >= 0x10000 }) {
            return .problem("\(word) has characters beyond the Basic Multilingual Plane (emoji, rare Han), "
                + "which the lexicon cannot hold; skipped")
        }
        return .entry(Entry(word: word, frequency: frequency, tag: tagField.map { String(decoding: $0, as: UTF8.self) }))
    }

    /// The lines of `bytes` (UTF-8, with or without BOM), numbered from 1.
    static func lines(_ bytes: [UInt8]) -> some Sequence<(number: Int, line: Line)> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        return body.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated().lazy
            .map { ($0.offset + 1, line($0.element)) }
    }

    static func parse(_ bytes: [UInt8]) -> [Entry] {
        lines(bytes).compactMap { if case .entry(let entry) = $0.line { entry } else { nil } }
    }

    /// The lines that are skipped, each as `NAME line N: why`.
    public func problems() -> [String] {
        let bytes: [UInt8]
        if let text {
            bytes = text
        } else if let path, let data = FileManager.default.contents(atPath: path) {
            bytes = [UInt8](data)
        } else {
            return []
        }
        return Self.lines(bytes).compactMap { number, line in
            if case .problem(let why) = line { "\(name) line \(number): \(why)" } else { nil }
        }
    }

    /// Lexicons are equal when their names and fingerprints are.
    public static func == (lhs: UserLexicon, rhs: UserLexicon) -> Bool {
        lhs.fingerprint == rhs.fingerprint && lhs.name == rhs.name
    }

    /// Hashes the name and the fingerprint.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(fingerprint)
        hasher.combine(name)
    }
}
