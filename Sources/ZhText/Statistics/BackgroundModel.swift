import Foundation
import ZhTextCore

/// General Chinese as a reference corpus, for keywords of a single essay and for `compare`
/// without a reference.
///
/// A word's relative frequency comes from the lexicon's cost (`CostScale`: jieba's `dict.txt`
/// frequencies, and ICU's costs on the same scale for the words only ICU knows); the model
/// stands for a corpus of `total` running words, the sum of `dict.txt`'s frequencies. A word
/// n-gram's expected count is that of independent words (the product of their relative
/// frequencies). Its inverse document frequency comes from jieba's `analyse/idf.txt` where
/// installed next to `dict.txt`, else from the relative frequency (−ln p).
public struct BackgroundModel: Sendable {
    /// The size of the background corpus in running words: the sum of the frequencies in
    /// jieba's `dict.txt` (60,101,967 in jieba 0.42).
    public static let total = 60_101_967

    let lexicon: Lexicon
    let inverseDocumentFrequency: [String: Double]
    /// The weight of a term the background does not know: jieba's median IDF, or that of a
    /// word seen once in the background.
    let unknownWeight: Double

    /// The background of `lexicon`, with the IDF table at `idfPath` (jieba's format: `word
    /// idf` per line) when given and readable; by default the `analyse/idf.txt` next to the
    /// lexicon's `dict.txt`.
    public init(lexicon: Lexicon, idfPath: String? = nil) {
        self.lexicon = lexicon
        let idfPath = idfPath ?? lexicon.sources.first { $0.kind == "jieba" }
            .map { JiebaDictionary.idfPath(forDictionary: $0.location) }
        var table: [String: Double] = [:]
        if let idfPath, let data = FileManager.default.contents(atPath: idfPath) {
            table.reserveCapacity(280_000)
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                guard let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...]),
                      value.isFinite, value > 0 else { continue }
                table[String(line[..<space])] = value
            }
        }
        inverseDocumentFrequency = table
        if table.isEmpty {
            unknownWeight = log(Double(Self.total))
        } else {
            let sorted = table.values.sorted()
            unknownWeight = sorted[sorted.count / 2]
        }
    }

    /// Whether jieba's IDF table was found and read.
    public var hasIDF: Bool { !inverseDocumentFrequency.isEmpty }

    /// The relative frequency of a word in general Chinese, or nil when the lexicon lacks it.
    public func probability(of word: String) -> Double? {
        guard let cost = lexicon.cost(of: word) else { return nil }
        return exp(-Double(cost - CostScale.intercept) / Double(CostScale.slope))
    }

    /// The expected count of a word n-gram (its words joined by spaces) in `total` running
    /// words of general Chinese; 0 when a word is unknown.
    public func expectedCount(ofTokens tokens: some StringProtocol) -> Double {
        var probability = 1.0
        for word in tokens.split(separator: " ") {
            guard let p = self.probability(of: String(word)) else { return 0 }
            probability *= p
        }
        return probability * Double(Self.total)
    }

    /// How specific a term is in general Chinese: its IDF where jieba's table has it, else
    /// −ln p of the lexicon's word, else `unknownWeight`; never below 0.5.
    public func weight(of term: String) -> Double {
        if let idf = inverseDocumentFrequency[term] { return max(0.5, idf) }
        if let p = probability(of: term) { return max(0.5, min(-log(p), unknownWeight)) }
        return unknownWeight
    }
}
