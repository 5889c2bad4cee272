/// Words a document marks itself: short Han strings it puts in quotation marks more than once
/// (“深学”“深思”“深省”). The segmenter keeps them whole wherever they occur in that
/// document, quoted or not.
///
/// ```swift
/// let words = DocumentWords(quotedIn: "要“深学”……“深学”不是口号，深学才能……")
/// segmenter.documentWords = words   // 深学 is one token everywhere
/// ```
public struct DocumentWords: Sendable, Hashable {
    /// The words, as Unicode scalar values.
    public private(set) var words: [[UInt32]]
    /// One bit per BMP code point: whether a word starts with it.
    private var firstBits: [UInt64]

    /// Quoted strings of at least this many Han characters…
    public static let minimumLength = 2
    /// …and at most this many count.
    public static let maximumLength = 6
    /// A string must be quoted this often in the document.
    public static let minimumQuotes = 2
    /// A marked word's cost on the lattice's scale: that of a very frequent word, so the text's
    /// own marking beats the lexicon's split.
    static let cost: Float = 5

    /// Whether each word (in the order of `words`) is a personal name the document uses
    /// (`PersonNameLearner`): tagged `nr`, not as a word the document marks.
    private var isName: [Bool]
    /// The first two scalars of each word (in the order of `words`), packed `first << 32 |
    /// second` (0: none), so the search by first character and the test of the second read
    /// one flat array instead of each word's own storage.
    private var heads: [UInt64]

    /// The words given, and the personal names given (a string in both is a name).
    public init(words: [String], names: [String] = []) {
        self.words = []
        isName = []
        heads = []
        firstBits = Array(repeating: 0, count: 0x10000 / 64)
        let nameSet = Set(names)
        var entries: [([UInt32], Bool)] = []
        for word in Set(words).union(nameSet) {
            let scalars = word.unicodeScalars.map(\.value)
            guard let first = scalars.first else { continue }
            entries.append((scalars, nameSet.contains(word)))
            if first < 0x10000 { firstBits[Int(first) >> 6] |= 1 << UInt64(first & 63) }
        }
        entries.sort { $0.0.lexicographicallyPrecedes($1.0) }
        self.words = entries.map(\.0)
        isName = entries.map(\.1)
        heads = entries.map { UInt64($0.0[0]) << 32 | UInt64($0.0.count > 1 ? $0.0[1] : 0) }
    }

    /// The strings of 2–6 Han characters that `text` puts in quotation marks (“”, ‘’, 「」,
    /// 『』 or straight double quotes) at least twice.
    public init(quotedIn text: some StringProtocol) {
        self.init(quotedScalars: text.unicodeScalars)
    }

    /// The same, over UTF-8 bytes (invalid bytes end a quotation).
    public init(quotedUTF8 bytes: UnsafeRawBufferPointer) {
        self.init(counting: UTF8Scalars(bytes: bytes))
    }

    /// The same, over the characters of a text.
    public init(quotedScalars text: some Sequence<Unicode.Scalar>) {
        var iterator = text.makeIterator()
        self.init(counting: AnyScalars { iterator.next() })
    }

    /// Counts the quoted strings of `scalars`; outside a quotation it may skip text that
    /// cannot hold a quotation mark (`skipsToMarks`).
    private init(counting scalars: some ScalarSource) {
        var counter = QuotedStrings()
        counter.count(scalars)
        self = counter.words()
    }

    /// Counts of the short Han strings a document puts in quotation marks, gathered over one
    /// or more stretches of it (a large file's pieces) and merged; `words()` keeps those quoted
    /// `minimumQuotes` times or more.
    package struct QuotedStrings: Sendable {
        private var counts: [[UInt32]: Int] = [:]

        /// No counts yet.
        public init() {}

        /// Counts the quoted strings of a stretch of UTF-8 text. Quotations never span two
        /// stretches that end at a line break, white space or punctuation.
        public mutating func count(utf8 bytes: UnsafeRawBufferPointer) {
            count(UTF8Scalars(bytes: bytes))
        }

        mutating func count(_ scalars: some ScalarSource) {
            var scalars = scalars
            var current: [UInt32] = []
            var open = false
            while true {
                scalars.skipsToMarks = !open
                guard let scalar = scalars.next() else { break }
                let value = scalar.value
                switch value {
                case 0x201C, 0x2018, 0x300C, 0x300E:  // “ ‘ 「 『
                    open = true
                    current.removeAll(keepingCapacity: true)
                case 0x201D, 0x2019, 0x300D, 0x300F, 0x22:  // ” ’ 」 』 "
                    if open, (DocumentWords.minimumLength...DocumentWords.maximumLength).contains(current.count) {
                        counts[current, default: 0] += 1
                    }
                    open = value == 0x22 ? !open : false
                    current.removeAll(keepingCapacity: true)
                default:
                    guard open else { continue }
                    let characterClass = CharacterClassTable.of(value)
                    if characterClass == .han || characterClass == .hanNumeral, current.count <= DocumentWords.maximumLength {
                        current.append(value)
                    } else {
                        open = false
                    }
                }
            }
        }

        /// Adds the counts of another stretch.
        public mutating func merge(_ other: QuotedStrings) {
            for (string, count) in other.counts { counts[string, default: 0] += count }
        }

        /// The strings quoted often enough.
        public func words() -> DocumentWords {
            DocumentWords(words: counts.filter { $0.value >= DocumentWords.minimumQuotes }.keys.map { word in
                String(String.UnicodeScalarView(word.compactMap(Unicode.Scalar.init)))
            })
        }
    }

    /// Whether there are no words (the segmenter then keeps nothing whole on their account).
    public var isEmpty: Bool { words.isEmpty }

    /// These words and `more`, and the personal names `names`.
    public func adding(_ more: [String], names: [String] = []) -> DocumentWords {
        let strings = words.map { String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init))) }
        let known = zip(strings, isName).filter(\.1).map(\.0)
        return DocumentWords(words: strings + more, names: known + names)
    }

    @inline(__always)
    func mayStart(_ value: UInt32) -> Bool {
        value < 0x10000 && firstBits[Int(value) >> 6] & (1 << UInt64(value & 63)) != 0
    }

    /// Calls `body(length, isName)` for each word that starts at `scalars[start]` and ends by
    /// `limit`.
    func forEachMatch(_ scalars: UnsafeMutablePointer<UInt32>, from start: Int, limit: Int, _ body: (Int, Bool) -> Void) {
        // The words are sorted: find the first that starts with this character.
        let first = UInt64(scalars[start])
        var low = 0, high = heads.count
        while low < high {
            let middle = (low + high) / 2
            if heads[middle] >> 32 < first { low = middle + 1 } else { high = middle }
        }
        let second = start + 1 < limit ? UInt64(scalars[start + 1]) : 0
        var index = low
        while index < heads.count, heads[index] >> 32 == first {
            let head = heads[index]
            let headSecond = head & 0xFFFF_FFFF
            if headSecond == 0 || headSecond == second {
                let word = words[index]
                if start + word.count <= limit, word.indices.allSatisfy({ scalars[start + $0] == word[$0] }) {
                    body(word.count, isName[index])
                }
            }
            index += 1
        }
    }
}

/// The scalars of UTF-8 bytes, decoded without building a string; an invalid byte decodes as
/// U+FFFD.
/// Scalars one at a time, with leave to skip text that holds no quotation mark.
protocol ScalarSource {
    var skipsToMarks: Bool { get set }
    mutating func next() -> Unicode.Scalar?
}

/// A source over any iterator of scalars (it never skips).
struct AnyScalars: ScalarSource {
    var skipsToMarks = false
    let nextScalar: () -> Unicode.Scalar?
    init(_ next: @escaping () -> Unicode.Scalar?) { nextScalar = next }
    mutating func next() -> Unicode.Scalar? { nextScalar() }
}

struct UTF8Scalars: ScalarSource {
    let bytes: UnsafeRawBufferPointer
    var offset = 0

    init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    mutating func next() -> Unicode.Scalar? {
        guard offset < bytes.count else { return nil }
        var lead = bytes[offset]
        // Outside a quotation only quotation marks matter (“ ‘ ” ’ start with E2, 「 」 『 』 with
        // E3, and "): skip other lead bytes in bulk, reporting them as one placeholder.
        if skipsToMarks {
            guard lead != 0xE2, lead != 0xE3, lead != 0x22 else { return decode(lead) }
            while offset < bytes.count {
                lead = bytes[offset]
                if lead == 0xE2 || lead == 0xE3 || lead == 0x22 { break }
                offset += 1
            }
            return "\u{1}"
        }
        return decode(lead)
    }

    /// Whether `next()` may skip text up to the next possible quotation mark.
    var skipsToMarks = false

    private mutating func decode(_ lead: UInt8) -> Unicode.Scalar? {
        var value: UInt32
        var width: Int
        switch lead {
        case 0..<0x80: value = UInt32(lead); width = 1
        case 0xC2..<0xE0: value = UInt32(lead & 0x1F); width = 2
        case 0xE0..<0xF0: value = UInt32(lead & 0x0F); width = 3
        case 0xF0..<0xF5: value = UInt32(lead & 0x07); width = 4
        default:
            offset += 1
            return "\u{FFFD}"
        }
        guard offset + width <= bytes.count else {
            offset += 1
            return "\u{FFFD}"
        }
        for index in 1..<width {
            let byte = bytes[offset + index]
            guard byte & 0xC0 == 0x80 else {
                offset += 1
                return "\u{FFFD}"
            }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        offset += width
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
