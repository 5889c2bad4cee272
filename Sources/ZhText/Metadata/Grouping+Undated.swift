extension Grouping {
    /// The date fields of the grouping's date keys (`date` of `--by date:year`) for which one
    /// of `groups` has an empty value: documents without that date, or with one too vague for
    /// the period, counted under an empty period.
    public func undatedFields(in groups: some Sequence<GroupKey>) -> [String] {
        let keys = fieldKeys
        var found: [String] = []
        for group in groups {
            for (key, value) in zip(keys, group.fields) where value.isEmpty {
                if case .date(let field, _) = key, !found.contains(field) { found.append(field) }
            }
        }
        return found
    }
}

extension FrequencyCounter {
    /// The groups counted (those with running words or terms), in no particular order.
    public var groups: Set<GroupKey> { Set(totals.keys).union(counts.keys) }
}
