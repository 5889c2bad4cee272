import Foundation
import ZhTextCore

/// A word or phrase found in a corpus by its statistics, not by a dictionary.
public struct DiscoveredPhrase: Sendable, Hashable {
    /// The word or phrase.
    public var term: String
    /// Its occurrences in the text counted.
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
    /// Shortest phrase reported, in Han characters.
    public var minimumLength = 2
    /// Longest phrase reported, in Han characters.
    public var maximumLength = 6
    /// Fewest occurrences a phrase needs to be reported.
    public var minimumCount = 3
    /// Minimum cohesion (bits).
    public var minimumCohesion = 3.0
    /// Minimum of the left and right entropies (bits).
    public var minimumFreedom = 1.0

    /// A miner with the default thresholds.
    public init() {}

    /// Function characters a phrase does not start with.
    static let startStops: Set<UInt32> = Set("的了是在和与及或也都就又而但把被从对为以之其这那个们着过吗呢吧啊么不没很更还再已所等各每此该我你他她它有一让使将要会能可应由向给".unicodeScalars.map(\.value))
    /// Function characters a phrase does not end with (在, 有, 以, 一 and 们 end many words:
    /// 现在, 所有, 第一, 同志们).
    static let endStops: Set<UInt32> = Set("的了是和与及或也都就又而但把被从对为之其这那个着过吗呢吧啊么不没很更还再已所等各每此该我你他她它让使将要会能可应由向给".unicodeScalars.map(\.value))

    /// Counts of a corpus's character n-grams; add text, then `phrases()`.
    ///
    /// The n-grams form a trie: an n-gram is its (n−1)-gram prefix plus one character, so each
    /// is found with one integer-keyed lookup from its prefix and nothing is allocated per
    /// n-gram (a table keyed by arrays of characters cost more per lookup as it grew).
    public struct Counts: Sendable {
        /// The node of an n-gram's prefix and its last character → the n-gram's node.
        var children: [UInt64: Int32] = [:]
        /// Per node (node 0 is the empty string): its prefix's node, its last character, its
        /// length, how often it occurs, and how often at the start or end of a run. A node is
        /// always made after its prefix and its suffix.
        var parent: [Int32] = [0]
        /// Per node: the node of its n-gram without the first character (0 for one character).
        var suffix: [Int32] = [0]
        var last: [UInt32] = [0]
        var length: [UInt8] = [0]
        var count: [Int32] = [0]
        var leftEdges: [Int32] = [0]
        var rightEdges: [Int32] = [0]
        var characters = 0
        let maximumLength: Int

        init(maximumLength: Int) { self.maximumLength = maximumLength }

        /// The number of n-grams counted.
        var nodeCount: Int { parent.count }

        @inline(__always)
        static func key(_ node: Int32, _ character: UInt32) -> UInt64 { UInt64(UInt32(node)) << 21 | UInt64(character) }

        /// The node of `node`'s n-gram plus `character`, made when new with `suffix` as its
        /// suffix's node.
        @inline(__always)
        mutating func child(of node: Int32, _ character: UInt32, suffix suffixNode: Int32) -> Int32 {
            let key = Self.key(node, character)
            if let existing = children[key] { return existing }
            let new = Int32(parent.count)
            children[key] = new
            parent.append(node)
            suffix.append(suffixNode)
            last.append(character)
            length.append(length[Int(node)] + 1)
            count.append(0)
            leftEdges.append(0)
            rightEdges.append(0)
            return new
        }

        /// The node of `scalars`, or nil when it was never counted.
        func node(of scalars: some Collection<UInt32>) -> Int32? {
            var node: Int32 = 0
            for character in scalars {
                guard let next = children[Self.key(node, character)] else { return nil }
                node = next
            }
            return node
        }

        /// How often `scalars` occurs.
        func occurrences(of scalars: some Collection<UInt32>) -> Int {
            node(of: scalars).map { Int(count[Int($0)]) } ?? 0
        }

        /// The characters of a node's n-gram.
        func scalars(of node: Int32) -> [UInt32] {
            var result = [UInt32](repeating: 0, count: Int(length[Int(node)]))
            var current = node
            var index = result.count
            while current != 0 {
                index -= 1
                result[index] = last[Int(current)]
                current = parent[Int(current)]
            }
            return result
        }

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
            // From the last start to the first, so that the n-grams starting one character
            // later (the suffixes) are known: `later[k]` is the node of the k + 1 characters
            // from start + 1.
            var later = [Int32](repeating: 0, count: maximumLength + 1)
            var current = later
            for start in run.indices.reversed() {
                var node: Int32 = 0
                for end in start..<min(run.count, start + maximumLength + 1) {
                    let length = end - start
                    node = child(of: node, run[end], suffix: length == 0 ? 0 : later[length - 1])
                    current[length] = node
                    count[Int(node)] += 1
                    if start == 0 { leftEdges[Int(node)] += 1 }
                    if end + 1 == run.count { rightEdges[Int(node)] += 1 }
                }
                swap(&later, &current)
            }
        }

        /// Adds the counts of another text (another document or worker).
        public mutating func merge(_ other: Counts) {
            characters += other.characters
            // Nodes are made after their prefixes, so one pass in order maps every node.
            var mapped = [Int32](repeating: 0, count: other.nodeCount)
            for node in 1..<other.nodeCount {
                let here = child(of: mapped[Int(other.parent[node])], other.last[node],
                                 suffix: mapped[Int(other.suffix[node])])
                mapped[node] = here
                count[Int(here)] += other.count[node]
                leftEdges[Int(here)] += other.leftEdges[node]
                rightEdges[Int(here)] += other.rightEdges[node]
            }
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
        // Neighbour counts from the (n+1)-grams: their prefix and suffix nodes.
        var left: [Int32: [Int]] = [:]
        var right: [Int32: [Int]] = [:]
        for node in 1..<counts.nodeCount where Int(counts.length[node]) > minimumLength {
            let occurrences = Int(counts.count[node])
            let prefix = counts.parent[node]
            if counts.count[Int(prefix)] >= minimumCount { right[prefix, default: []].append(occurrences) }
            let suffix = counts.suffix[node]
            if counts.count[Int(suffix)] >= minimumCount { left[suffix, default: []].append(occurrences) }
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
            Double(counts.occurrences(of: scalars)) / total
        }
        var result: [DiscoveredPhrase] = []
        for node in 1..<counts.nodeCount {
            let count = Int(counts.count[node])
            guard (minimumLength...maximumLength).contains(Int(counts.length[node])), count >= minimumCount,
                  !Self.endStops.contains(counts.last[node]) else { continue }
            let scalars = counts.scalars(of: Int32(node))
            guard !Self.startStops.contains(scalars.first!) else { continue }
            let p = Double(count) / total
            var cohesion = Double.infinity
            for split in 1..<scalars.count {
                let pl = probability(scalars[..<split]), pr = probability(scalars[split...])
                cohesion = min(cohesion, log2(p / (pl * pr)))
            }
            guard cohesion >= minimumCohesion else { continue }
            let leftEntropy = entropy(left[Int32(node)] ?? [], edges: Int(counts.leftEdges[node]))
            let rightEntropy = entropy(right[Int32(node)] ?? [], edges: Int(counts.rightEdges[node]))
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
