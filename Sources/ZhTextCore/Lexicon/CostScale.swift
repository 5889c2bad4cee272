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

    /// The longest piece `costToKeepWhole` looks up: longer dictionary words are rare, and a
    /// split into them hardly changes a cost that is capped at a moderate word's anyway.
    static let maximumPiece = 32

    /// The cost of a word that occurs about once in 100,000 running words.
    static let moderateWordCost: Float = intercept + slope * Float(log(1e5))

    /// A cost for a word without frequency: just below the cheapest way to split it into
    /// words that `cost` knows (or unknown characters), so it is kept whole, and never above a
    /// typical word's cost.
    ///
    /// Pieces are looked up up to `longestPiece` characters long (the longest word `cost`
    /// knows, or less), so a word of n characters takes about n × `longestPiece` look-ups, not
    /// n² look-ups of pieces up to n long (a 2,000-character entry took two minutes).
    static func costToKeepWhole(_ word: String, longestPiece: Int = maximumPiece, cost: (String) -> Float?) -> Float {
        let characters = Array(word)
        let longestPiece = max(1, longestPiece)
        var best = [Float](repeating: .infinity, count: characters.count + 1)
        best[0] = 0
        for start in 0..<characters.count where best[start].isFinite {
            best[start + 1] = min(best[start + 1], best[start] + HanLattice.unknownCost - intercept)
            for end in (start + 1)...min(characters.count, start + longestPiece) {
                if let known = cost(String(characters[start..<end])) {
                    best[end] = min(best[end], best[start] + known - intercept)
                }
            }
        }
        // Back on the dictionary's scale, one below the best split, and never dearer than a
        // typical word.
        return max(intercept + 1, min(best[characters.count] + intercept - 1, 120))
    }
}
