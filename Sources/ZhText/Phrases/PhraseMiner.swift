import Foundation
import ZhTextCore

/// A word or phrase found in a corpus by its statistics, not by a dictionary.
public struct DiscoveredPhrase: Sendable, Hashable {
    public var term: String
    public var count: Int
    /// The weakest link inside the term: the minimum, over every split into a left and right
    /// part, of log₂(p(term) / (p(left) · p(right))) (pointwise mutual information).
    public var cohesion: Double
    /// Entropy (bits) of the characters just before the term; every text boundary counts as a
    /// character of its own.
    public var leftEntropy: Double
    /// Entropy (bits) of the characters just after the term.
    public var rightEntropy: Double
    /// cohesion × min(left, right entropy) × log₂(1 + count): high when the term holds
    /// together, combines freely with what surrounds it, and recurs.
    public var score: Double
}

/// New-word discovery from character n-gram statistics: a candidate is a word or phrase when
/// its characters stick together (high cohesion) and it is free at both edges (high left and
/// right branching entropy). This follows Matrix67's "internal cohesion and boundary
/// freedom" method (2012) as used by HanLP's NewWordDiscover and smoothnlp.
///
/// Counting runs over Han-character runs only; candidates that begin or end with a common
/// function character (的 了 是 在 …) are not reported.
public struct PhraseMiner: Sendable {
    public var minimumLength = 2
    public var maximumLength = 6
    public var minimumCount = 3
    /// Minimum cohesion (bits).
    public var minimumCohesion = 3.0
    /// Minimum of the left and right entropies (bits).
    public var minimumFreedom = 1.0

    public init() {}

    /// Function characters a phrase does not start with.
    static let startStops: Set<UInt32> = Set("的了是在和与及或也都就又而但把被从对为以之其这那个们着过吗呢吧啊么不没很更还再已所等各每此该我你他她它有一让使将要会能可应由向给".unicodeScalars.map(\.value))
    /// Function characters a phrase does not end with (在, 有, 以, 一 and 们 end many words:
    /// 现在, 所有, 第一, 同志们).
    static let endStops: Set<UInt32> = Set("的了是和与及或也都就又而但把被从对为之其这那个着过吗呢吧啊么不没很更还再已所等各每此该我你他她它让使将要会能可应由向给".unicodeScalars.map(\.value))

    struct Gram: Hashable {
        var scalars: [UInt32]
        func hash(into hasher: inout Hasher) {
            scalars.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// Counts of a corpus's character n-grams; add text, then `phrases()`.
    public struct Counts: Sendable {
        var grams: [Gram: Int] = [:]
        var leftEdges: [Gram: Int] = [:]
        var rightEdges: [Gram: Int] = [:]
        var characters = 0
        let maximumLength: Int

        init(maximumLength: Int) { self.maximumLength = maximumLength }

        /// Adds the Han runs of `scalars`.
        mutating func add(_ scalars: ArraySlice<Unicode.Scalar>) {
            var run: [UInt32] = []
            for scalar in scalars {
                let characterClass = CharacterClassTable.of(scalar.value)
                if characterClass == .han || characterClass == .hanNumeral {
                    run.append(scalar.value)
                } else if !run.isEmpty {
                    addRun(run)
                    run.removeAll(keepingCapacity: true)
                }
            }
            if !run.isEmpty { addRun(run) }
        }

        mutating func addRun(_ run: [UInt32]) {
            characters += run.count
            for start in run.indices {
                for length in 1...(maximumLength + 1) where start + length <= run.count {
                    let gram = Gram(scalars: Array(run[start..<(start + length)]))
                    grams[gram, default: 0] += 1
                    if start == 0 { leftEdges[gram, default: 0] += 1 }
                    if start + length == run.count { rightEdges[gram, default: 0] += 1 }
                }
            }
        }

        public mutating func merge(_ other: Counts) {
            characters += other.characters
            for (key, value) in other.grams { grams[key, default: 0] += value }
            for (key, value) in other.leftEdges { leftEdges[key, default: 0] += value }
            for (key, value) in other.rightEdges { rightEdges[key, default: 0] += value }
        }
    }

    /// Empty counts for this miner's lengths.
    public func counts() -> Counts { Counts(maximumLength: maximumLength) }

    /// Counts the text of every paragraph of `document`.
    public func add(_ document: Document, to counts: inout Counts) {
        for paragraph in document.paragraphs {
            counts.add(document.scalars[paragraph.span.start..<paragraph.span.end])
        }
    }

    /// The discovered words and phrases, best first; with a lexicon, only those it lacks.
    public func phrases(from counts: Counts, lexicon: Lexicon? = nil, top: Int? = nil) -> [DiscoveredPhrase] {
        let total = Double(max(counts.characters, 1))
        // Neighbour counts from the (n+1)-grams.
        var left: [Gram: [Int]] = [:]
        var right: [Gram: [Int]] = [:]
        for (gram, count) in counts.grams where gram.scalars.count > minimumLength {
            let suffix = Gram(scalars: Array(gram.scalars.dropFirst()))
            let prefix = Gram(scalars: Array(gram.scalars.dropLast()))
            if counts.grams[suffix, default: 0] >= minimumCount { left[suffix, default: []].append(count) }
            if counts.grams[prefix, default: 0] >= minimumCount { right[prefix, default: []].append(count) }
        }
        func entropy(_ neighbours: [Int], edges: Int) -> Double {
            let all = Double(neighbours.reduce(0, +) + edges)
            guard all > 0 else { return 0 }
            var value = 0.0
            for count in neighbours {
                let p = Double(count) / all
                value -= p * log2(p)
            }
            // Each text boundary is a neighbour of its own.
            if edges > 0 { value -= Double(edges) * (1 / all) * log2(1 / all) }
            return value
        }
        func probability(_ scalars: ArraySlice<UInt32>) -> Double {
            Double(counts.grams[Gram(scalars: Array(scalars)), default: 0]) / total
        }
        var result: [DiscoveredPhrase] = []
        for (gram, count) in counts.grams {
            let scalars = gram.scalars
            guard (minimumLength...maximumLength).contains(scalars.count), count >= minimumCount,
                  !Self.startStops.contains(scalars.first!), !Self.endStops.contains(scalars.last!) else { continue }
            let p = Double(count) / total
            var cohesion = Double.infinity
            for split in 1..<scalars.count {
                let pl = probability(scalars[..<split]), pr = probability(scalars[split...])
                cohesion = min(cohesion, log2(p / (pl * pr)))
            }
            guard cohesion >= minimumCohesion else { continue }
            let leftEntropy = entropy(left[gram] ?? [], edges: counts.leftEdges[gram] ?? 0)
            let rightEntropy = entropy(right[gram] ?? [], edges: counts.rightEdges[gram] ?? 0)
            let freedom = min(leftEntropy, rightEntropy)
            guard freedom >= minimumFreedom else { continue }
            let term = String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
            if let lexicon, lexicon.cost(of: term) != nil { continue }
            result.append(DiscoveredPhrase(
                term: term, count: count, cohesion: cohesion, leftEntropy: leftEntropy, rightEntropy: rightEntropy,
                score: cohesion * freedom * log2(1 + Double(count))))
        }
        result.sort { ($0.score, $1.term) > ($1.score, $0.term) }
        if let top { result = Array(result.prefix(top)) }
        return result
    }
}

extension PhraseMiner {
    /// The discovered words and phrases of documents already read, best first.
    public func phrases(in documents: [Document], lexicon: Lexicon? = nil) -> [DiscoveredPhrase] {
        var counts = counts()
        for document in documents { add(document, to: &counts) }
        return phrases(from: counts, lexicon: lexicon)
    }
}
