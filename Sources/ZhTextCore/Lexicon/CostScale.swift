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
    static func costToKeepWhole(_ word: [UInt8], in trie: DoubleArrayTrie) -> Float {
        let split = word.withUnsafeBytes { raw in LatticeCost.bestSplit(of: raw, trie: trie) }
        return max(1, min(split - 1, 120))
    }
}

/// The cheapest path through a short word using dictionary words and unknown characters.
enum LatticeCost {
    static func bestSplit(of text: UnsafeRawBufferPointer, trie: DoubleArrayTrie) -> Float {
        var best = [Float](repeating: .infinity, count: text.count + 1)
        best[0] = 0
        var index = 0
        while index < text.count {
            if best[index].isFinite {
                let width = UTF8Width.of(text[index])
                let single = min(index + width, text.count)
                best[single] = min(best[single], best[index] + HanLattice.unknownCost)
                let from = best[index]
                trie.forEachPrefix(in: text, from: index, limit: text.count) { length, cost in
                    best[index + length] = min(best[index + length], from + cost)
                }
            }
            index += 1
        }
        return best[text.count]
    }
}
