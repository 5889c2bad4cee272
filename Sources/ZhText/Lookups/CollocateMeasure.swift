import Foundation

/// An association measure between a node word and a collocate, from four counts: the
/// co-occurrences in the span f(xy), the node's frequency f(x), the collocate's frequency f(y)
/// and the running words N. No span correction is applied (as in Sketch Engine's statistics).
public enum CollocateMeasure: String, Sendable, CaseIterable, Hashable {
    /// 14 + log₂(2·f(xy) / (f(x) + f(y))) (Rychlý 2008); at most 14 when every occurrence of
    /// both is a co-occurrence, independent of corpus size.
    case logdice
    /// Pointwise mutual information, log₂(f(xy)·N / (f(x)·f(y))) (Church & Hanks 1990).
    case mi
    /// MI³, log₂(f(xy)³·N / (f(x)·f(y))) (Daille 1994), which favours frequent pairs.
    case mi3
    /// Log-likelihood G² of the 2×2 table (Dunning 1993): O11 = f(xy), O12 = f(x) − f(xy),
    /// O21 = f(y) − f(xy), O22 = N − f(x) − f(y) + f(xy); cells below 0 count as 0.
    case ll
    /// t-score, (f(xy) − f(x)·f(y)/N) / √f(xy) (Church et al. 1991).
    case t
    /// Dice coefficient, 2·f(xy) / (f(x) + f(y)) (Dice 1945).
    case dice

    /// The measure's column name in tables.
    public var column: String {
        switch self {
        case .logdice: "logdice"
        case .mi: "mi"
        case .mi3: "mi3"
        case .ll: "log_likelihood"
        case .t: "t_score"
        case .dice: "dice"
        }
    }

    /// The measure's name as written in the literature (for the settings line).
    public var name: String {
        switch self {
        case .logdice: "logDice"
        case .mi: "MI"
        case .mi3: "MI3"
        case .ll: "LL"
        case .t: "T-score"
        case .dice: "Dice"
        }
    }

    /// The measure for `cooccurrences` f(xy), `node` f(x), `collocate` f(y) and `words` N.
    public func value(cooccurrences: Int, node: Int, collocate: Int, words: Int) -> Double {
        let fxy = Double(cooccurrences), fx = Double(node), fy = Double(collocate), n = Double(words)
        switch self {
        case .logdice: return 14 + log2(2 * fxy / (fx + fy))
        case .dice: return 2 * fxy / (fx + fy)
        case .mi: return log2(fxy * n / (fx * fy))
        case .mi3: return log2(fxy * fxy * fxy * n / (fx * fy))
        case .t: return (fxy - fx * fy / n) / fxy.squareRoot()
        case .ll:
            let table = ContingencyTable(o11: fxy, o12: max(0, fx - fxy), o21: max(0, fy - fxy),
                                         o22: max(0, n - fx - fy + fxy))
            return table.logLikelihood
        }
    }

    /// Measures from a comma-separated list (`logdice,mi`); an unknown name is an error that
    /// lists the known ones.
    public static func list(_ text: String) throws(CollocateMeasureError) -> [CollocateMeasure] {
        var measures: [CollocateMeasure] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let measure = CollocateMeasure(rawValue: name) else {
                throw CollocateMeasureError(given: String(part))
            }
            if !measures.contains(measure) { measures.append(measure) }
        }
        return measures
    }
}

/// A measure name zhtext does not know.
public struct CollocateMeasureError: Error, CustomStringConvertible, Sendable {
    /// The name given, as written.
    public var given: String
    /// The one-line message naming `given` and listing the known measures.
    public var description: String {
        "unknown measure '\(given)'; the measures are \(CollocateMeasure.allCases.map(\.rawValue).joined(separator: ", "))"
    }
}
