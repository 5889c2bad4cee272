import ZhTextCore

/// What an entity is.
public enum EntityKind: String, Sendable, CaseIterable, Comparable {
    case person, place, organization

    /// The kind a part-of-speech tag names: nr, nrfg, nrt a person, ns a place, nt an
    /// organisation (jieba's tags); nil for any other tag.
    public init?(tag: PartOfSpeech) {
        switch tag.name {
        case "nr", "nrfg", "nrt": self = .person
        case "ns": self = .place
        case "nt": self = .organization
        default: return nil
        }
    }

    /// Orders the kinds as declared: person, place, organization.
    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One entity of a corpus, or of one group of it.
public struct EntityRow: Sendable, Hashable {
    /// The group (`GroupKey.corpus` without `--by`).
    public var group: GroupKey = .corpus
    /// Its canonical form (aliases resolved).
    public var entity: String
    /// The kind its tags name most often (the earlier of person, place, organization on a tie); person for a speaker only quotations name.
    public var kind: EntityKind
    /// Other forms: the aliases given for it and the forms quotations name it by.
    public var aliases: [String]
    /// Occurrences of its name or an alias in the documents it was found in.
    public var mentions: Int
    /// Documents of the group in which it is mentioned or quoted.
    public var documents: Int
    /// Quotations it is the speaker of.
    public var quoted: Int
    /// The source of the first document (in corpus order) it was found in.
    public var firstDocument: String
}

/// The people, places and organisations of a corpus: names the segmenter tags as such (nr,
/// nrfg, nrt, ns, nt; at least two characters) that `EntityRules` accepts, organisations
/// joined from a place and the words up to an organisation suffix, and the speakers
/// quotations are attributed to (`QuotationFinder`, titles off and aliases resolved) that
/// have a name's shape. In each document where an entity is
/// found, its mentions are the occurrences of its canonical name and aliases in the text,
/// longer forms first, none counted twice; quoted counts the quotations it speaks. Counted per
/// group of a `Grouping` of documents (the corpus, each document, field values).
public struct EntityCounter: Sendable {
    /// Canonical names by alias; an alias's mentions count for its canonical name.
    public let aliases: [String: String]
    /// How the counts are grouped (by documents and fields only).
    public let grouping: Grouping
    /// Which tagged names are entities (see `EntityRules`).
    let rules: EntityRules
    /// Forms by canonical name, from the aliases.
    let forms: [String: Set<String>]

    struct Entry: Sendable {
        var kinds: [EntityKind: Int] = [:]
        var aliases: Set<String> = []
        var mentions = 0
        var documents = 0
        var quoted = 0
        var firstIndex = Int.max
        var firstDocument = ""
        var lastDocument = -1
    }

    var groups: [GroupKey: [String: Entry]] = [:]

    /// Counts for `grouping`, which may name documents and fields but not essays or sections
    /// (an entity's mentions are counted over a document's whole text). `lexicon` is the one
    /// the documents are segmented with: a name it tags itself needs a sign in the document
    /// to count as a person (see `EntityRules`).
    public init(aliases: [String: String] = [:], grouping: Grouping = .corpus, lexicon: Lexicon? = nil) {
        precondition(!grouping.hasEssay, "entities are counted per document, not per essay or section")
        self.aliases = aliases
        self.grouping = grouping
        rules = EntityRules(lexicon: lexicon)
        var forms: [String: Set<String>] = [:]
        for (alias, canonical) in aliases { forms[canonical, default: [canonical]].insert(alias) }
        self.forms = forms
    }

    /// Counts one tokenized document and the quotations found in it; `index` is its position in the corpus.
    public mutating func add(_ sentences: [TokenizedSentence], quotations: [Quotation], of document: Document, index: Int) {
        var found: [String: [EntityKind: Int]] = [:]
        var written: [String: Set<String>] = [:]
        let speakers = Set(quotations.lazy.filter { !$0.isAnonymous }.map(\.canonicalSpeaker))
        do {
            for entity in rules.entities(in: sentences, speakers: speakers) {
                let canonical = aliases[entity.text] ?? entity.text
                found[canonical, default: [:]][entity.kind, default: 0] += 1
                if canonical != entity.text { written[canonical, default: []].insert(entity.text) }
            }
        }
        var quoted: [String: Int] = [:]
        for quotation in quotations where !quotation.isAnonymous {
            let name = quotation.canonicalSpeaker
            guard name.unicodeScalars.count >= 2 else { continue }
            // A speaker that is no name (记者, 俗话) is not an entity; an alias given for it makes it one.
            guard found[name] != nil || EntityRules.looksLikeName(name) || forms[name] != nil else { continue }
            quoted[name, default: 0] += 1
            if found[name] == nil { found[name] = [.person: 0] }
            // A form as written counts as an alias when it holds the name (宋丽华书记), not a
            // pronoun the quotation was resolved through (她).
            if quotation.speaker != name, quotation.speaker.contains(name) { written[name, default: []].insert(quotation.speaker) }
        }
        guard !found.isEmpty else { return }
        let text = Array(document.text.unicodeScalars)
        var taken = [Bool](repeating: false, count: text.count)
        // Longer names first, so that 黄明德 is not also counted as 明德.
        var mentions: [String: Int] = [:]
        let allForms = found.keys.flatMap { canonical in (forms[canonical] ?? [canonical]).union([canonical]).map { ($0, canonical) } }
            .sorted { ($0.0.unicodeScalars.count, $0.0) > ($1.0.unicodeScalars.count, $1.0) }
        // Where each first character of a form stands, so that each form looks only there.
        let firsts = Set(allForms.compactMap { $0.0.unicodeScalars.first })
        var positions: [Unicode.Scalar: [Int]] = [:]
        for (position, scalar) in text.enumerated() where firsts.contains(scalar) { positions[scalar, default: []].append(position) }
        for (form, canonical) in allForms {
            let needle = Array(form.unicodeScalars)
            for range in Self.occurrences(of: needle, in: text, at: positions[needle[0]] ?? []) where !taken[range].contains(true) {
                for position in range { taken[position] = true }
                mentions[canonical, default: 0] += 1
            }
        }
        let perDocument = grouping.isPerDocument
        let group = GroupKey(documentIndex: perDocument ? index : nil, document: perDocument ? document.source : nil,
                             fields: grouping.fieldValues(of: document.fields).values,
                             fieldsFirst: grouping.keys.first?.fieldName != nil)
        var entries = groups[group] ?? [:]
        groups[group] = nil
        for (canonical, kinds) in found {
            var entry = entries[canonical] ?? Entry()
            for (kind, count) in kinds { entry.kinds[kind, default: 0] += count }
            entry.aliases.formUnion(written[canonical] ?? [])
            entry.mentions += mentions[canonical] ?? 0
            entry.quoted += quoted[canonical] ?? 0
            if entry.lastDocument != index, (mentions[canonical] ?? 0) + (quoted[canonical] ?? 0) > 0 {
                entry.documents += 1
                entry.lastDocument = index
            }
            if index < entry.firstIndex {
                entry.firstIndex = index
                entry.firstDocument = document.source
            }
            entries[canonical] = entry
        }
        groups[group] = entries
    }

    /// Non-overlapping occurrences of `needle` in `text` starting at some of `starts` (the
    /// places of its first character, ascending).
    static func occurrences(of needle: [Unicode.Scalar], in text: [Unicode.Scalar], at starts: [Int]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var next = 0
        for start in starts where start >= next && start + needle.count <= text.count {
            if text[start..<(start + needle.count)].elementsEqual(needle) {
                found.append(start..<(start + needle.count))
                next = start + needle.count
            }
        }
        return found
    }

    /// Adds the counts of a counter that saw other documents (or other pieces of a large file).
    public mutating func merge(_ other: EntityCounter) {
        for (group, entries) in other.groups {
            var mineByName = groups[group] ?? [:]
            for (name, theirs) in entries {
                guard var mine = mineByName[name] else {
                    mineByName[name] = theirs
                    continue
                }
                Self.add(theirs, to: &mine)
                mineByName[name] = mine
            }
            groups[group] = mineByName
        }
    }

    /// Adds the counts of `theirs` to `mine`: sums, the union of aliases, the earlier first
    /// document; a document both saw (pieces of one large file) counts once.
    static func add(_ theirs: Entry, to mine: inout Entry) {
        for (kind, count) in theirs.kinds { mine.kinds[kind, default: 0] += count }
        mine.aliases.formUnion(theirs.aliases)
        mine.mentions += theirs.mentions
        mine.quoted += theirs.quoted
        mine.documents += theirs.documents
        if mine.lastDocument >= 0, mine.lastDocument == theirs.lastDocument { mine.documents -= 1 } else { mine.lastDocument = -1 }
        if theirs.firstIndex < mine.firstIndex {
            mine.firstIndex = theirs.firstIndex
            mine.firstDocument = theirs.firstDocument
        }
    }

    /// Its kind is the one its tags name most often (person for a speaker alone).
    static func kind(of entry: Entry) -> EntityKind {
        entry.kinds.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? .person
    }

    /// The aliases shown for `name`: the forms it was written in and the aliases file's.
    func shownAliases(_ name: String, _ entry: Entry) -> [String] {
        Set(entry.aliases).union(forms[name] ?? []).subtracting([name]).sorted()
    }

    /// Every entity mentioned at least `minMentions` times, per group: groups in order, then
    /// most mentioned first, then by kind and name. `top` keeps the first N of each group.
    public func rows(minMentions: Int = 1, top: Int? = nil) -> [EntityRow] {
        groups.keys.sorted().flatMap { group -> [EntityRow] in
            let rows = groups[group]!.compactMap { name, entry -> EntityRow? in
                guard entry.mentions >= minMentions || entry.quoted > 0 && minMentions <= 1 else { return nil }
                return EntityRow(group: group, entity: name, kind: Self.kind(of: entry), aliases: shownAliases(name, entry),
                                 mentions: entry.mentions, documents: entry.documents, quoted: entry.quoted,
                                 firstDocument: entry.firstDocument)
            }.sorted { ($0.mentions, $1.kind, $1.entity) > ($1.mentions, $0.kind, $0.entity) }
            return top.map { Array(rows.prefix($0)) } ?? rows
        }
    }
}

extension CorpusAnalysis {
    /// The entities of every document under `paths`, with quotations found by `finder`, per
    /// group of `grouping` (documents and fields only).
    public func entities(_ paths: [String], aliases: [String: String], grouping: Grouping = .corpus, finder: QuotationFinder) async
        -> (counter: EntityCounter, diagnostics: [Diagnostic])
    {
        let lexicon = self.lexicon
        let (worker, diagnostics) = await Corpus.reduceDocuments(
            paths, options: readerOptions,
            initial: {
                EntityWorker(counter: EntityCounter(aliases: aliases, grouping: grouping, lexicon: lexicon), lexicon: lexicon, finder: finder)
            },
            accumulate: { worker, document, index in
                worker.counter.add(worker.tokenizer.sentences(of: document), quotations: worker.finder.quotations(in: document),
                                   of: document, index: index)
            },
            merge: { $0.counter.merge($1.counter) }, progress: progress)
        return (worker.counter, diagnostics)
    }
}

struct EntityWorker: @unchecked Sendable {
    var counter: EntityCounter
    let tokenizer: DocumentTokenizer
    let finder: QuotationFinder

    init(counter: EntityCounter, lexicon: Lexicon, finder: QuotationFinder) {
        self.counter = counter
        tokenizer = DocumentTokenizer(lexicon: lexicon)
        self.finder = finder
    }
}
