import Foundation

/// One word pair and how strongly its words attract each other.
public struct CollocationRow: Sendable, Hashable {
    /// The word in first place.
    public var first: String
    /// The word that follows it within the window.
    public var second: String
    /// How often `second` follows `first` within the window.
    public var count: Int
    /// Pairs with `first` in first place (R).
    public var firstCount: Int
    /// Pairs with `second` in second place (C).
    public var secondCount: Int
    /// E = R·C/N, the count the pair would have if its words were independent.
    public var expected: Double
    /// Pointwise mutual information, log₂(O / E) (Church & Hanks 1990).
    public var pmi: Double
    /// Log-likelihood G² of the pair's 2×2 table (Dunning 1993).
    public var logLikelihood: Double
    /// t-score, (O − E) / √O (Church et al. 1991).
    public var tScore: Double
}

/// Counts ordered word pairs: `second` within `window` words after `first` in a sentence.
///
/// The pairs make a 2×2 table in the usual way (Evert 2005): N = all pairs counted,
/// R = pairs whose first word is `first`, C = pairs whose second word is `second`,
/// O = the pair's count, E = R·C/N. Punctuation is skipped (it does not end the window);
/// sentences do end it. Pairs with a stop word are not reported but count in the margins.
public struct CollocationCounter: Sendable {
    /// How many words after `first` a `second` may stand (at least 1).
    public let window: Int
    /// Which tokens count as words, and which are left out.
    public let options: NGramOptions

    var pairs: [String: Int] = [:]
    var firsts: [String: Int] = [:]
    var seconds: [String: Int] = [:]
    var total = 0

    /// An empty counter; `window` below 1 is taken as 1.
    public init(window: Int = 5, options: NGramOptions = NGramOptions()) {
        self.window = max(1, window)
        self.options = options
    }

    static let separator: Character = "\u{1F}"

    /// Counts the pairs of one tokenized document.
    public mutating func add(_ sentences: [TokenizedSentence]) {
        for sentence in sentences {
            let tokens = sentence.tokens.filter(options.isWord)
            guard tokens.count > 1 else { continue }
            let words = tokens.map(\.text)
            let excluded = tokens.map(options.isExcluded)
            for (index, first) in words.enumerated() {
                let end = min(words.count, index + window + 1)
                guard index + 1 < end else { continue }
                for (offset, second) in words[(index + 1)..<end].enumerated() {
                    total += 1
                    firsts[first, default: 0] += 1
                    seconds[second, default: 0] += 1
                    // A word with itself (统一 … 统一) is repetition, not collocation.
                    if !excluded[index], !excluded[index + 1 + offset], first != second {
                        pairs[first + String(Self.separator) + second, default: 0] += 1
                    }
                }
            }
        }
    }

    /// Adds the counts of another counter that saw other documents.
    public mutating func merge(_ other: CollocationCounter) {
        total += other.total
        for (key, value) in other.pairs { pairs[key, default: 0] += value }
        for (key, value) in other.firsts { firsts[key, default: 0] += value }
        for (key, value) in other.seconds { seconds[key, default: 0] += value }
    }

    /// Pairs seen at least `minCount` times, strongest (by log-likelihood) first.
    public func rows(minCount: Int = 2, top: Int? = nil) -> [CollocationRow] {
        let n = Double(total)
        var rows: [CollocationRow] = pairs.compactMap { key, count in
            guard count >= minCount else { return nil }
            let parts = key.split(separator: Self.separator, maxSplits: 1)
            let first = String(parts[0]), second = String(parts[1])
            let r = Double(firsts[first] ?? 0), c = Double(seconds[second] ?? 0), o = Double(count)
            let table = ContingencyTable(o11: o, o12: r - o, o21: c - o, o22: n - r - c + o)
            let expected = r * c / n
            return CollocationRow(
                first: first, second: second, count: count, firstCount: Int(r), secondCount: Int(c),
                expected: expected, pmi: log2(o / expected), logLikelihood: table.logLikelihood,
                tScore: (o - expected) / o.squareRoot())
        }
        rows.sort { ($0.logLikelihood, $1.first, $1.second) > ($1.logLikelihood, $0.first, $0.second) }
        if let top { rows = Array(rows.prefix(top)) }
        return rows
    }
}
