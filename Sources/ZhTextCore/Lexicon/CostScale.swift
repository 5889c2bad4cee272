import Foundation

/// Turns word frequencies into costs on the scale of ICU's dictionary.
///
/// ICU's costs behave like scaled negative log probabilities. A user lexicon's frequency `f`
/// (out of the lexicon's total `N`) becomes `intercept + slope × −ln(f / N)`; slope and
/// intercept come from a least-squares fit of ICU's costs against −ln(f/N) over the words that
/// ICU's dictionary shares with a large frequency lexicon (see the README's segmentation
/// section for the fit).
struct CostScale {
    static let slope: Float = 7.0
    static let intercept: Float = 0.0

    let total: Double

    init(frequencies: [Double]) {
        total = max(frequencies.reduce(0, +), 1)
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
                best[index + 1] = min(best[index + 1], from + HanLattice.unknownCost)
                storage.view.forEachPrefix(text.baseAddress!, from: index, limit: codes.count) { length, cost in
                    best[index + length] = min(best[index + length], from + cost)
                }
            }
        }
        return max(1, min(best[codes.count] - 1, 120))
    }
}
