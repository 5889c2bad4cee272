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

    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One entity of a corpus.
public struct EntityRow: Sendable, Hashable {
    /// Its canonical form (aliases resolved).
    public var entity: String
    public var kind: EntityKind
    /// Other forms: the aliases given for it and the forms quotations name it by.
    public var aliases: [String]
    /// Occurrences of its name or an alias in the documents it was found in.
    public var mentions: Int
    public var documents: Int
    /// Quotations it is the speaker of.
    public var quoted: Int
    public var firstDocument: String
}

/// The people, places and organisations of a corpus: names the segmenter tags as such (nr,
/// nrfg, nrt, ns, nt; at least two characters) and the speakers quotations are attributed to
/// (`QuotationFinder`, titles off and aliases resolved). In each document where an entity is
/// found, its mentions are the occurrences of its canonical name and aliases in the text,
/// longer forms first, none counted twice; quoted counts the quotations it speaks.
public struct EntityCounter: Sendable {
    public let aliases: [String: String]
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

    var entries: [String: Entry] = [:]

    public init(aliases: [String: String] = [:]) {
        self.aliases = aliases
        var forms: [String: Set<String>] = [:]
        for (alias, canonical) in aliases { forms[canonical, default: [canonical]].insert(alias) }
        self.forms = forms
    }

    public mutating func add(_ sentences: [TokenizedSentence], quotations: [Quotation], of document: Document, index: Int) {
        var found: [String: [EntityKind: Int]] = [:]
        var written: [String: Set<String>] = [:]
        for sentence in sentences {
            for token in sentence.tokens {
                guard let kind = EntityKind(tag: token.tag), token.text.unicodeScalars.count >= 2 else { continue }
                let canonical = aliases[token.text] ?? token.text
                found[canonical, default: [:]][kind, default: 0] += 1
                if canonical != token.text { written[canonical, default: []].insert(token.text) }
            }
        }
        var quoted: [String: Int] = [:]
        for quotation in quotations where !quotation.isAnonymous {
            let name = quotation.canonicalSpeaker
            guard name.unicodeScalars.count >= 2 else { continue }
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

    public mutating func merge(_ other: EntityCounter) {
        for (name, theirs) in other.entries {
            guard var mine = entries[name] else {
                entries[name] = theirs
                continue
            }
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
            entries[name] = mine
        }
    }

    /// Every entity mentioned at least `minMentions` times: most mentioned first, then by kind
    /// and name. Its kind is the one its tags name most often (person for a speaker alone).
    public func rows(minMentions: Int = 1) -> [EntityRow] {
        entries.compactMap { name, entry -> EntityRow? in
            guard entry.mentions >= minMentions || entry.quoted > 0 && minMentions <= 1 else { return nil }
            let kind = entry.kinds.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? .person
            let aliases = Set(entry.aliases).union(forms[name] ?? []).subtracting([name]).sorted()
            return EntityRow(entity: name, kind: kind, aliases: aliases, mentions: entry.mentions, documents: entry.documents,
                             quoted: entry.quoted, firstDocument: entry.firstDocument)
        }.sorted { ($0.mentions, $1.kind, $1.entity) > ($1.mentions, $0.kind, $0.entity) }
    }
}

extension CorpusAnalysis {
    /// The entities of every document under `paths`, with quotations found by `finder`.
    public func entities(_ paths: [String], aliases: [String: String], finder: QuotationFinder) async
        -> (counter: EntityCounter, diagnostics: [Diagnostic])
    {
        let lexicon = self.lexicon
        let (worker, diagnostics) = await Corpus.reduceDocuments(
            paths, options: readerOptions,
            initial: { EntityWorker(counter: EntityCounter(aliases: aliases), lexicon: lexicon, finder: finder) },
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
