import Foundation

/// Relates costs to probabilities, and turns word frequencies into costs on the scale of ICU's
/// dictionary.
///
/// ICU's costs behave like scaled negative log probabilities with an offset:
/// `cost ≈ slope × −ln p + intercept`. A least-squares fit of ICU 72's costs against
/// −ln(f/N) over the 77,894 words that ICU's dictionary shares with jieba's `dict.txt`
/// (f: jieba's frequency, N: the sum of its frequencies) gives slope 6.985 and intercept 16.87
/// (r = 0.68). So:
/// - a user lexicon's frequency `f` (out of its own total `N`) becomes
///   `intercept + slope × −ln(f / N)`;
/// - the lattice subtracts the intercept from every edge, so that a path's cost is a sum of
///   `slope × −ln p` terms and long and short paths are compared fairly.
package struct CostScale {
    package static let slope: Float = 6.985
    package static let intercept: Float = 16.87

    let total: Double

    init(frequencies: [Double], total: Double? = nil) {
        self.total = max(total ?? frequencies.reduce(0, +), 1)
    }

    func cost(frequency: Double) -> Float {
        Self.intercept + Self.slope * Float(-log(max(frequency, 1e-9) / total))
    }

    /// A cost for a word without frequency: just below the cheapest way to split it, so it is
    /// kept whole, and never above a typical word's cost.
    static func costToKeepWhole(_ word: String, in trie: DoubleArrayTrie) -> Float {
        let storage = _TrieStorage(trie)
        let codes = word.unicodeScalars.map { $0.value < 0x10000 ? trie.codes.table[Int($0.value)] : 0 }
        var best = [Float](repeating: .infinity, count: codes.count + 1)
        best[0] = 0
        codes.withUnsafeBufferPointer { text in
            for index in 0..<codes.count where best[index].isFinite {
                let from = best[index]
                best[index + 1] = min(best[index + 1], from + HanLattice.unknownCost - CostScale.intercept)
                storage.view.forEachPrefix(text.baseAddress!, from: index, limit: codes.count) { length, cost in
                    best[index + length] = min(best[index + length], from + cost - CostScale.intercept)
                }
            }
        }
        // Back on the dictionary's scale, one below the best split, and never dearer than a
        // typical word.
        return max(CostScale.intercept + 1, min(best[codes.count] + CostScale.intercept - 1, 120))
    }
}
