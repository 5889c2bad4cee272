import Foundation
import Testing
@testable import ZhText

/// Range, Juilland's D and Gries' DP against values worked out by hand.
@Suite struct DispersionTests {
    func close(_ value: Double?, _ expected: Double, within tolerance: Double = 1e-9) -> Bool {
        guard let value else { return false }
        return abs(value - expected) <= tolerance
    }

    /// Parts of 10, 10 and 20 words; the term 1, 0 and 3 times (f = 4).
    /// Shares s = .25, .25, .5; proportions v/f = .25, 0, .75:
    /// DP = ½ (|.25 − .25| + |0 − .25| + |.75 − .5|) = ½ (0 + .25 + .25) = 0.25.
    /// Relative frequencies p = .1, 0, .15: mean μ = .25 / 3 = .083333;
    /// σ² = (.01 + .0225) / 3 − μ² = .0108333 − .0069444 = .0038889, σ = .0623610;
    /// V = σ / μ = .7483315; D = 1 − V / √2 = 1 − .5291503 = 0.4708497.
    @Test func unevenPartsWorkedByHand() {
        let dispersion = Dispersion(counts: [1, 0, 3], sizes: [10, 10, 20])
        #expect(dispersion.parts == 3)
        #expect(dispersion.range == 2)
        #expect(close(dispersion.dp, 0.25))
        #expect(close(dispersion.juillandD, 0.4708497, within: 1e-7))
    }

    /// Spread as the parts are: D = 1, DP = 0. All in one part of two equal ones: V = 1 = √(n − 1),
    /// so D = 0, and DP = ½ (|1 − .5| + |0 − .5|) = 0.5.
    @Test func evenAndConcentratedExtremes() {
        let even = Dispersion(counts: [2, 2, 4], sizes: [5, 5, 10])
        #expect(close(even.juillandD, 1))
        #expect(close(even.dp, 0))
        let lumped = Dispersion(counts: [6, 0], sizes: [100, 100])
        #expect(close(lumped.juillandD, 0))
        #expect(close(lumped.dp, 0.5))
        #expect(lumped.range == 1)
    }

    /// D needs two parts; DP of one part is 0.
    @Test func onePartHasNoJuillandD() {
        let single = Dispersion(counts: [3], sizes: [50])
        #expect(single.juillandD == nil)
        #expect(close(single.dp, 0))
    }

    /// Only the parts where a term occurs need be given: the rest add their shares to DP.
    @Test func sparseOccurrencesGiveTheSameAsEveryPart() {
        let full = Dispersion(counts: [0, 4, 0, 1, 0], sizes: [30, 10, 20, 25, 15])
        let sparse = Dispersion(occurrences: [(4, 10), (1, 25)], parts: 5, totalSize: 100)
        #expect(close(sparse.dp, full.dp))
        #expect(close(sparse.juillandD, full.juillandD!))
    }
}

/// The chi-squared test of homogeneity behind `trend` without --term.
@Suite struct TrendStatisticsTests {
    func close(_ value: Double, _ expected: Double, within tolerance: Double = 1e-9) -> Bool { abs(value - expected) <= tolerance }

    /// Closed forms: one degree of freedom is erfc(√(x/2)); two is e^(−x/2). Table values: the
    /// 5 % points of 5 and 10 degrees of freedom are 11.0705 and 18.3070.
    @Test func upperTailMatchesClosedFormsAndTables() {
        for x in [0.5, 1.0, 3.84, 10.0, 30.0] {
            #expect(close(ChiSquaredDistribution.upperTail(x, degreesOfFreedom: 1), erfc((x / 2).squareRoot()), within: 1e-12))
            #expect(close(ChiSquaredDistribution.upperTail(x, degreesOfFreedom: 2), exp(-x / 2), within: 1e-12))
        }
        #expect(close(ChiSquaredDistribution.upperTail(11.0705, degreesOfFreedom: 5), 0.05, within: 1e-5))
        #expect(close(ChiSquaredDistribution.upperTail(18.3070, degreesOfFreedom: 10), 0.05, within: 1e-5))
        #expect(ChiSquaredDistribution.upperTail(0, degreesOfFreedom: 3) == 1)
    }

    /// 2 and 8 occurrences in two groups of 100 words: N = 200, the term 10 times, E = 5 in
    /// each group and 95 for the other words. X² = 9/5 + 9/5 + 9/95 + 9/95 = 3.789474, one
    /// degree of freedom; per million 20,000 then 80,000, a slope of 60,000 per period.
    @Test func homogeneityWorkedByHand() {
        let change = TrendChange(counts: [2, 8], totals: [100, 100])
        #expect(close(change.chiSquared, 3.789474, within: 1e-6))
        #expect(change.degreesOfFreedom == 1)
        #expect(close(change.pValue, erfc((3.789474 / 2).squareRoot()), within: 1e-6))
        #expect(close(change.slope, 60_000))
    }

    /// Equal rates everywhere: no change, p = 1; one group: nothing to test.
    @Test func evenOrSingleGroupsShowNoChange() {
        let even = TrendChange(counts: [1, 2, 3], totals: [100, 200, 300])
        #expect(close(even.chiSquared, 0, within: 1e-12))
        #expect(close(even.pValue, 1))
        let single = TrendChange(counts: [4], totals: [100])
        #expect(single.degreesOfFreedom == 0)
        #expect(single.pValue == 1)
    }
}
