import Foundation
import ZhTextCore

/// General Chinese as a reference corpus, for keywords of a single essay and for `compare`
/// without a reference.
///
/// A word's relative frequency is its frequency in jieba's `dict.txt` over the sum of them all
/// (`size`); for a word `dict.txt` lacks, it comes from the lexicon's cost (`CostScale`: ICU's
/// costs and zhtext's contemporary words on the same scale). A word
/// n-gram's expected count is that of independent words (the product of their relative
/// frequencies). Its inverse document frequency comes from jieba's `analyse/idf.txt` where
/// installed next to `dict.txt`, else from the relative frequency (−ln p).
public struct BackgroundModel: Sendable {
    /// The size of the background corpus in running words when jieba's `dict.txt` cannot be
    /// read: the sum of its frequencies in jieba 0.42.
    public static let jiebaTotal = 60_101_967

    /// The size of the background corpus in running words: the sum of the frequencies of the
    /// lexicon's `dict.txt`.
    public let size: Int

    let lexicon: Lexicon
    let frequencies: [String: Double]
    let inverseDocumentFrequency: [String: Double]
    /// The weight of a term the background does not know: jieba's median IDF, or that of a
    /// word seen once in the background.
    let unknownWeight: Double

    /// The background of `lexicon`, with the IDF table at `idfPath` (jieba's format: `word
    /// idf` per line) when given and readable; by default the `analyse/idf.txt` next to the
    /// lexicon's `dict.txt`. Without `readingFrequencies` (0.1 s saved), relative frequencies
    /// all come from the lexicon's costs.
    public init(lexicon: Lexicon, idfPath: String? = nil, readingFrequencies: Bool = true) {
        self.lexicon = lexicon
        let dictionary = lexicon.sources.first { $0.kind == "jieba" }?.location
        let idfPath = idfPath ?? dictionary.map { JiebaDictionary.idfPath(forDictionary: $0) }
        frequencies = readingFrequencies
            ? dictionary.flatMap { FileManager.default.contents(atPath: $0) }.map(Self.readFrequencies) ?? [:] : [:]
        let sum = frequencies.values.reduce(0, +)
        size = sum >= 1 ? Int(sum) : Self.jiebaTotal
        var table: [String: Double] = [:]
        if let idfPath, let data = FileManager.default.contents(atPath: idfPath) {
            table = Self.readIDF(data)
        }
        inverseDocumentFrequency = table
        if table.isEmpty {
            unknownWeight = log(Double(size))
        } else {
            let sorted = table.values.sorted()
            unknownWeight = sorted[sorted.count / 2]
        }
    }

    /// Reads jieba's `word frequency [tag]` lines; skips lines without a finite positive
    /// frequency.
    static func readFrequencies(_ data: Data) -> [String: Double] {
        var table: [String: Double] = [:]
        table.reserveCapacity(360_000)
        forEachLine(data) { line in
            guard let first = line.firstIndex(of: 0x20), first > 0 else { return }
            let rest = line[(first + 1)...]
            let numberEnd = rest.firstIndex(of: 0x20) ?? line.endIndex
            guard let value = number(UnsafeBufferPointer(rebasing: line[(first + 1)..<numberEnd])) else { return }
            table[String(decoding: UnsafeBufferPointer(rebasing: line[..<first]), as: UTF8.self)] = value
        }
        return table
    }

    /// Reads `word idf` lines (the word is everything before the last space); skips lines
    /// without a finite positive number.
    static func readIDF(_ data: Data) -> [String: Double] {
        var table: [String: Double] = [:]
        table.reserveCapacity(280_000)
        forEachLine(data) { line in
            guard let last = line.lastIndex(of: 0x20), last > 0,
                  let value = number(UnsafeBufferPointer(rebasing: line[(last + 1)...])) else { return }
            table[String(decoding: UnsafeBufferPointer(rebasing: line[..<last]), as: UTF8.self)] = value
        }
        return table
    }

    /// Calls `body` with each line of `data`, without its line break (LF or CR LF).
    static func forEachLine(_ data: Data, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            while start < bytes.count {
                var end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                let next = end + 1
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                start = next
            }
        }
    }

    /// A finite positive number written in `text`, or nil.
    static func number(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        guard !text.isEmpty, let value = Double(Substring(decoding: text, as: UTF8.self)), value.isFinite, value > 0
        else { return nil }
        return value
    }

    /// Whether jieba's IDF table was found and read.
    public var hasIDF: Bool { !inverseDocumentFrequency.isEmpty }

    /// The relative frequency of a word in general Chinese, or nil when the lexicon lacks it.
    public func probability(of word: String) -> Double? {
        if let frequency = frequencies[word] { return frequency / Double(size) }
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
        return probability * Double(size)
    }

    /// How specific a term is in general Chinese: its IDF where jieba's table has it, else
    /// −ln p of the lexicon's word, else `unknownWeight`; never below 0.5.
    public func weight(of term: String) -> Double {
        if let idf = inverseDocumentFrequency[term] { return max(0.5, idf) }
        if let p = probability(of: term) { return max(0.5, min(-log(p), unknownWeight)) }
        return unknownWeight
    }
}
