/// How results are grouped.
public enum Grouping: String, Sendable, CaseIterable {
    /// Everything together.
    case corpus
    /// One group per document (file).
    case document
    /// One group per essay of each document.
    case essay
    /// One group per section (body, preview, paid) of each essay.
    case section
}

/// The unit a count belongs to, as far as the grouping goes.
public struct GroupKey: Sendable, Hashable, Comparable {
    public var documentIndex: Int?
    public var document: String?
    public var essay: Int?
    public var section: Section?

    public static let corpus = GroupKey()

    init(documentIndex: Int? = nil, document: String? = nil, essay: Int? = nil, section: Section? = nil) {
        self.documentIndex = documentIndex
        self.document = document
        self.essay = essay
        self.section = section
    }

    init(_ grouping: Grouping, documentIndex: Int, document: String, sentence: TokenizedSentence) {
        switch grouping {
        case .corpus: self.init()
        case .document: self.init(documentIndex: documentIndex, document: document)
        case .essay: self.init(documentIndex: documentIndex, document: document, essay: sentence.essay)
        case .section:
            self.init(documentIndex: documentIndex, document: document, essay: sentence.essay, section: sentence.section)
        }
    }

    public static func < (lhs: GroupKey, rhs: GroupKey) -> Bool {
        let sectionOrder = { (section: Section?) in section.map { Section.allCases.firstIndex(of: $0)! } ?? -1 }
        return (lhs.documentIndex ?? -1, lhs.essay ?? -1, sectionOrder(lhs.section))
            < (rhs.documentIndex ?? -1, rhs.essay ?? -1, sectionOrder(rhs.section))
    }
}

/// One row of a frequency list.
public struct FrequencyRow: Sendable, Hashable {
    public var group: GroupKey
    /// The n-gram as written: its words joined with nothing.
    public var term: String
    /// Its words joined by one space.
    public var tokens: String
    public var n: Int
    public var count: Int
    /// Number of documents (in the group) the term occurs in.
    public var documents: Int
    /// Occurrences per million running words (or Han characters) of the group.
    public var perMillion: Double
}

/// Counts n-grams over documents, grouped; documents can be counted apart and merged.
public struct FrequencyCounter: Sendable {
    public let options: NGramOptions
    public let grouping: Grouping

    struct Entry: Sendable {
        var count = 0
        var documents = 0
        var lastDocument = -1
    }

    /// Counts by group and n-gram (words joined by a space).
    var counts: [GroupKey: [TermKey: Entry]] = [:]
    /// Running words (or Han characters) by group.
    var totals: [GroupKey: Int] = [:]

    public init(options: NGramOptions, grouping: Grouping = .corpus) {
        self.options = options
        self.grouping = grouping
    }

    /// Counts the n-grams of one tokenized document.
    public mutating func add(_ sentences: [TokenizedSentence], of document: Document, index: Int) {
        for sentence in sentences {
            let group = GroupKey(grouping, documentIndex: index, document: document.source, sentence: sentence)
            totals[group, default: 0] += options.wordCount(of: sentence, in: document)
            var groupCounts = counts[group] ?? [:]
            counts[group] = nil
            options.forEachNGram(in: sentence, of: document) { key in
                groupCounts[key, default: Entry()].count += 1
                if groupCounts[key]!.lastDocument != index {
                    groupCounts[key]!.documents += 1
                    groupCounts[key]!.lastDocument = index
                }
            }
            counts[group] = groupCounts
        }
    }

    /// Adds the counts of another counter that saw other documents, or other pieces of the
    /// same last document (a large file read in pieces, see `Corpus.reduceDocuments`).
    public mutating func merge(_ other: FrequencyCounter) {
        for (group, total) in other.totals { totals[group, default: 0] += total }
        for (group, entries) in other.counts {
            var mine = counts[group] ?? [:]
            counts[group] = nil
            for (key, entry) in entries {
                guard var merged = mine[key] else {
                    mine[key] = entry
                    continue
                }
                merged.count += entry.count
                merged.documents += entry.documents
                if merged.lastDocument >= 0, merged.lastDocument == entry.lastDocument {
                    // Both saw pieces of the same large file: one document, not two.
                    merged.documents -= 1
                } else {
                    merged.lastDocument = -1
                }
                mine[key] = merged
            }
            counts[group] = mine
        }
    }

    /// Total running words (or Han characters) counted in `group`.
    public func total(of group: GroupKey) -> Int { totals[group] ?? 0 }

    /// The count of an n-gram (words joined by a space) in `group`.
    public func count(of tokens: String, in group: GroupKey = .corpus) -> Int {
        counts[group]?[TermKey(Array(tokens.utf8))]?.count ?? 0
    }

    /// All n-grams of every group (words joined by a space) and their counts.
    public var allCounts: [GroupKey: [String: Int]] {
        counts.mapValues { entries in
            Dictionary(uniqueKeysWithValues: entries.map { ($0.key.text, $0.value.count) })
        }
    }

    /// The frequency list: groups in document order, each by count (descending), then term.
    public func rows(minCount: Int = 1, top: Int? = nil) -> [FrequencyRow] {
        var rows: [FrequencyRow] = []
        for group in counts.keys.sorted() {
            let total = Double(max(totals[group] ?? 0, 1))
            var groupRows = counts[group]!.compactMap { key, entry -> FrequencyRow? in
                guard entry.count >= minCount else { return nil }
                let tokens = key.text
                let words = tokens.split(separator: " ")
                return FrequencyRow(
                    group: group, term: words.joined(), tokens: tokens, n: words.count, count: entry.count,
                    documents: entry.documents, perMillion: Double(entry.count) / total * 1_000_000)
            }
            groupRows.sort { ($0.count, $1.tokens) > ($1.count, $0.tokens) }
            if let top { groupRows = Array(groupRows.prefix(top)) }
            rows += groupRows
        }
        return rows
    }
}
