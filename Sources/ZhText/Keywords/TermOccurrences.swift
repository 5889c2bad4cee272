/// Counts how often each of a set of terms occurs in a text, in one pass over the text.
///
/// Occurrences of the same term do not overlap (counted left to right, as splitting the text
/// at the term would); different terms may overlap.
struct TermOccurrences {
    private let terms: [[Unicode.Scalar]: String]
    private let firstScalars: Set<Unicode.Scalar>
    private let lengths: [Int]

    init(terms: some Sequence<String>) {
        var byScalars: [[Unicode.Scalar]: String] = [:]
        for term in terms where !term.isEmpty { byScalars[Array(term.unicodeScalars)] = term }
        self.terms = byScalars
        firstScalars = Set(byScalars.keys.compactMap(\.first))
        lengths = Set(byScalars.keys.map(\.count)).sorted()
    }

    /// The number of occurrences of each term that occurs in `text`.
    func count(in text: String) -> [String: Int] {
        guard !terms.isEmpty else { return [:] }
        let scalars = Array(text.unicodeScalars)
        var counts: [String: Int] = [:]
        var nextAllowed: [String: Int] = [:]
        for start in scalars.indices where firstScalars.contains(scalars[start]) {
            for length in lengths {
                guard start + length <= scalars.count else { break }
                guard let term = terms[Array(scalars[start..<(start + length)])] else { continue }
                if start >= nextAllowed[term, default: 0] {
                    counts[term, default: 0] += 1
                    nextAllowed[term] = start + length
                }
            }
        }
        return counts
    }
}
