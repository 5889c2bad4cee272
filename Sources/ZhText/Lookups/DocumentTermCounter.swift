/// A document-term matrix: the n-gram counts of every document (`freq --by document`'s), and
/// each document's name and fields for the table of document variables.
public struct DocumentTermCounter: Sendable {
    /// The frequencies per document (`freq --by document`'s counter).
    public private(set) var frequencies: FrequencyCounter
    /// Name and fields of each document, by its index.
    public private(set) var documents: [Int: (name: String, fields: [(name: String, value: String)])] = [:]

    /// An empty matrix counting n-grams as `options` say.
    public init(options: NGramOptions) {
        frequencies = FrequencyCounter(options: options, grouping: Grouping(keys: [.document]))
    }

    /// Counts one tokenized document; `index` is its position in the corpus, which orders the documents.
    public mutating func add(_ sentences: [TokenizedSentence], of document: Document, index: Int) {
        frequencies.add(sentences, of: document, index: index)
        if documents[index] == nil {
            documents[index] = (document.source, document.fields.map { (name: $0.name, value: $0.value) })
        }
    }

    /// Adds the counts of a counter that saw other documents (or other pieces of a large file); a document both saw keeps this one's name and fields.
    public mutating func merge(_ other: DocumentTermCounter) {
        frequencies.merge(other.frequencies)
        documents.merge(other.documents) { mine, _ in mine }
    }

    /// One cell of the matrix: a document, a feature, its count.
    public struct Triplet: Sendable, Hashable {
        /// The document's source (`Document.source`).
        public var document: String
        /// The n-gram, its words joined by a space.
        public var feature: String
        /// Its count in the document, 1 or more.
        public var count: Int
    }

    /// The features (n-grams, words joined by a space) whose count in the whole corpus is at
    /// least `minCount`, most frequent first, then by their text.
    public func features(minCount: Int = 1) -> [(feature: String, count: Int)] {
        var totals: [String: Int] = [:]
        for (_, counts) in frequencies.allCounts { for (term, count) in counts { totals[term, default: 0] += count } }
        return totals.filter { $0.value >= minCount }.map { (feature: $0.key, count: $0.value) }
            .sorted { ($0.count, $1.feature) > ($1.count, $0.feature) }
    }

    /// The document names in input order, with their fields.
    public var documentList: [(name: String, fields: [(name: String, value: String)])] {
        documents.sorted { $0.key < $1.key }.map(\.value)
    }

    /// The matrix's non-zero cells of the `features` kept: documents in input order, each
    /// document's features by count, then text (`FrequencyCounter.rows`).
    public func triplets(keeping features: Set<String>) -> [Triplet] {
        frequencies.rows().compactMap { row in
            features.contains(row.tokens) ? Triplet(document: row.group.document ?? "", feature: row.tokens, count: row.count) : nil
        }
    }
}

extension DocumentTermCounter: CorpusCounter {
    /// Its partial is `freq --by document`'s (the names and fields of documents are not kept).
    public static let partialName = "dtm"
    /// The same as `freq`'s (see `FrequencyCounter.sumFields`).
    public static let sumFields = FrequencyCounter.sumFields
    /// The counts as `freq --by document`'s partial records.
    public func partialRecords() -> [UInt8] { frequencies.partialRecords() }
}
