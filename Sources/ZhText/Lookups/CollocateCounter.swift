/// How many words on each side of a node word its collocates may stand.
public struct CollocateSpan: Sendable, Hashable, CustomStringConvertible {
    /// Words counted on the node's left, 0 or more.
    public var left: Int
    /// Words counted on the node's right, 0 or more.
    public var right: Int

    /// A span of `left` and `right` words (5 each by default); a negative side becomes 0.
    public init(left: Int = 5, right: Int = 5) {
        self.left = max(0, left)
        self.right = max(0, right)
    }

    /// `L,R` (or one number for both sides), as `--span` takes it.
    public init?(parsing text: String) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0 != nil && $0! >= 0 && $0! <= 100 }) else { return nil }
        self.init(left: parts[0]!, right: parts.last!!)
        if left + right == 0 { return nil }
    }

    /// `L,R`, e.g. `5,5`.
    public var description: String { "\(left),\(right)" }
}

/// One collocate of the node word in one group.
public struct CollocateRow: Sendable, Hashable {
    /// The group the counts belong to.
    public var group: GroupKey
    /// The collocate word.
    public var collocate: String
    /// `left`, `right` or `both`: where of the node the collocate stood.
    public var position: String
    /// Co-occurrences in the span, f(xy), and how many were on each side.
    public var count: Int
    /// Co-occurrences with the collocate on the node's left.
    public var left: Int
    /// Co-occurrences with the collocate on the node's right.
    public var right: Int
    /// The collocate's frequency in the group, f(y) (its `freq` count).
    public var collocateCount: Int
    /// The node's frequency in the group, f(x).
    public var nodeCount: Int
    /// Running words of the group, N.
    public var words: Int
    /// The measures asked for, in order.
    public var measures: [Double]
}

/// Counts the words that stand within a span of a node word inside a sentence (its
/// collocates), with everything the association measures need: f(xy) per collocate and side,
/// the frequency f(y) of every word, the node's frequency f(x) and the running words N, per
/// group.
///
/// Words are the tokens `freq` counts (punctuation and symbols are skipped, they do not end
/// the span; numbers only with `includeNumbers`); a sentence ends the span. The node is one
/// word or several adjacent words written together (`高质量发展` matches 高质量 发展). Stop words
/// and words of tags not kept take their place in the span but are not reported.
public struct CollocateCounter: Sendable {
    /// The node word (or several adjacent words written together); empty counts no collocates.
    public let node: String
    /// The words on each side of the node that count.
    public let span: CollocateSpan
    /// Which tokens are words, which are excluded (stop words, tags) and whether numbers count.
    public let options: NGramOptions
    /// How the counts are grouped.
    public let grouping: Grouping

    /// Co-occurrences of a collocate on each side of the node.
    struct Near: Sendable, Hashable {
        var left = 0
        var right = 0
    }

    /// The counts of one group.
    struct Counts: Sendable {
        var name = ""
        var words = 0
        var nodes = 0
        var frequencies: [TermKey: Int] = [:]
        var near: [TermKey: Near] = [:]
    }

    var groups: [GroupKey: Counts] = [:]

    /// A counter for `node`, with a span of 5 words on each side and the whole corpus as one group by default.
    public init(node: String, span: CollocateSpan = CollocateSpan(), options: NGramOptions = NGramOptions(),
                grouping: Grouping = .corpus) {
        self.node = node
        self.span = span
        self.options = options
        self.grouping = grouping
    }

    /// Counts one tokenized document.
    public mutating func add(_ sentences: [TokenizedSentence], of document: Document, index: Int) {
        let fields = grouping.fieldValues(of: document.fields).values
        let nodeBytes = Array(node.utf8)
        for sentence in sentences {
            let group = GroupKey(grouping, documentIndex: index, document: document.source, fields: fields, sentence: sentence)
            var counts = groups[group] ?? Counts()
            groups[group] = nil
            counts.name = group.document ?? ""
            // The words, with their place among all the sentence's tokens (to tell adjacent ones).
            var words: [(key: TermKey, place: Int, excluded: Bool)] = []
            for (place, token) in sentence.tokens.enumerated() where options.isWord(token) {
                words.append((TermKey(Array(token.text.utf8)), place, options.isExcluded(token)))
            }
            counts.words += words.count
            for word in words { counts.frequencies[word.key, default: 0] += 1 }
            if !nodeBytes.isEmpty {
                for start in words.indices {
                    guard let end = Self.nodeEnd(nodeBytes, in: words, from: start) else { continue }
                    counts.nodes += 1
                    for index in max(0, start - span.left)..<start where !words[index].excluded {
                        counts.near[words[index].key, default: Near()].left += 1
                    }
                    for index in end..<min(words.count, end + span.right) where !words[index].excluded {
                        counts.near[words[index].key, default: Near()].right += 1
                    }
                }
            }
            groups[group] = counts
        }
    }

    /// The index after the node's last word, when the node starts at `start`: its bytes are the
    /// bytes of adjacent words from there.
    static func nodeEnd(_ node: [UInt8], in words: [(key: TermKey, place: Int, excluded: Bool)], from start: Int) -> Int? {
        var matched = 0
        var index = start
        while matched < node.count, index < words.count {
            if index > start, words[index].place != words[index - 1].place + 1 { return nil }
            let bytes = words[index].key.bytes
            guard matched + bytes.count <= node.count, node[matched..<(matched + bytes.count)].elementsEqual(bytes) else { return nil }
            matched += bytes.count
            index += 1
        }
        return matched == node.count ? index : nil
    }

    /// Adds the counts of a counter that saw other documents (or other pieces of a large file).
    public mutating func merge(_ other: CollocateCounter) {
        for (group, theirs) in other.groups {
            var mine = groups[group] ?? Counts()
            groups[group] = nil
            if mine.name.isEmpty { mine.name = theirs.name }
            mine.words += theirs.words
            mine.nodes += theirs.nodes
            for (key, count) in theirs.frequencies { mine.frequencies[key, default: 0] += count }
            for (key, near) in theirs.near {
                mine.near[key, default: Near()].left += near.left
                mine.near[key, default: Near()].right += near.right
            }
            groups[group] = mine
        }
    }

    /// How often the node occurs, in all groups together.
    public var nodeCount: Int { groups.values.reduce(0) { $0 + $1.nodes } }

    /// The collocates of every group seen at least `minCount` times in the span and whose own
    /// frequency is at least `minFrequency`: groups in order, each by the first of `measures`
    /// (descending), then count, then collocate; at most `top` per group.
    public func rows(measures: [CollocateMeasure], minCount: Int = 1, minFrequency: Int = 1, top: Int? = nil) -> [CollocateRow] {
        var rows: [CollocateRow] = []
        for group in groups.keys.sorted() {
            let counts = groups[group]!
            var groupRows: [CollocateRow] = counts.near.compactMap { key, near in
                let count = near.left + near.right
                let frequency = counts.frequencies[key] ?? 0
                guard count >= max(1, minCount), frequency >= minFrequency else { return nil }
                let position = near.left > 0 && near.right > 0 ? "both" : (near.left > 0 ? "left" : "right")
                return CollocateRow(
                    group: group, collocate: key.text, position: position, count: count, left: near.left, right: near.right,
                    collocateCount: frequency, nodeCount: counts.nodes, words: counts.words,
                    measures: measures.map { $0.value(cooccurrences: count, node: counts.nodes, collocate: frequency, words: counts.words) })
            }
            groupRows.sort { lhs, rhs in
                let a = lhs.measures.first ?? 0, b = rhs.measures.first ?? 0
                if a != b { return a > b }
                if lhs.count != rhs.count { return lhs.count > rhs.count }
                return lhs.collocate < rhs.collocate
            }
            if let top { groupRows = Array(groupRows.prefix(top)) }
            rows += groupRows
        }
        return rows
    }

    /// The settings in the style of Brezina's collocation parameters notation (Brezina,
    /// McEnery & Wattam 2015): statistic, span, minimum collocate and collocation frequency,
    /// filter; e.g. `logDice, L5-R5, C1-NC1; stop words removed`.
    public func parameterNotation(measures: [CollocateMeasure], minCount: Int, minFrequency: Int, filters: String? = nil) -> String {
        let statistic = measures.first?.name ?? "count"
        return "\(statistic), L\(span.left)-R\(span.right), C\(minFrequency)-NC\(max(1, minCount)); " + (filters ?? filterDescription)
    }

    /// The filters of the notation: `stop words removed, numbers left out`, or `no filter`.
    public var filterDescription: String {
        var filters: [String] = []
        if !options.stopWords.words.isEmpty { filters.append("stop words removed") }
        if let tags = options.partsOfSpeech { filters.append("tags \(PartialFormat.describe(tags)) only") }
        if !options.includeNumbers { filters.append("numbers left out") }
        return filters.isEmpty ? "no filter" : filters.joined(separator: ", ")
    }
}
