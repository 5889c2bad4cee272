import Foundation

/// How evenly a term is spread over the parts of a corpus (its documents, or groups of them).
///
/// With n parts of sizes t₁ … tₙ running words (parts without words left out), the term's
/// counts v₁ … vₙ, its total f = Σ vᵢ, each part's share of the corpus sᵢ = tᵢ / Σ t, and
/// relative frequencies pᵢ = vᵢ / tᵢ:
///
/// - `range`: the parts with vᵢ > 0.
/// - `juilland_d`: Juilland's D (Juilland & Chang-Rodríguez 1964), D = 1 − V / √(n − 1), V the
///   coefficient of variation σ / μ of the pᵢ (σ the population standard deviation). Relative
///   frequencies make parts of unequal size comparable; for parts of equal size it is D on the
///   counts themselves. 1 is perfectly even; undefined (nil) for one part.
/// - `dp`: Gries' deviation of proportions (Gries 2008), DP = ½ Σ |vᵢ / f − sᵢ|: 0 when the term
///   is spread as the parts' sizes are, approaching 1 when it sits in one small part.
public struct Dispersion: Sendable, Hashable {
    /// n, the number of parts.
    public var parts: Int
    /// Number of parts the term occurs in.
    public var range: Int
    /// Juilland's D, 0 to 1 (1 is perfectly even); nil for one part, or when the term does not occur.
    public var juillandD: Double?
    /// Gries' DP, 0 to 1 (0 is spread as the parts' sizes are); 0 when the term does not occur.
    public var dp: Double

    /// The dispersion of a term from its non-zero counts, given as (count, part size) pairs,
    /// over `parts` parts of `totalSize` running words in all. Only the parts where the term
    /// occurs need be given: a part without it adds sᵢ to DP's sum and 0 to the pᵢ.
    public init(occurrences: [(count: Int, size: Int)], parts: Int, totalSize: Int) {
        self.parts = parts
        let counted = occurrences.filter { $0.count > 0 && $0.size > 0 }
        range = counted.count
        let f = Double(counted.reduce(0) { $0 + $1.count })
        let total = Double(max(totalSize, 1))
        var deviation = 0.0, coveredShare = 0.0, sum = 0.0, sumOfSquares = 0.0
        for (count, size) in counted {
            let share = Double(size) / total
            deviation += abs(Double(count) / f - share)
            coveredShare += share
            let p = Double(count) / Double(size)
            sum += p
            sumOfSquares += p * p
        }
        dp = f > 0 ? 0.5 * (deviation + max(0, 1 - coveredShare)) : 0
        guard parts > 1, sum > 0 else {
            juillandD = nil
            return
        }
        let n = Double(parts)
        let mean = sum / n
        let variance = max(0, sumOfSquares / n - mean * mean)
        // V is at most √(n − 1) (all in one part): D from 0 to 1, rounding kept inside.
        juillandD = min(1, max(0, 1 - (variance.squareRoot() / mean) / (n - 1).squareRoot()))
    }

    /// The dispersion of a term with `counts[i]` occurrences in part i of `sizes[i]` words.
    public init(counts: [Int], sizes: [Int]) {
        let parts = sizes.filter { $0 > 0 }.count
        self.init(occurrences: zip(counts, sizes).map { ($0, $1) }, parts: parts, totalSize: sizes.reduce(0, +))
    }
}

/// A frequency row with the term's dispersion over the parts of its group.
public struct DispersionRow: Sendable, Hashable {
    /// The term's row in the frequency list.
    public var frequency: FrequencyRow
    /// Its dispersion over the parts of its group.
    public var dispersion: Dispersion
}

extension FrequencyCounter {
    /// The frequency list of the groups of `grouping` (fields or the corpus) with each term's
    /// dispersion over the parts inside the group: the counter must have counted by
    /// `grouping`'s keys followed by the part keys (`document`, or fields), as
    /// `Grouping.dispersion(by:parts:)` makes them. Groups in order, each by count (descending),
    /// then term.
    public func dispersionRows(grouping: Grouping, minCount: Int = 1, top: Int? = nil) -> [DispersionRow] {
        let outerFields = grouping.fieldKeys.count
        func outer(_ key: GroupKey) -> GroupKey { GroupKey(fields: Array(key.fields.prefix(outerFields)), fieldsFirst: true) }
        var partSizes: [GroupKey: [GroupKey: Int]] = [:]
        for (key, total) in totals { partSizes[outer(key), default: [:]][key] = total }
        var terms: [GroupKey: [TermKey: (count: Int, documents: Int, occurrences: [(count: Int, size: Int)])]] = [:]
        for (key, entries) in counts {
            let group = outer(key)
            let size = totals[key] ?? 0
            var mine = terms[group] ?? [:]
            terms[group] = nil
            for (term, entry) in entries {
                var value = mine[term] ?? (0, 0, [])
                value.count += entry.count
                value.documents += entry.documents
                value.occurrences.append((entry.count, size))
                mine[term] = value
            }
            terms[group] = mine
        }
        var rows: [DispersionRow] = []
        for group in Set(partSizes.keys).union(terms.keys).sorted() {
            let sizes = partSizes[group] ?? [:]
            let totalSize = sizes.values.reduce(0, +)
            let parts = sizes.values.filter { $0 > 0 }.count
            var groupRows: [DispersionRow] = (terms[group] ?? [:]).compactMap { key, value in
                guard value.count >= minCount else { return nil }
                let tokens = key.text
                let words = tokens.split(separator: " ")
                let row = FrequencyRow(group: group, term: words.joined(), tokens: tokens, n: words.count, count: value.count,
                                       documents: value.documents,
                                       perMillion: Double(value.count) / Double(max(totalSize, 1)) * 1_000_000)
                return DispersionRow(frequency: row, dispersion: Dispersion(occurrences: value.occurrences, parts: parts, totalSize: totalSize))
            }
            groupRows.sort { ($0.frequency.count, $1.frequency.tokens) > ($1.frequency.count, $0.frequency.tokens) }
            if let top { groupRows = Array(groupRows.prefix(top)) }
            rows += groupRows
        }
        return rows
    }
}

extension Grouping {
    /// The grouping to count by for dispersion: these keys (fields or the corpus), then the
    /// part keys (`document` or fields); nil when a key cannot be used so.
    public func dispersion(parts: Grouping) throws(GroupingError) -> Grouping {
        guard !isPerDocument else {
            throw GroupingError(message: "--dispersion takes --by fields or date parts (the groups whose parts are measured), not document, essay or section")
        }
        guard !parts.keys.isEmpty, parts.keys.allSatisfy({ $0 == .document || $0.fieldName != nil }) else {
            throw GroupingError(message: "--dispersion-by takes document or fields and date parts, not '\(parts)'")
        }
        guard Set(parts.keys).isDisjoint(with: keys) else {
            throw GroupingError(message: "--dispersion-by \(parts) repeats a key of --by \(self)")
        }
        return Grouping(keys: keys + parts.keys)
    }
}
