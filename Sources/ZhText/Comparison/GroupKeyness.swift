/// What each group of documents is compared with (`compare --by KEY --against …`).
public enum GroupReference: String, Sendable, CaseIterable {
    /// All the other documents together.
    case rest
    /// The group before it in order (the previous period, for a date key); the first group,
    /// and the group of documents without a value, have none and are left out.
    case previous
}

/// One group's keywords against its reference.
public struct GroupKeyness: Sendable {
    /// The group compared.
    public var group: GroupKey
    /// The previous group, with `GroupReference.previous`; nil against the rest.
    public var reference: GroupKey?
    /// Every term seen at least `minCount` times in the group and its reference together, in
    /// the order of `KeynessRow.rows`.
    public var rows: [KeynessRow]
}

extension FrequencyCounter {
    /// Each group's keywords against the rest of the corpus or against the group before it:
    /// the counter must count by field keys (`--by source`, `--by date:year`). Groups in
    /// order; the same statistics as `compare --target … --reference …` on the group's
    /// documents and the reference's.
    public func keynessByGroup(against reference: GroupReference, minCount: Int,
                               background: BackgroundModel? = nil) -> [GroupKeyness] {
        let groups = Set(totals.keys).union(counts.keys).sorted()
        var all: [TermKey: Entry] = [:]
        var allTotal = 0
        if reference == .rest {
            for group in groups {
                allTotal += totals[group] ?? 0
                for (key, entry) in counts[group] ?? [:] { all[key, default: Entry()].count += entry.count }
            }
        }
        func corpus(_ entries: [TermKey: Entry], total: Int) -> FrequencyCounter {
            var counter = FrequencyCounter(options: options, grouping: .corpus)
            counter.counts[.corpus] = entries
            counter.totals[.corpus] = total
            return counter
        }
        var result: [GroupKeyness] = []
        for (index, group) in groups.enumerated() {
            let mine = counts[group] ?? [:]
            let target = corpus(mine, total: totals[group] ?? 0)
            switch reference {
            case .rest:
                var rest = all
                for (key, entry) in mine {
                    let left = rest[key]!.count - entry.count
                    rest[key] = left > 0 ? Entry(count: left) : nil
                }
                let restCounter = corpus(rest, total: allTotal - (totals[group] ?? 0))
                result.append(GroupKeyness(group: group, reference: nil,
                                           rows: KeynessRow.rows(target: target, reference: restCounter, minCount: minCount, background: background)))
            case .previous:
                guard index > 0, !group.fields.contains(""), !groups[index - 1].fields.contains("") else { continue }
                let before = groups[index - 1]
                let previous = corpus(counts[before] ?? [:], total: totals[before] ?? 0)
                result.append(GroupKeyness(group: group, reference: before,
                                           rows: KeynessRow.rows(target: target, reference: previous, minCount: minCount, background: background)))
            }
        }
        return result
    }
}
