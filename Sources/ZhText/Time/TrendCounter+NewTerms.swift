extension TrendCounter {
    /// For each group in order, the terms first seen in it (none in the groups before), seen
    /// at least `minCount` times in all, most frequent first (ties by term), at most `top` each.
    /// The first group is left out: everything is new there.
    public func newTerms(minCount: Int = 3, top: Int = 10) -> [(group: GroupKey, terms: [(term: String, count: Int)])] {
        let keys = groupKeys
        var seen: Set<TermKey> = []
        var result: [(group: GroupKey, terms: [(term: String, count: Int)])] = []
        let totals = termTotals
        for (index, group) in keys.enumerated() {
            let entries = counts[group] ?? [:]
            if index > 0, !group.fields.contains("") {
                let fresh = entries.keys.filter { !seen.contains($0) && (totals[$0] ?? 0) >= minCount }
                    .map { (term: $0.text.split(separator: " ").joined(), count: totals[$0] ?? 0) }
                    .sorted { ($0.count, $1.term) > ($1.count, $0.term) }
                result.append((group: group, terms: Array(fresh.prefix(top))))
            }
            seen.formUnion(entries.keys)
        }
        return result
    }
}
