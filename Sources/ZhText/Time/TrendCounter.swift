import ZhTextCore

/// Counts terms per group of documents (periods, sources: `--by date:year,source`) for
/// `zhtext trend`: each group's running words and documents, and each term's occurrences and
/// the documents it occurs in.
///
/// With `terms`, only those are counted, every occurrence as a token of that text (the terms
/// join the run's lexicon, as a `--dict` word does, so each is one token); a term never seen
/// still has a row, of zeros. Without, every word the n-gram options count (single words, stop
/// words left out) is counted, for `changingRows(minCount:top:)` to rank.
///
/// A trend count is `freq --by document`'s count of the term summed over the group's
/// documents, with the same lexicon.
public struct TrendCounter: Sendable {
    /// Group keys: field keys only (`corpus`, a field, or a date field's period).
    public let grouping: Grouping
    /// The terms asked for, in the order given; nil to count every word.
    public let terms: [String]?
    /// Which tokens are running words, and, without `terms`, which n-grams are counted.
    public let options: NGramOptions

    struct GroupEntry: Sendable, Hashable {
        var words = 0
        var documents = 0
        var lastDocument = -1
    }

    var groups: [GroupKey: GroupEntry] = [:]
    var counts: [GroupKey: [TermKey: FrequencyCounter.Entry]] = [:]
    /// Documents without a value for a date key of the grouping (counted under an empty period).
    public internal(set) var undated = 0
    /// A few of their names, for the warning.
    public internal(set) var undatedExamples: [String] = []
    private let wanted: Set<String>

    /// - Parameters:
    ///   - grouping: keys that read fields, or `corpus`; document, essay and section keys are
    ///     not periods and are refused by the command.
    ///   - terms: the terms to follow, counted as written; `nil` counts every n-gram, for the
    ///     terms that change most.
    ///   - options: the n-grams counted and the stop words left out.
    public init(grouping: Grouping, terms: [String]? = nil, options: NGramOptions = NGramOptions()) {
        self.grouping = Grouping(keys: grouping.keys.filter { $0.fieldName != nil })
        self.terms = terms
        self.options = options
        wanted = Set(terms ?? [])
    }

    /// Counts one tokenized document.
    public mutating func add(_ sentences: [TokenizedSentence], of document: Document, index: Int) {
        let values = grouping.fieldValues(of: document.fields).values
        let group = GroupKey(fields: values, fieldsFirst: true)
        var entry = groups[group] ?? GroupEntry()
        if entry.lastDocument != index {
            entry.documents += 1
            entry.lastDocument = index
            if document.piece <= 1, hasEmptyDate(values) {
                undated += 1
                if undatedExamples.count < 3 { undatedExamples.append(document.source) }
            }
        }
        var groupCounts = counts[group] ?? [:]
        counts[group] = nil
        func note(_ key: TermKey) {
            groupCounts[key, default: FrequencyCounter.Entry()].count += 1
            if groupCounts[key]!.lastDocument != index {
                groupCounts[key]!.documents += 1
                groupCounts[key]!.lastDocument = index
            }
        }
        for sentence in sentences {
            entry.words += options.wordCount(of: sentence, in: document)
            if terms != nil {
                for token in sentence.tokens where wanted.contains(token.text) { note(TermKey(Array(token.text.utf8))) }
            } else {
                options.forEachNGram(in: sentence, of: document, note)
            }
        }
        groups[group] = entry
        counts[group] = groupCounts
    }

    private func hasEmptyDate(_ values: [String]) -> Bool {
        zip(grouping.fieldKeys, values).contains { key, value in
            if case .date = key { return value.isEmpty }
            return false
        }
    }

    /// Adds the counts of a counter that saw other documents (or other pieces of the same file).
    public mutating func merge(_ other: TrendCounter) {
        undated += other.undated
        undatedExamples = Array((undatedExamples + other.undatedExamples).prefix(3))
        for (group, theirs) in other.groups {
            guard var mine = groups[group] else {
                groups[group] = theirs
                continue
            }
            mine.words += theirs.words
            mine.documents += theirs.documents
            if mine.lastDocument >= 0, mine.lastDocument == theirs.lastDocument { mine.documents -= 1 } else { mine.lastDocument = -1 }
            groups[group] = mine
        }
        for (group, entries) in other.counts {
            var mine = counts[group] ?? [:]
            counts[group] = nil
            for (key, entry) in entries {
                mine[key, default: FrequencyCounter.Entry()].merge(entry)
            }
            counts[group] = mine
        }
    }

    /// The groups counted, in order (periods in time order, an empty period last).
    public var groupKeys: [GroupKey] { groups.keys.sorted() }

    /// Running words and documents of `group`.
    public func size(of group: GroupKey) -> (words: Int, documents: Int) {
        let entry = groups[group] ?? GroupEntry()
        return (entry.words, entry.documents)
    }

    /// The count and documents of `term` (words joined by a space) in `group`.
    public func count(of term: String, in group: GroupKey) -> (count: Int, documents: Int) {
        let entry = counts[group]?[TermKey(Array(term.utf8))] ?? FrequencyCounter.Entry()
        return (entry.count, entry.documents)
    }

    /// Every term seen, with its count over all groups.
    var termTotals: [TermKey: Int] {
        var totals: [TermKey: Int] = [:]
        for entries in counts.values {
            for (key, entry) in entries { totals[key, default: 0] += entry.count }
        }
        return totals
    }
}

extension TrendCounter: CorpusCounter {
    /// `trend`.
    public static let partialName = "trend"
    /// `period ID WORDS DOCUMENTS` and `term ID TERM COUNT DOCUMENTS`, ids as `freq`'s
    /// corpus and field groups (`*`, `=["2024"]`); `undated * COUNT` for documents without a date.
    public static let sumFields = ["period": 2, "term": 2, "undated": 1]

    /// The header options that say what was counted: `by`, and `terms` (a JSON array) when
    /// terms were asked for; `PartialMerger.trendCounter()` reads them back.
    public var partialOptions: [(String, String)] {
        [("by", grouping.description)] + (terms.map { [("terms", GroupKey.fieldsJSON($0))] } ?? [])
    }

    /// The counts as partial records: the undated documents, then per group its running words and documents and each term's count and documents.
    public func partialRecords() -> [UInt8] {
        var out = Array("undated\t*\t\(undated)\n".utf8)
        for group in groupKeys {
            let id = group.partialID(corpusID: "*")
            let entry = groups[group]!
            out += Array("period\t\(id)\t\(entry.words)\t\(entry.documents)\n".utf8)
            for (key, entry) in (counts[group] ?? [:]).sorted(by: { $0.key.bytes.lexicographicallyPrecedes($1.key.bytes) }) {
                out += Array("term\t\(id)\t".utf8) + Array(PartialFormat.escape(key.text).utf8)
                out += Array("\t\(entry.count)\t\(entry.documents)\n".utf8)
            }
        }
        return out
    }

    /// Sums records read from partials into the counter (see `PartialMerger.trendCounter`).
    mutating func addRecord(kind: String, id: String, term: String?, sums: [Int]) throws(PartialError) {
        var fields: [String] = []
        if id != "*" {
            guard id.hasPrefix("="), let values = GroupKey.fields(fromJSON: id.dropFirst()),
                  values.count == grouping.fieldKeys.count else {
                throw PartialError(source: "partials", message: "group id `\(id)` is not `*` or the \(grouping.fieldKeys.count) field values of --by \(grouping)")
            }
            fields = values
        }
        let group = GroupKey(fields: fields, fieldsFirst: true)
        switch kind {
        case "period":
            groups[group, default: GroupEntry()].words += sums[0]
            groups[group, default: GroupEntry()].documents += sums[1]
        case "term":
            let key = TermKey(Array((term ?? "").utf8))
            counts[group, default: [:]][key, default: FrequencyCounter.Entry()].count += sums[0]
            counts[group, default: [:]][key, default: FrequencyCounter.Entry()].documents += sums[1]
        case "undated":
            undated += sums[0]
        default:
            break
        }
    }
}
