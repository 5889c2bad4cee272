/// Learns the personal names of one document from a first segmentation of it, so the
/// segmenter can keep each name whole everywhere in that document (谭振华 where the lexicon's
/// 振华 would otherwise split it: 谭 | 振华).
///
/// A candidate is name-like: a surname of `Data/surnames.txt` (or a compound one) and one or
/// two given characters, none of them a character that never stands in a given name
/// (`Data/not-in-given-names.txt`), and not a word of the lexicon; it starts and ends at token
/// boundaries of the first segmentation. It is learned when
/// - it follows a title (`Data/titles.txt`: 书记谭振华, 局長柯明遠), or
/// - it is the subject of a verb (a word of `Data/name-followers.txt` follows it: 谭振华说,
///   谭振华介绍) or the lattice already read it as a name once, and the document spells it
///   at least twice.
/// Traditional text is matched through the Simplified forms (ICU's transliteration).
///
/// ```swift
/// var learner = PersonNameLearner(lexicon: lexicon)
/// text.withUnsafeBytes { bytes in segmenter.segment(bytes) { learner.add($0, of: bytes) } }
/// let names = learner.names()      // ["谭振华", "骆永康"]
/// ```
package struct PersonNameLearner {
    /// How often a name without a title before it must occur in the document.
    package static let minimumCount = 2

    /// A Han word token of the current stretch of Han text: its first and last (up to) four
    /// characters packed 16 bits each, folded to Simplified, and its first four as written.
    private struct Piece {
        var head: UInt64 = 0
        var tail: UInt64 = 0
        var written: UInt64 = 0
        var length = 0
        var first: UInt32 = 0
        var isName = false
    }

    private let lexicon: Lexicon
    private var run: [Piece] = []
    /// Occurrences of each candidate (packed as written) at token boundaries, and its evidence.
    private var counts: [UInt64: Evidence] = [:]
    /// Whether a candidate (packed, folded) is name-like, once judged.
    private var verdicts: [UInt64: Bool] = [:]
    private let flags = CharacterFlags()
    /// By BMP code point: its Simplified form (0: none), from the lexicon's folding.
    private let simplified: [UInt32]

    private struct Evidence {
        var count = 0
        var titled = false
        var signed = false
    }

    /// An empty learner that judges words by `lexicon`.
    package init(lexicon: Lexicon) {
        self.lexicon = lexicon
        simplified = lexicon.simplifiedScalars
    }

    /// Takes the next token of the document `text` (UTF-8), in order.
    package mutating func add(_ token: Token, of text: UnsafeRawBufferPointer) {
        guard token.kind == .word, token.length % 3 == 0 else { return flush() }
        var piece = Piece()
        var offset = token.offset
        let end = token.offset + token.length
        while offset < end {
            let lead = text[offset]
            guard lead >= 0xE0, lead < 0xF0 else { return flush() }
            let value = UInt32(lead & 0x0F) << 12 | UInt32(text[offset + 1] & 0x3F) << 6 | UInt32(text[offset + 2] & 0x3F)
            let folded = simplified[Int(value)] == 0 ? value : simplified[Int(value)]
            if piece.length == 0 { piece.first = folded }
            if piece.length < 4 {
                piece.head = piece.head << 16 | UInt64(folded)
                piece.written = piece.written << 16 | UInt64(value)
            }
            piece.tail = (piece.tail << 16 | UInt64(folded)) & 0xFFFF_FFFF_FFFF_FFFF
            piece.length += 1
            offset += 3
        }
        piece.isName = token.tag.isPersonName
        run.append(piece)
        if run.count == 64 { flush() }
    }

    /// Whether the bytes `run` of `text` (UTF-8) hold a character a candidate can start with:
    /// a surname or the first of a compound one (Traditional through its Simplified form).
    /// A run without one teaches no name.
    func holdsNameStart(_ text: UnsafeRawBufferPointer, _ run: Range<Int>) -> Bool {
        UTF8Run.contains(text, run) { value in
            let folded = simplified[Int(value)] == 0 ? value : simplified[Int(value)]
            return flags.has(folded, CharacterFlags.surname) || flags.has(folded, CharacterFlags.compoundSurnameStart)
        }
    }

    /// Adds the counts of another stretch of the same document, learned apart.
    package mutating func merge(_ other: PersonNameLearner) {
        flush()
        var other = other
        other.flush()
        for (written, evidence) in other.counts {
            var merged = counts[written] ?? Evidence()
            merged.count += evidence.count
            merged.titled = merged.titled || evidence.titled
            merged.signed = merged.signed || evidence.signed
            counts[written] = merged
        }
    }

    /// The names learned, in code point order (as written in the document).
    package mutating func names() -> [String] {
        flush()
        return counts.filter { $0.value.titled || ($0.value.signed && $0.value.count >= Self.minimumCount) }
            .keys.map(Self.string).sorted()
    }

    /// Counts the candidates of the stretch of Han tokens that just ended.
    private mutating func flush() {
        defer { run.removeAll(keepingCapacity: true) }
        for start in run.indices where flags.has(run[start].first, CharacterFlags.surname)
            || flags.has(run[start].first, CharacterFlags.compoundSurnameStart) {
            var folded: UInt64 = 0
            var written: UInt64 = 0
            var length = 0
            for end in (start + 1)...min(run.count, start + 3) {
                let piece = run[end - 1]
                length += piece.length
                guard length <= 4 else { break }
                folded = folded << UInt64(16 * piece.length) | piece.head
                written = written << UInt64(16 * piece.length) | piece.written
                // A single token is a candidate only when the lattice read it as a name.
                let asName = end == start + 1 && piece.isName
                guard length >= 2, end > start + 1 || asName, isNameLike(folded, length: length) else { continue }
                let titled = start > 0 && Self.endsInTitle(run[start - 1])
                let followed = end < run.count && run[end].length <= 4 && Self.followers.contains(run[end].head)
                var evidence = counts[written] ?? Evidence()
                evidence.count += 1
                evidence.titled = evidence.titled || titled
                evidence.signed = evidence.signed || titled || followed || asName
                counts[written] = evidence
            }
        }
    }

    /// A surname and one or two given characters that may stand in a name, not a lexicon word.
    private mutating func isNameLike(_ packed: UInt64, length: Int) -> Bool {
        if let known = verdicts[packed] { return known }
        let scalars = Self.scalars(packed)
        var verdict = false
        let surnameLength = scalars.count >= 3 && ChineseNames.compoundSurnames.contains(Array(scalars.prefix(2))) ? 2 : 1
        if surnameLength == 2 || ChineseNames.surnames.contains(scalars[0]) {
            let given = scalars.dropFirst(surnameLength)
            verdict = (1...2).contains(given.count) && !given.contains(where: ChineseNames.notInGivenNames.contains)
                && lexicon.cost(of: Self.string(packed)) == nil
        }
        verdicts[packed] = verdict
        return verdict
    }

    private static func endsInTitle(_ piece: Piece) -> Bool {
        for count in 1...min(4, piece.length) {
            let mask: UInt64 = count == 4 ? ~0 : (1 << UInt64(16 * count)) - 1
            if titles.contains(piece.tail & mask) { return true }
        }
        return false
    }

    private static func pack(_ scalars: [UInt32]) -> UInt64? {
        guard scalars.count <= 4, scalars.allSatisfy({ $0 < 0x10000 }) else { return nil }
        return scalars.reduce(0) { $0 << 16 | UInt64($1) }
    }

    private static func scalars(_ packed: UInt64) -> [UInt32] {
        var result: [UInt32] = []
        var rest = packed
        while rest != 0 {
            result.insert(UInt32(rest & 0xFFFF), at: 0)
            rest >>= 16
        }
        return result
    }

    private static func string(_ packed: UInt64) -> String {
        String(String.UnicodeScalarView(scalars(packed).compactMap(Unicode.Scalar.init)))
    }

    /// Titles and followers, packed (those of up to four characters).
    private static let titles = Set(ChineseNames.titles.compactMap(pack))
    private static let followers = Set(ChineseNames.followers.compactMap(pack))

}
