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

    private let lexicon: Lexicon
    /// The Han word tokens of the current stretch of Han text, as scalars (folded to Simplified).
    private var run: [[UInt32]] = []
    /// The same, as written.
    private var written: [[UInt32]] = []
    private var runTags: [PartOfSpeech] = []
    /// Occurrences of each candidate at token boundaries, and whether one had a sign of a name.
    private var counts: [[UInt32]: (count: Int, titled: Bool, signed: Bool)] = [:]

    /// An empty learner that judges words by `lexicon`.
    package init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// Takes the next token of the document `text` (UTF-8), in order.
    package mutating func add(_ token: Token, of text: UnsafeRawBufferPointer) {
        guard token.kind == .word else { return flush() }
        var scalars: [UInt32] = []
        var offset = token.offset
        let end = token.offset + token.length
        while offset < end {
            let lead = text[offset]
            guard lead >= 0xE0, lead < 0xF0, offset + 3 <= end else { return flush() }
            let value = UInt32(lead & 0x0F) << 12 | UInt32(text[offset + 1] & 0x3F) << 6 | UInt32(text[offset + 2] & 0x3F)
            scalars.append(value)
            offset += 3
        }
        written.append(scalars)
        run.append(scalars.map { Self.simplified[Int($0)] == 0 ? $0 : Self.simplified[Int($0)] })
        runTags.append(token.tag)
    }

    /// The names learned, in code point order (as written in the document).
    package mutating func names() -> [String] {
        flush()
        var names: [String] = []
        for (candidate, evidence) in counts where evidence.titled || (evidence.signed && evidence.count >= Self.minimumCount) {
            names.append(String(String.UnicodeScalarView(candidate.compactMap(Unicode.Scalar.init))))
        }
        return names.sorted()
    }

    /// Counts the candidates of the stretch of Han tokens that just ended.
    private mutating func flush() {
        defer { run.removeAll(keepingCapacity: true); written.removeAll(keepingCapacity: true); runTags.removeAll(keepingCapacity: true) }
        guard run.count >= 1 else { return }
        for start in run.indices {
            for end in (start + 1)...min(run.count, start + 3) {
                let simple = Array(run[start..<end].joined())
                guard (2...4).contains(simple.count), isNameLike(simple) else { continue }
                // A single token is a candidate only when the lattice read it as a name.
                let asName = end == start + 1 && runTags[start].isPersonName
                guard end > start + 1 || asName else { continue }
                let titled = start > 0 && Self.endsInTitle(run[start - 1])
                let followed = end < run.count && Self.startsFollower(run[end..<min(run.count, end + 2)])
                let key = Array(written[start..<end].joined())
                var evidence = counts[key] ?? (0, false, false)
                evidence.count += 1
                evidence.titled = evidence.titled || titled
                evidence.signed = evidence.signed || titled || followed || asName
                counts[key] = evidence
            }
        }
    }

    /// A surname and one or two given characters that may stand in a name, not a lexicon word.
    private func isNameLike(_ scalars: [UInt32]) -> Bool {
        let surnameLength = scalars.count >= 3 && ChineseNames.compoundSurnames.contains(Array(scalars.prefix(2))) ? 2 : 1
        guard surnameLength == 2 || ChineseNames.surnames.contains(scalars[0]) else { return false }
        let given = scalars.dropFirst(surnameLength)
        guard (1...2).contains(given.count), !given.contains(where: ChineseNames.notInGivenNames.contains) else { return false }
        let word = String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
        return lexicon.cost(of: word) == nil
    }

    private static func endsInTitle(_ token: [UInt32]) -> Bool {
        ChineseNames.titles.contains { title in token.count >= title.count && Array(token.suffix(title.count)) == title }
    }

    private static func startsFollower(_ tokens: ArraySlice<[UInt32]>) -> Bool {
        guard let first = tokens.first else { return false }
        return ChineseNames.followers.contains(first)
    }

    /// By BMP code point: its Simplified form (0: none), from ICU's transliteration.
    static let simplified: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 0x10000)
        for (from, to) in (try? ICUTransliterator(id: "Traditional-Simplified"))?.characterMap() ?? []
        where from < 0x10000 { table[Int(from)] = to }
        return table
    }()
}
