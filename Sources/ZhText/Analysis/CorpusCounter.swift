import ZhTextCore

/// The seam every summing analysis goes through: counts that each document's tokens add to,
/// that instances counting other documents merge into, and that a partial file holds exactly
/// (see `PartialFormat`). `CorpusAnalysis.count(_:_:)` runs any of them over a corpus, on every
/// core, segmenting each document once.
///
/// A new analysis is one type that conforms, and one command that parses its options and
/// writes its table:
///
/// ```swift
/// /// How many sentences end in a question mark, per corpus.
/// struct QuestionCounter: CorpusCounter {
///     static let partialName = "questions"
///     static let sumFields = ["questions": 1]
///     var questions = 0
///     mutating func add(_ sentences: [TokenizedSentence], of document: Document, index: Int) {
///         questions += sentences.filter { $0.tokens.last?.text == "？" }.count
///     }
///     mutating func merge(_ other: Self) { questions += other.questions }
///     func partialRecords() -> [UInt8] { Array("questions\t\(questions)\n".utf8) }
/// }
/// let (counter, problems) = await analysis.count(paths) { QuestionCounter() }
/// ```
public protocol CorpusCounter: Sendable {
    /// The command a partial of these counts names in its header.
    static var partialName: String { get }
    /// For each record kind of the partial, how many of its last fields are sums; the header
    /// says so (`sum` lines), so that `merge` and the Spark driver add records up without
    /// knowing the analysis.
    static var sumFields: [String: Int] { get }
    /// Adds one document's sentences, tokenized; `index` orders documents (see
    /// `Corpus.documentIndex`).
    mutating func add(_ sentences: [TokenizedSentence], of document: Document, index: Int)
    /// Adds the counts of an instance that saw other documents (or other pieces of the same
    /// large file, with the same index).
    mutating func merge(_ other: Self)
    /// The counts as partial records, one per line, in an order that depends only on them.
    func partialRecords() -> [UInt8]
}

extension FrequencyCounter: CorpusCounter {
    /// `freq`.
    public static let partialName = "freq"
    /// A `group` record ends in one sum (its running words), a `term` record in two (count and documents).
    public static let sumFields = ["group": 1, "term": 2]
    /// The counts as partial records, for the whole corpus (group id `*`).
    public func partialRecords() -> [UInt8] { partialRecords(corpusID: "*") }
}

extension CollocationCounter: CorpusCounter {
    /// `collocations`.
    public static let partialName = "collocations"
    /// Each record kind ends in one sum.
    public static let sumFields = ["total": 1, "pair": 1, "first": 1, "second": 1]
    /// Counts the pairs of the sentences (`document` and `index` are not needed).
    public mutating func add(_ sentences: [TokenizedSentence], of document: Document, index: Int) { add(sentences) }
}

extension CorpusAnalysis {
    /// Counts every document under `paths` into the counter `make` gives: documents are read
    /// and tokenized on every core, one tokenizer per worker, each worker folding its documents
    /// into its own counter; the counters are merged at the end.
    public func count<Counter: CorpusCounter>(_ paths: [String], _ make: @escaping @Sendable () -> Counter) async
        -> (counter: Counter, diagnostics: [Diagnostic])
    {
        let lexicon = self.lexicon
        let (worker, diagnostics) = await Corpus.reduceDocuments(
            paths, options: readerOptions,
            initial: { CountingWorker(counter: make(), lexicon: lexicon) },
            accumulate: { worker, document, index in
                worker.counter.add(worker.tokenizer.sentences(of: document), of: document, index: index)
            },
            merge: { $0.counter.merge($1.counter) }, progress: progress)
        return (worker.counter, diagnostics)
    }
}

/// One worker's counter and the tokenizer it segments with (a tokenizer serves one task at a
/// time; each worker makes its own).
struct CountingWorker<Counter: CorpusCounter>: @unchecked Sendable {
    var counter: Counter
    let tokenizer: DocumentTokenizer

    init(counter: Counter, lexicon: Lexicon) {
        self.counter = counter
        tokenizer = DocumentTokenizer(lexicon: lexicon)
    }
}
