/// One category's count in one group.
public struct DictionaryRow: Sendable, Hashable {
    /// The group the count belongs to.
    public var group: GroupKey
    /// The category's path in the dictionary (`CategoryDictionary.Category.path`).
    public var category: String
    /// Words of the group that the category matched (the sum of their `freq` counts).
    public var count: Int
    /// `count` per million running words of the group (its word tokens, numbers only with `includeNumbers`, stop words included).
    public var perMillion: Double
    /// Documents of the group with at least one match.
    public var documents: Int
    /// The words matched and how often, most frequent first.
    public var matched: [(term: String, count: Int)]

    /// Equal when group, category, count, documents and the matched words and counts are (`perMillion` follows from them).
    public static func == (lhs: DictionaryRow, rhs: DictionaryRow) -> Bool {
        lhs.group == rhs.group && lhs.category == rhs.category && lhs.count == rhs.count && lhs.documents == rhs.documents
            && lhs.matched.map(\.term) == rhs.matched.map(\.term) && lhs.matched.map(\.count) == rhs.matched.map(\.count)
    }

    /// Hashes the group, category and count.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(group)
        hasher.combine(category)
        hasher.combine(count)
    }
}

/// Counts the words of each category of a `CategoryDictionary`, per group: every word token
/// (the words `freq` counts, stop words included) is looked up whole and by its prefixes.
public struct DictionaryCounter: Sendable {
    /// The categories and their words.
    public let dictionary: CategoryDictionary
    /// Which tokens are words (only `includeNumbers` matters here: stop words and tags count all the same).
    public let options: NGramOptions
    /// How the counts are grouped.
    public let grouping: Grouping

    struct Entry: Sendable {
        var count = 0
        var documents = 0
        var lastDocument = -1
        var matched: [String: Int] = [:]
    }

    struct Counts: Sendable {
        var words = 0
        var categories: [Int: Entry] = [:]
    }

    var groups: [GroupKey: Counts] = [:]
    /// The categories of each word met (a cache; words repeat).
    private var lookups: [String: [Int]] = [:]

    /// A counter for `dictionary`, with the whole corpus as one group by default.
    public init(dictionary: CategoryDictionary, options: NGramOptions = NGramOptions(stopWords: .none), grouping: Grouping = .corpus) {
        self.dictionary = dictionary
        self.options = options
        self.grouping = grouping
    }

    /// Counts one tokenized document; `index` is its position in the corpus.
    public mutating func add(_ sentences: [TokenizedSentence], of document: Document, index: Int) {
        let fields = grouping.fieldValues(of: document.fields).values
        for sentence in sentences {
            let group = GroupKey(grouping, documentIndex: index, document: document.source, fields: fields, sentence: sentence)
            var counts = groups[group] ?? Counts()
            groups[group] = nil
            for token in sentence.tokens where options.isWord(token) {
                counts.words += 1
                let found: [Int]
                if let known = lookups[token.text] {
                    found = known
                } else {
                    found = dictionary.categories(of: token.text)
                    lookups[token.text] = found
                }
                for category in found {
                    var entry = counts.categories[category] ?? Entry()
                    entry.count += 1
                    entry.matched[token.text, default: 0] += 1
                    if entry.lastDocument != index {
                        entry.documents += 1
                        entry.lastDocument = index
                    }
                    counts.categories[category] = entry
                }
            }
            groups[group] = counts
        }
    }

    /// Adds the counts of a counter that saw other documents (or other pieces of a large file).
    public mutating func merge(_ other: DictionaryCounter) {
        for (group, theirs) in other.groups {
            var mine = groups[group] ?? Counts()
            groups[group] = nil
            mine.words += theirs.words
            for (category, entry) in theirs.categories {
                guard var merged = mine.categories[category] else {
                    mine.categories[category] = entry
                    continue
                }
                merged.count += entry.count
                merged.documents += entry.documents
                // Pieces of the same large file: one document, not two.
                if merged.lastDocument >= 0, merged.lastDocument == entry.lastDocument { merged.documents -= 1 } else { merged.lastDocument = -1 }
                for (term, count) in entry.matched { merged.matched[term, default: 0] += count }
                mine.categories[category] = merged
            }
            groups[group] = mine
        }
    }

    /// Every category of every group, groups in order and categories in the dictionary's.
    public func rows() -> [DictionaryRow] {
        var rows: [DictionaryRow] = []
        let keys = groups.isEmpty ? [GroupKey.corpus] : groups.keys.sorted()
        for group in keys {
            let counts = groups[group] ?? Counts()
            for (index, category) in dictionary.categories.enumerated() {
                let entry = counts.categories[index] ?? Entry()
                let matched = entry.matched.map { (term: $0.key, count: $0.value) }
                    .sorted { ($0.count, $1.term) > ($1.count, $0.term) }
                rows.append(DictionaryRow(
                    group: group, category: category.path, count: entry.count,
                    perMillion: Double(entry.count) / Double(max(counts.words, 1)) * 1_000_000,
                    documents: entry.documents, matched: matched))
            }
        }
        return rows
    }
}
