/// Small numbers for the characters of a lexicon's words, the trie's alphabet.
///
/// Codes start at 1 and go to frequent characters first (by the summed probability of the
/// words they occur in), so the transitions the segmenter takes most often sit close together
/// in memory. Characters that occur in no word, and all characters beyond the BMP, have no
/// code (0).
struct CharacterCodes: Sendable, Hashable {
    /// The code of each BMP code point.
    var table: [UInt16]
    /// Number of codes given out.
    var count: Int

    init(table: [UInt16], count: Int) {
        self.table = table
        self.count = count
    }

    init(words: [String], costs: [Float]) {
        var weight = [Double](repeating: 0, count: 0x10000)
        var seen = [Bool](repeating: false, count: 0x10000)
        for (word, cost) in zip(words, costs) {
            let probability = Double.exp(-Double(cost) / 10)
            for scalar in word.unicodeScalars where scalar.value < 0x10000 {
                weight[Int(scalar.value)] += probability
                seen[Int(scalar.value)] = true
            }
        }
        let characters = (0..<0x10000).filter { seen[$0] }.sorted { weight[$0] > weight[$1] }
        precondition(characters.count < Int(UInt16.max), "too many distinct characters for 16-bit codes")
        var table = [UInt16](repeating: 0, count: 0x10000)
        for (index, value) in characters.enumerated() { table[value] = UInt16(index + 1) }
        self.init(table: table, count: characters.count)
    }

    /// The codes of `word`'s characters, or nil if one of them has none.
    func codes(of word: String) -> [UInt16]? {
        var result: [UInt16] = []
        for scalar in word.unicodeScalars {
            guard scalar.value < 0x10000 else { return nil }
            let code = table[Int(scalar.value)]
            guard code != 0 else { return nil }
            result.append(code)
        }
        return result.isEmpty ? nil : result
    }
}

extension Double {
    fileprivate static func exp(_ x: Double) -> Double { Foundation.exp(x) }
}

import Foundation
