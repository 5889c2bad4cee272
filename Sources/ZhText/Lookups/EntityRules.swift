import ZhTextCore

/// Which of the names the segmenter tags are people, places and organisations, as `entities`
/// counts them. jieba's dictionary tags many common words as names (明白 and 叶子 `nr`, 城市
/// and 山村 `ns`), so a tag alone is not enough:
///
/// - a **place** is a word tagged `ns` that is a listed place name (`Data/place-names.txt`), or
///   ends in a place suffix (`Data/place-suffixes.txt`) after a stem of at least two characters
///   for a one-character suffix (云溪县, 石门村; not 山村, 沿河);
/// - a **person** is a word tagged `nr`, `nrfg` or `nrt` that starts with a surname
///   (`Data/surnames.txt`, `Data/compound-surnames.txt`), has two to four characters, and has
///   a sign in the document: a title just before it (`Data/titles.txt`), a speech verb just
///   after it (`Data/speech-verbs.txt`), or a quotation it speaks. A name of three or four
///   characters that the lexicon itself tags so (王小明) needs none; one of two (明白, 叶子,
///   宁可 are such dictionary words) needs one of those; a name the segmenter's name model
///   found (not in the lexicon) may also follow a word that ends in a title or a word for a
///   person (`Data/person-nouns.txt`: 茶农, 返乡青年), or be mentioned twice in the document. A quotation's speaker is a person when it has that shape too (记者,
///   俗话 and 古人 are not);
/// - an **organisation** is a run of up to six words inside a sentence that starts with a place
///   and ends with a word ending in an organisation suffix (`Data/organization-suffixes.txt`):
///   安吉县 农业农村局, 中国 林业 科学 研究院; its words are not counted apart. A word tagged
///   `nt` is an organisation as it is.
struct EntityRules: Sendable {
    static let placeNames: Set<String> = Set(WordList.named("place-names").words)
    static let placeSuffixes: [String] = WordList.named("place-suffixes").words.sorted { $0.count > $1.count }
    static let surnames: Set<Character> = Set(WordList.named("surnames").words.compactMap { $0.count == 1 ? $0.first : nil })
    /// The most words an organisation's name is joined from.
    static let longestOrganization = 6

    /// The lexicon the words were segmented with: a name it tags itself needs a sign.
    let lexicon: Lexicon?

    /// One entity found in a sentence: its form as written and its kind.
    struct Found: Equatable {
        var text: String
        var kind: EntityKind
    }

    /// The entities of a document's sentences; `speakers` are the canonical speakers of the
    /// document's quotations (a sign that a name is a person's).
    func entities(in sentences: [TokenizedSentence], speakers: Set<String>) -> [Found] {
        // How often each word tagged a person's name stands in the document: a name the name
        // model found that recurs is a sign.
        var personTokens: [String: Int] = [:]
        for sentence in sentences {
            for token in sentence.tokens where EntityKind(tag: token.tag) == .person { personTokens[token.text, default: 0] += 1 }
        }
        return sentences.flatMap { entities(in: $0, speakers: speakers, personTokens: personTokens) }
    }

    func entities(in sentence: TokenizedSentence, speakers: Set<String>, personTokens: [String: Int]) -> [Found] {
        let tokens = sentence.tokens
        var found: [Found] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if isPlace(token), let end = organizationEnd(tokens, from: index) {
                found.append(Found(text: tokens[index...end].map(\.text).joined(), kind: .organization))
                index = end + 1
                continue
            }
            defer { index += 1 }
            guard let kind = EntityKind(tag: token.tag), token.text.count >= 2 else { continue }
            switch kind {
            case .place:
                if isPlace(token) { found.append(Found(text: token.text, kind: .place)) }
            case .organization:
                found.append(Found(text: token.text, kind: .organization))
            case .person:
                guard Self.looksLikeName(token.text) else { continue }
                let before = index > 0 ? QuoteRules.simplified(tokens[index - 1].text) : ""
                let titled = QuoteRules.titleSet.contains(before)
                let speaks = index + 1 < tokens.count && QuoteRules.isSpeechVerb(tokens[index + 1].text)
                let inDictionary = lexicon?.tag(of: token.text) == token.tag
                // A name of three or four characters the dictionary gives (王小明) is one as it is.
                var signed = titled || speaks || speakers.contains(token.text) || (inDictionary && token.text.count >= 3)
                if !signed, !inDictionary {
                    // A name the dictionary does not give: also after a word for a person
                    // (茶农, 退休教师, 返乡青年) or a title it ends in, or when it recurs.
                    signed = (personTokens[token.text] ?? 0) >= 2
                        || (!before.isEmpty && (QuoteRules.titles.contains(where: before.hasSuffix)
                            || QuoteRules.personNouns.contains(where: before.hasSuffix)))
                }
                if signed { found.append(Found(text: token.text, kind: .person)) }
            }
        }
        return found
    }

    /// Whether a word tagged as a place is one (see the type's documentation).
    func isPlace(_ token: DocumentToken) -> Bool {
        guard EntityKind(tag: token.tag) == .place, token.text.count >= 2 else { return false }
        return Self.isPlaceName(QuoteRules.simplified(token.text))
    }

    static func isPlaceName(_ text: String) -> Bool {
        if placeNames.contains(text) { return true }
        guard let suffix = placeSuffixes.first(where: { text.hasSuffix($0) && text.count > $0.count }) else { return false }
        let stem = text.dropLast(suffix.count)
        if placeNames.contains(String(stem)) { return true }
        return stem.count >= (suffix.count == 1 ? 2 : 1)
    }

    /// The last token of an organisation's name that starts at `start` (a place), if one ends
    /// within `longestOrganization` words in an organisation suffix.
    func organizationEnd(_ tokens: [DocumentToken], from start: Int) -> Int? {
        var index = start + 1
        while index < tokens.count, index - start < Self.longestOrganization {
            let token = tokens[index]
            guard token.kind == .word, Self.canJoin(token) else { return nil }
            let text = QuoteRules.simplified(token.text)
            if QuoteRules.organizationSuffixes.contains(where: text.hasSuffix) { return index }
            index += 1
        }
        return nil
    }

    /// Whether a word can stand inside an organisation's name: not a pronoun, preposition,
    /// particle, adverb, numeral or speech verb; of the conjunctions only 和, 与 and 及.
    static func canJoin(_ token: DocumentToken) -> Bool {
        if ["和", "与", "及"].contains(token.text) { return true }
        if QuoteRules.isSpeechVerb(token.text) { return false }
        let tag = token.tag.name
        return !["p", "c", "u", "r", "m", "d", "y", "e", "o", "w", "f", "q"].contains { tag.hasPrefix($0) }
    }

    /// Whether `text` has the shape of a Chinese personal name: a surname (single or
    /// compound) first, two to four characters, none of them one that never stands in a
    /// given name (`Data/not-in-given-names.txt`).
    static func looksLikeName(_ text: String) -> Bool {
        let folded = QuoteRules.simplified(text)
        guard (2...4).contains(folded.count) else { return false }
        let surnameLength: Int
        if QuoteRules.compoundSurnames.contains(where: { folded.hasPrefix($0) }) {
            surnameLength = 2
        } else if let first = folded.first, surnames.contains(first) {
            surnameLength = 1
        } else {
            return false
        }
        let given = folded.dropFirst(surnameLength)
        if SpeakerNames.address.contains(String(given)) { return true }
        return !given.isEmpty && !given.unicodeScalars.contains { QuoteRules.notInNames.contains($0) }
    }
}
