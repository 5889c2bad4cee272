import Foundation

/// How much more (or less) often a term occurs in a target corpus than in a reference corpus.
///
/// With a = the term's count in the target, b = in the reference, c and d = the corpora's
/// sizes in running words, the contingency table is [[a, c − a], [b, d − b]].
public struct Keyness: Sendable, Hashable {
    /// a: the term's count in the target corpus.
    public var targetCount: Int
    /// b: the term's count in the reference corpus.
    public var referenceCount: Int
    /// c: the target corpus's size, in running words.
    public var targetTotal: Int
    /// d: the reference corpus's size, in running words.
    public var referenceTotal: Int

    /// The keyness of a term with these counts and corpus sizes.
    public init(targetCount: Int, referenceCount: Int, targetTotal: Int, referenceTotal: Int) {
        self.targetCount = targetCount
        self.referenceCount = referenceCount
        self.targetTotal = targetTotal
        self.referenceTotal = referenceTotal
    }

    var table: ContingencyTable {
        ContingencyTable(
            o11: Double(targetCount), o12: Double(targetTotal - targetCount),
            o21: Double(referenceCount), o22: Double(referenceTotal - referenceCount))
    }

    /// Occurrences per million words of the target.
    public var targetPerMillion: Double { Double(targetCount) / Double(max(targetTotal, 1)) * 1_000_000 }
    /// Occurrences per million words of the reference.
    public var referencePerMillion: Double { Double(referenceCount) / Double(max(referenceTotal, 1)) * 1_000_000 }

    /// Log-likelihood G² over the four cells (Rayson & Garside 2000).
    public var logLikelihood: Double { table.logLikelihood }
    /// Pearson's chi-squared over the four cells.
    public var chiSquared: Double { table.chiSquared }
    /// p-value of G² (chi-squared distribution, one degree of freedom).
    public var pValue: Double { ContingencyTable.pValue(chiSquared: logLikelihood) }
    /// p-value of chi-squared.
    public var chiSquaredPValue: Double { ContingencyTable.pValue(chiSquared: chiSquared) }

    /// Log ratio (Hardie 2014): log₂ of the ratio of relative frequencies, a zero count
    /// replaced by 0.5 so the ratio stays finite.
    public var logRatio: Double {
        let a = targetCount == 0 ? 0.5 : Double(targetCount)
        let b = referenceCount == 0 ? 0.5 : Double(referenceCount)
        return log2((a / Double(max(targetTotal, 1))) / (b / Double(max(referenceTotal, 1))))
    }

    /// %DIFF (Gabrielatos & Marchi 2012): the difference of the normalised frequencies as a
    /// percentage of the reference's; infinite when the reference lacks the term.
    public var percentDifference: Double {
        let reference = referencePerMillion
        guard reference > 0 else { return targetPerMillion > 0 ? .infinity : 0 }
        return (targetPerMillion - reference) * 100 / reference
    }

    /// Whether the term is relatively more frequent in the target than in the reference.
    public var direction: Direction {
        Double(targetCount) * Double(referenceTotal) >= Double(referenceCount) * Double(targetTotal) ? .more : .less
    }

    /// Which way a term leans; its raw value is what tables show (`+` or `-`).
    public enum Direction: String, Sendable, Hashable, CaseIterable {
        /// Relatively more frequent in the target (or as frequent).
        case more = "+"
        /// Relatively less frequent in the target.
        case less = "-"
    }
}
