/// The unit a count belongs to, as far as the grouping goes.
public struct GroupKey: Sendable, Hashable, Comparable {
    /// The document's position in the corpus (`Corpus.documentIndex`); nil unless the grouping is per document (document, essay or section).
    public var documentIndex: Int?
    /// Where the document came from (`Document.source`); nil unless the grouping is per document.
    public var document: String?
    /// The essay's number in its document, from 1; nil unless the grouping has the essay (`essay` or `section`).
    public var essay: Int?
    /// The section (body, preview or paid); nil unless grouped by section.
    public var section: Section?
    /// The values of the grouping's field keys, in order (`Grouping.fieldKeys`); empty for a
    /// document without the field or a date that cannot be read.
    public var fields: [String] = []
    /// Whether groups are ordered by their field values before their documents (the first key
    /// of the grouping is a field).
    var fieldsFirst = false

    /// The one group of a corpus counted whole (every part nil, no fields).
    public static let corpus = GroupKey()

    init(documentIndex: Int? = nil, document: String? = nil, essay: Int? = nil, section: Section? = nil,
         fields: [String] = [], fieldsFirst: Bool = false) {
        self.documentIndex = documentIndex
        self.document = document
        self.essay = essay
        self.section = section
        self.fields = fields
        self.fieldsFirst = fieldsFirst
    }

    /// The group of `sentence` of a document with these field values (`Grouping.fieldValues`).
    init(_ grouping: Grouping, documentIndex: Int, document: String, fields: [String], sentence: TokenizedSentence) {
        let perDocument = grouping.isPerDocument
        self.init(documentIndex: perDocument ? documentIndex : nil, document: perDocument ? document : nil,
                  essay: grouping.hasEssay ? sentence.essay : nil, section: grouping.hasSection ? sentence.section : nil,
                  fields: fields, fieldsFirst: grouping.keys.first?.fieldName != nil)
    }

    /// Groups in document order (document, essay, section); by field values first when the grouping's first key is a field.
    public static func < (lhs: GroupKey, rhs: GroupKey) -> Bool {
        let sectionOrder = { (section: Section?) in section.map { Section.allCases.firstIndex(of: $0)! } ?? -1 }
        let lhsDocument = (lhs.documentIndex ?? -1, lhs.essay ?? -1, sectionOrder(lhs.section))
        let rhsDocument = (rhs.documentIndex ?? -1, rhs.essay ?? -1, sectionOrder(rhs.section))
        if lhs.fields != rhs.fields, lhs.fieldsFirst || lhsDocument == rhsDocument {
            return FieldOrder.precedes(lhs.fields, rhs.fields)
        }
        return lhsDocument < rhsDocument
    }
}

/// The order of groups by field values: numbers as numbers, other values as text (ISO dates
/// and periods sort in time), empty values last.
enum FieldOrder {
    static func precedes(_ lhs: [String], _ rhs: [String]) -> Bool {
        for (left, right) in zip(lhs, rhs) where left != right {
            if left.isEmpty || right.isEmpty { return right.isEmpty }
            if let a = Double(left), let b = Double(right), a != b { return a < b }
            return left < right
        }
        return lhs.count < rhs.count
    }
}

/// One row of a frequency list.
public struct FrequencyRow: Sendable, Hashable {
    /// The group the row counts in.
    public var group: GroupKey
    /// The n-gram as written: its words joined with nothing.
    public var term: String
    /// Its words joined by one space.
    public var tokens: String
    /// Number of words (or characters) in the n-gram.
    public var n: Int
    /// Occurrences in the group.
    public var count: Int
    /// Number of documents (in the group) the term occurs in.
    public var documents: Int
    /// Occurrences per million running words (or Han characters) of the group.
    public var perMillion: Double
}

/// Counts n-grams over documents, grouped; documents can be counted apart and merged.
public struct FrequencyCounter: Sendable {
    /// What counts as a term.
    public let options: NGramOptions
    /// How counts are grouped.
    public let grouping: Grouping

    struct Entry: Sendable {
        var count = 0
        var documents = 0
        var lastDocument = -1

        /// Adds the counts of another counter's entry for the same term and group.
        mutating func merge(_ other: Entry) {
            guard count > 0 || documents > 0 else { return self = other }
            count += other.count
            documents += other.documents
            if lastDocument >= 0, lastDocument == other.lastDocument {
                // Both saw pieces of the same large file: one document, not two.
                documents -= 1
            } else {
                lastDocument = -1
            }
        }

        /// One more occurrence, in the document numbered `index`.
        mutating func add(document index: Int) {
            count += 1
            if lastDocument != index {
                documents += 1
                lastDocument = index
            }
        }
    }

    /// Counts by group and n-gram (words joined by a space).
    var counts: [GroupKey: [TermKey: Entry]] = [:]
    /// Running words (or Han characters) by group.
    var totals: [GroupKey: Int] = [:]

    /// An empty counter for these options and grouping (by default the whole corpus).
    public init(options: NGramOptions, grouping: Grouping = .corpus) {
        self.options = options
        self.grouping = grouping
    }

    /// Counts the n-grams of one tokenized document.
    public mutating func add(_ sentences: [TokenizedSentence], of document: Document, index: Int) {
        let fields = grouping.fieldValues(of: document.fields).values
        for sentence in sentences {
            let group = GroupKey(grouping, documentIndex: index, document: document.source, fields: fields, sentence: sentence)
            totals[group, default: 0] += options.wordCount(of: sentence, in: document)
            var groupCounts = counts[group] ?? [:]
            counts[group] = nil
            options.forEachNGram(in: sentence, of: document) { key in
                groupCounts[key, default: Entry()].add(document: index)
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
                mine[key, default: Entry()].merge(entry)
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
