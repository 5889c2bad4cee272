import ZhTextCore

/// The word lists of quotation attribution, read once from ZhTextCore's data files
/// (`Sources/ZhTextCore/Data/*.txt`, each with a header saying where it comes from). The lists
/// hold Simplified forms; Traditional text is matched by folding it to Simplified first
/// (`QuoteRules.simplified`), the way the lexicon looks Traditional words up.
enum QuoteRules {
    /// Speech verbs (`speech-verbs`), the one list for the character patterns and the word reader.
    static let speechVerbs: Set<String> = Set(WordList.named("speech-verbs").words)

    /// Speech verbs longest first, for the character patterns that look for a verb at a clause's end.
    static let speechVerbsLongestFirst: [String] = speechVerbs.sorted { ($0.count, $0) > ($1.count, $1) }

    /// Speech verbs by their last character, longest first, so that the verb ending a text is
    /// found in a few comparisons.
    static let speechVerbsByEnd: [Unicode.Scalar: [String]] = Dictionary(grouping: speechVerbsLongestFirst) { $0.unicodeScalars.last! }

    /// The longest speech verb `text` (Simplified) ends with.
    static func speechVerb(endingWith text: String) -> String? {
        guard let last = text.unicodeScalars.last, let candidates = speechVerbsByEnd[last] else { return nil }
        return candidates.first { text.hasSuffix($0) }
    }

    /// Pronouns that can stand for a speaker, with the gender they mark (`pronouns`).
    static let pronounGenders: [String: Gender] = genders("pronouns")
    static let pronouns: Set<String> = Set(pronounGenders.keys)

    /// Forms of address after a surname (黄小姐, 陈师傅), with their gender (`address-forms`).
    static let addressGenders: [String: Gender] = genders("address-forms")
    static let addressForms: Set<String> = Set(addressGenders.keys)
    static let femaleAddressForms: [String] = addressGenders.filter { $0.value == .female }.map(\.key).sorted()

    /// Titles and roles before or after a name (`titles`, shared with the segmenter), longest first.
    static let titles: [String] = WordList.named("titles").words.sorted { ($0.count, $0) > ($1.count, $1) }
    static let titleSet: Set<String> = Set(titles)

    /// Endings of organisations' names (局, 委员会, 公司: the segmenter's `organization-suffixes`),
    /// which speak as bodies.
    static let organizationSuffixes: [String] = WordList.named("organization-suffixes").words

    /// Nouns for people that are no title (村民 is one; 老汉, 网友 are these): `person-nouns`.
    static let personNouns: [String] = WordList.named("person-nouns").words

    /// Last characters of given names that mostly mark a woman (`female-name-characters`).
    static let femaleNameEnds: Set<Unicode.Scalar> = Set(WordList.named("female-name-characters").words.compactMap {
        $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil
    })

    /// Two-character surnames (`compound-surnames`, the segmenter's list): 欧阳, 尉迟.
    static let compoundSurnames: Set<String> = Set(WordList.named("compound-surnames").words)

    /// Words that mark an unnamed source (`anonymous-sources`) and open an indefinite
    /// description (`indefinite-speakers`), longest first.
    static let anonymityMarks: [String] = longestFirst("anonymous-sources")
    static let indefiniteOpeners: [String] = longestFirst("indefinite-speakers")

    /// Sources of citations (`citation-sources`) and what stands between a book and its quotation
    /// (`citation-frames`, longest first).
    static let citationSources: Set<String> = Set(WordList.named("citation-sources").words)
    static let citationFrames: [String] = longestFirst("citation-frames")

    /// Transcript labels and the speaker each stands for (`transcript-labels`), and paragraph
    /// openers with a colon that are no speaker (`transcript-non-labels`).
    static let transcriptLabels: [String: TranscriptRole] = {
        var result: [String: TranscriptRole] = [:]
        for entry in WordList.named("transcript-labels").entries where entry.count >= 2 {
            result[entry[0]] = TranscriptRole(rawValue: entry[1]) ?? .this
        }
        return result
    }()
    static let transcriptNonLabels: Set<String> = Set(WordList.named("transcript-non-labels").words)

    /// Characters that practically never stand in a given name (the segmenter's list), so that a
    /// speaker glued to one (少安笑, 她笑) can be cut before it.
    static let notInNames: Set<Unicode.Scalar> = Set(WordList.named("not-in-given-names").words.compactMap {
        $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil
    })

    enum Gender: String { case female = "f", male = "m", either = "-", any }

    /// Who a transcript label stands for.
    enum TranscriptRole: String {
        /// The reporter asking the questions (问, Q, 记者).
        case interviewer
        /// The person the transcript introduces (答, A).
        case interviewee
        /// The label itself (主持人).
        case this = "self"
    }

    /// `text` with its Traditional characters turned into Simplified ones (說道 → 说道), character
    /// for character, as the lexicon folds them.
    static func simplified(_ text: String) -> String {
        var changed = false
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let mapped = simplified(scalar)
            if mapped != scalar { changed = true }
            scalars.append(mapped)
        }
        return changed ? String(scalars) : text
    }

    /// The Simplified form of one character (itself when it has none).
    static func simplified(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x3400 { return scalar }
        if value < 0x10000 {
            let folded = simplifiedTable[Int(value)]
            return folded == 0 ? scalar : Unicode.Scalar(folded) ?? scalar
        }
        guard let folded = simplifiedCharacters[value] else { return scalar }
        return Unicode.Scalar(folded) ?? scalar
    }

    /// `simplifiedCharacters` for the Basic Multilingual Plane as a flat table (0: no fold), for
    /// the passes over every character.
    private static let simplifiedTable: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 0x10000)
        for (from, to) in simplifiedCharacters where from < 0x10000 { table[Int(from)] = to }
        return table
    }()

    /// Whether `word` (in either script) is a speech verb.
    static func isSpeechVerb(_ word: String) -> Bool { speechVerbs.contains(simplified(word)) }

    /// Whether `word` (in either script) is a title.
    static func isTitle(_ word: String) -> Bool { titleSet.contains(simplified(word)) }

    /// Traditional → Simplified, from ICU's transliterator, made once per process.
    private static let simplifiedCharacters: [UInt32: UInt32] = {
        guard let transliterator = try? ICUTransliterator(id: "Traditional-Simplified") else { return [:] }
        return Dictionary(transliterator.characterMap().map { ($0.from, $0.to) }, uniquingKeysWith: { first, _ in first })
    }()

    private static func genders(_ name: String) -> [String: Gender] {
        var result: [String: Gender] = [:]
        for entry in WordList.named(name).entries {
            result[entry[0]] = entry.count > 1 ? Gender(rawValue: entry[1]) ?? .either : .either
        }
        return result
    }

    private static func longestFirst(_ name: String) -> [String] {
        WordList.named(name).words.sorted { ($0.count, $0) > ($1.count, $1) }
    }
}

extension Document {
    /// A span of scalar offsets in this document's normalised text as offsets in the decoded
    /// file as written (the document may be a piece of a larger file; see `fileOffset`).
    func shifted(_ span: TextSpan) -> TextSpan {
        TextSpan(start: fileOffset(span.start), end: fileOffset(span.end))
    }
}
