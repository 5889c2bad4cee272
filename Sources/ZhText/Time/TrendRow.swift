import Foundation

/// One term in one group of a trend: how often it occurs there, and in how many of the
/// group's documents.
public struct TrendRow: Sendable, Hashable {
    /// The group (a period, a source, … or the corpus).
    public var group: GroupKey
    /// The term, as asked for (or the word counted), its spaces removed.
    public var term: String
    /// Occurrences of the term in the group's documents.
    public var count: Int
    /// Occurrences per million running words of the group.
    public var perMillion: Double
    /// Documents of the group the term occurs in.
    public var documents: Int
    /// Documents in the group.
    public var groupDocuments: Int
    /// `documents / groupDocuments` (0 for a group without documents).
    public var share: Double
    /// How much the term's frequency changes across the groups (the same for all its rows);
    /// nil for terms asked for by name.
    public var change: TrendChange?
}

/// How unevenly a term is spread over the groups of a trend.
///
/// The statistic is Pearson's chi-squared test of homogeneity on the 2 × G table of the
/// term's count and the group's other running words in each of the G groups: X² = Σ (O − E)² / E
/// over the 2G cells, E = row total × column total / N, with G − 1 degrees of freedom; its
/// p-value is the chi-squared distribution's upper tail (`ChiSquaredDistribution`). `slope` is
/// the least-squares slope of the term's per-million figure over the groups in their order
/// (0, 1, 2 … for the first, second, third group): per million words per period, positive when
/// the term rises.
public struct TrendChange: Sendable, Hashable {
    /// Pearson's X², 0 when the term is in no group or is every running word.
    public var chiSquared: Double
    /// G − 1, for the G groups with running words (0 for fewer than two).
    public var degreesOfFreedom: Int
    /// The upper-tail p-value of `chiSquared`, 0 to 1; 1 for fewer than two groups with running words.
    public var pValue: Double
    /// Per million running words per group step; positive when the term rises, 0 for fewer than two groups.
    public var slope: Double

    /// The change of a term with `counts[g]` occurrences among `totals[g]` running words of
    /// group g.
    public init(counts: [Int], totals: [Int]) {
        let n = Double(totals.reduce(0, +)), termTotal = Double(counts.reduce(0, +))
        var x2 = 0.0
        if n > 0, termTotal > 0, termTotal < n {
            for (count, total) in zip(counts, totals) where total > 0 {
                let expected = termTotal * Double(total) / n
                let expectedOther = (n - termTotal) * Double(total) / n
                let other = Double(total - count)
                x2 += (Double(count) - expected) * (Double(count) - expected) / expected
                x2 += (other - expectedOther) * (other - expectedOther) / expectedOther
            }
        }
        let groups = totals.filter { $0 > 0 }.count
        chiSquared = x2
        degreesOfFreedom = max(groups - 1, 0)
        pValue = groups > 1 ? ChiSquaredDistribution.upperTail(x2, degreesOfFreedom: groups - 1) : 1
        let perMillion = zip(counts, totals).map { total in total.1 > 0 ? Double(total.0) / Double(total.1) * 1_000_000 : 0 }
        slope = Self.slope(perMillion)
    }

    /// Least-squares slope of `values` over 0, 1, 2 …; 0 for fewer than two values.
    static func slope(_ values: [Double]) -> Double {
        guard values.count > 1 else { return 0 }
        let count = Double(values.count)
        let meanX = (count - 1) / 2, meanY = values.reduce(0, +) / count
        var numerator = 0.0, denominator = 0.0
        for (index, value) in values.enumerated() {
            numerator += (Double(index) - meanX) * (value - meanY)
            denominator += (Double(index) - meanX) * (Double(index) - meanX)
        }
        return numerator / denominator
    }
}

extension TrendCounter {
    /// The rows of the terms asked for, each over every group in order, zeros where a term is
    /// not seen.
    public func rows() -> [TrendRow] {
        let keys = groupKeys
        return (terms ?? []).flatMap { term in rows(of: term, groups: keys, change: nil) }
    }

    /// Without terms asked for: the `top` terms seen at least `minCount` times whose frequency
    /// changes most across the groups (by chi-squared, largest first; ties by term), each over
    /// every group.
    public func changingRows(minCount: Int = 5, top: Int = 20) -> [TrendRow] {
        let keys = groupKeys
        let totals = keys.map { size(of: $0).words }
        var ranked: [(term: String, change: TrendChange)] = []
        for (key, total) in termTotals where total >= minCount {
            let termCounts = keys.map { counts[$0]?[key]?.count ?? 0 }
            ranked.append((key.text, TrendChange(counts: termCounts, totals: totals)))
        }
        ranked.sort { ($0.change.chiSquared, $1.term) > ($1.change.chiSquared, $0.term) }
        return ranked.prefix(top).flatMap { rows(of: $0.term, groups: keys, change: $0.change) }
    }

    private func rows(of term: String, groups keys: [GroupKey], change: TrendChange?) -> [TrendRow] {
        keys.map { group in
            let (words, groupDocuments) = size(of: group)
            let (count, documents) = count(of: term, in: group)
            return TrendRow(
                group: group, term: term.split(separator: " ").joined(), count: count,
                perMillion: words > 0 ? Double(count) / Double(words) * 1_000_000 : 0, documents: documents,
                groupDocuments: groupDocuments, share: groupDocuments > 0 ? Double(documents) / Double(groupDocuments) : 0,
                change: change)
        }
    }
}
