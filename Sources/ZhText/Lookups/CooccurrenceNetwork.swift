import Foundation
import ZhTextCore

/// The unit inside which two terms co-occur.
public enum CooccurrenceWindow: String, Sendable, CaseIterable {
    case sentence, paragraph, document
}

/// How an edge of the network is weighted, from the windows holding both terms c(a,b), the
/// windows holding each f(a), f(b), and all windows W.
public enum CooccurrenceWeight: String, Sendable, CaseIterable {
    /// c(a,b).
    case count
    /// c(a,b) / (f(a) + f(b) − c(a,b)) (Jaccard 1912).
    case jaccard
    /// c(a,b) / √(f(a)·f(b)) (Ochiai 1957), the cosine of the two terms' window vectors.
    case ochiai
    /// log₂(c(a,b)·W / (f(a)·f(b))), pointwise mutual information of windows.
    case pmi

    /// The weight of an edge from c(a,b) (`both`), f(a) (`first`), f(b) (`second`) and W (`windows`); `pmi` is −∞ for c(a,b) = 0.
    public func value(both: Int, first: Int, second: Int, windows: Int) -> Double {
        let c = Double(both), a = Double(first), b = Double(second), w = Double(windows)
        switch self {
        case .count: return c
        case .jaccard: return c / (a + b - c)
        case .ochiai: return c / (a * b).squareRoot()
        case .pmi: return log2(c * w / (a * b))
        }
    }
}

/// A co-occurrence network of chosen terms: how many windows hold each term and each pair,
/// and the tags the terms were seen with.
public struct CooccurrenceNetwork: Sendable {
    /// The terms, in order; edges refer to them by index.
    public let terms: [String]
    /// The unit in which terms co-occur.
    public let window: CooccurrenceWindow
    /// Which tokens are words and which are excluded (stop words, tags).
    public let options: NGramOptions
    private let index: [String: Int]

    /// All windows counted, W, those with none of the terms left out.
    public private(set) var windows = 0
    /// Windows holding each term.
    public private(set) var termWindows: [Int]
    /// Windows holding both terms, by `first * terms.count + second`, first < second.
    private var pairWindows: [Int: Int] = [:]
    /// Occurrences of each term by tag.
    private var tags: [[PartOfSpeech: Int]]

    /// An empty network of `terms` (a term listed twice counts once, at its first index).
    public init(terms: [String], window: CooccurrenceWindow, options: NGramOptions) {
        self.terms = terms
        self.window = window
        self.options = options
        index = Dictionary(terms.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        termWindows = Array(repeating: 0, count: terms.count)
        tags = Array(repeating: [:], count: terms.count)
    }

    /// Counts one document's windows.
    public mutating func add(_ sentences: [TokenizedSentence]) {
        var present = Set<Int>()
        var unit: (Int, Int)?
        for sentence in sentences {
            let key = (sentence.essay, sentence.paragraph)
            switch window {
            case .sentence: close(&present)
            case .paragraph where unit.map({ $0 != key }) ?? false: close(&present)
            default: break
            }
            unit = key
            for token in sentence.tokens where options.isWord(token) && !options.isExcluded(token) {
                guard let term = index[token.text] else { continue }
                present.insert(term)
                tags[term][token.tag, default: 0] += 1
            }
        }
        close(&present)
    }

    private mutating func close(_ present: inout Set<Int>) {
        guard !present.isEmpty else { return }
        windows += 1
        let sorted = present.sorted()
        for (position, first) in sorted.enumerated() {
            termWindows[first] += 1
            for second in sorted[(position + 1)...] { pairWindows[first * terms.count + second, default: 0] += 1 }
        }
        present.removeAll(keepingCapacity: true)
    }

    /// Adds the counts of a network of the same terms, window and options that saw other documents.
    public mutating func merge(_ other: CooccurrenceNetwork) {
        windows += other.windows
        for term in terms.indices {
            termWindows[term] += other.termWindows[term]
            for (tag, count) in other.tags[term] { tags[term][tag, default: 0] += count }
        }
        for (pair, count) in other.pairWindows { pairWindows[pair, default: 0] += count }
    }

    /// A term's most frequent tag (the first by name on a tie).
    public func tag(of term: Int) -> PartOfSpeech? {
        tags[term].max { ($0.value, $1.key.name) < ($1.value, $0.key.name) }?.key
    }

    /// One edge: two terms (indices into `terms`), the windows holding both, and its weight.
    public struct Edge: Sendable, Hashable {
        /// The first term's index in `terms`, below `target`.
        public var source: Int
        /// The second term's index in `terms`.
        public var target: Int
        /// Windows holding both terms, c(a,b).
        public var cooccurrences: Int
        /// The edge's weight by the measure asked for.
        public var weight: Double
    }

    /// The edges whose weight is at least `minWeight` (all by default), strongest first (then by the terms'
    /// order).
    public func edges(weight: CooccurrenceWeight, minWeight: Double = -.infinity) -> [Edge] {
        let n = terms.count
        var edges: [Edge] = pairWindows.compactMap { pair, count in
            let first = pair / n, second = pair % n
            let value = weight.value(both: count, first: termWindows[first], second: termWindows[second], windows: windows)
            return value >= minWeight ? Edge(source: first, target: second, cooccurrences: count, weight: value) : nil
        }
        edges.sort { ($0.weight, $1.source, $1.target) > ($1.weight, $0.source, $0.target) }
        return edges
    }
}

extension CorpusAnalysis {
    /// The co-occurrence network of `terms` in `window`s over every document under `paths`.
    public func network(_ paths: [String], terms: [String], window: CooccurrenceWindow, options: NGramOptions) async
        -> (network: CooccurrenceNetwork, diagnostics: [Diagnostic])
    {
        let lexicon = self.lexicon
        let (worker, diagnostics) = await Corpus.reduceDocuments(
            paths, options: readerOptions,
            initial: { NetworkWorker(network: CooccurrenceNetwork(terms: terms, window: window, options: options), lexicon: lexicon) },
            accumulate: { worker, document, _ in worker.network.add(worker.tokenizer.sentences(of: document)) },
            merge: { $0.network.merge($1.network) }, progress: progress)
        return (worker.network, diagnostics)
    }
}

/// One worker's network and its tokenizer.
struct NetworkWorker: @unchecked Sendable {
    var network: CooccurrenceNetwork
    let tokenizer: DocumentTokenizer

    init(network: CooccurrenceNetwork, lexicon: Lexicon) {
        self.network = network
        tokenizer = DocumentTokenizer(lexicon: lexicon)
    }
}
