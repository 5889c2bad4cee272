import Foundation

/// A 2×2 table of observed counts and the association measures computed from it.
///
/// ```
///              term    other
///   target      o11     o12      (row 1)
///   reference   o21     o22      (row 2)
/// ```
/// Expected counts are `row total × column total / N`.
public struct ContingencyTable: Sendable, Hashable {
    /// Observed count of row 1, column 1 (in keyness, the term in the target).
    public var o11: Double
    /// Observed count of row 1, column 2 (in keyness, the target's other running words).
    public var o12: Double
    /// Observed count of row 2, column 1 (in keyness, the term in the reference).
    public var o21: Double
    /// Observed count of row 2, column 2 (in keyness, the reference's other running words).
    public var o22: Double

    /// A table of these four observed counts.
    public init(o11: Double, o12: Double, o21: Double, o22: Double) {
        self.o11 = o11
        self.o12 = o12
        self.o21 = o21
        self.o22 = o22
    }

    /// N, the sum of the four cells.
    public var n: Double { o11 + o12 + o21 + o22 }
    var observed: [Double] { [o11, o12, o21, o22] }

    var expected: [Double] {
        let n = self.n
        let r1 = o11 + o12, r2 = o21 + o22, c1 = o11 + o21, c2 = o12 + o22
        return [r1 * c1 / n, r1 * c2 / n, r2 * c1 / n, r2 * c2 / n]
    }

    /// Log-likelihood G² = 2 Σ O ln(O/E) over all four cells (Dunning 1993; the form used by
    /// Rayson & Garside 2000 and AntConc). Cells with O = 0 add nothing.
    public var logLikelihood: Double {
        2 * zip(observed, expected).reduce(0) { sum, pair in
            pair.0 > 0 && pair.1 > 0 ? sum + pair.0 * log(pair.0 / pair.1) : sum
        }
    }

    /// Pearson's chi-squared Σ (O − E)² / E over all four cells, without continuity correction.
    public var chiSquared: Double {
        zip(observed, expected).reduce(0) { sum, pair in pair.1 > 0 ? sum + (pair.0 - pair.1) * (pair.0 - pair.1) / pair.1 : sum }
    }

    /// Upper-tail probability of a chi-squared statistic with one degree of freedom:
    /// P(X ≥ x) = erfc(√(x/2)). Used for G² as well, which follows the same distribution.
    public static func pValue(chiSquared x: Double) -> Double {
        x <= 0 ? 1 : erfc((x / 2).squareRoot())
    }
}
