/// Small numbers for the characters of a lexicon's words, the trie's alphabet, and what the
/// lexicon says about each character.
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
    /// By code: the character's cost as a word of its own, or `.nan`.
    var singleCost: [Float]
    /// By code: how likely the character stands alone rather than inside a longer word,
    /// `p(alone) / (p(alone) + p(inside))` with word probabilities `exp(-cost / 10)`.
    var standalone: [Float]
    /// By code: the part-of-speech tag most often found on the lexicon's words of two or more
    /// characters that end in the character (proper nouns left out), a guess for words the
    /// lexicon lacks.
    var finalTag: [UInt8]

    /// Tags left out of the guess for unknown words: a word only ICU knows is rarely a name.
    static let properNounTags: Set<UInt8> = Set(["nr", "nrfg", "nrt", "ns", "nt", "nz"].map { PartOfSpeech($0).rawValue })

    /// Cost units per unit of natural log probability used to weigh words against each other
    /// (ICU's costs grow by about 7 to 15 per nat; see `CostScale`).
    static let probabilityScale: Double = 10

    init(table: [UInt16], count: Int, singleCost: [Float], standalone: [Float], finalTag: [UInt8]) {
        self.table = table
        self.count = count
        self.singleCost = singleCost
        self.standalone = standalone
        self.finalTag = finalTag
    }

    init(words: [String], costs: [Float], tags: [UInt8]) {
        let tagCount = PartOfSpeech.names.count
        var finalTags = [UInt32](repeating: 0, count: 0x10000 * tagCount)
        var weight = [Double](repeating: 0, count: 0x10000)
        var alone = [Double](repeating: 0, count: 0x10000)
        var cheapestAlone = [Float](repeating: .nan, count: 0x10000)
        var seen = [Bool](repeating: false, count: 0x10000)
        for (index, (word, cost)) in zip(words, costs).enumerated() {
            let probability = Double.exp(-Double(cost) / Self.probabilityScale)
            let scalars = word.unicodeScalars
            if scalars.count == 1, let only = scalars.first, only.value < 0x10000 {
                alone[Int(only.value)] += probability
                let previous = cheapestAlone[Int(only.value)]
                cheapestAlone[Int(only.value)] = previous.isNaN ? cost : min(previous, cost)
            }
            for scalar in scalars where scalar.value < 0x10000 {
                if scalars.count > 1 { weight[Int(scalar.value)] += probability }
                seen[Int(scalar.value)] = true
            }
            if scalars.count > 1, tags[index] != 0, !Self.properNounTags.contains(tags[index]),
               let last = scalars.last, last.value < 0x10000 {
                finalTags[Int(last.value) * tagCount + Int(tags[index])] += 1
            }
        }
        let characters = (0..<0x10000).filter { seen[$0] }.sorted {
            weight[$0] + alone[$0] > weight[$1] + alone[$1]
        }
        precondition(characters.count < Int(UInt16.max), "too many distinct characters for 16-bit codes")
        var table = [UInt16](repeating: 0, count: 0x10000)
        var singleCost = [Float](repeating: .nan, count: characters.count + 1)
        var standalone = [Float](repeating: 0, count: characters.count + 1)
        var finalTag = [UInt8](repeating: 0, count: characters.count + 1)
        for (index, value) in characters.enumerated() {
            table[value] = UInt16(index + 1)
            let counts = finalTags[(value * tagCount)..<((value + 1) * tagCount)]
            if let top = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[top] > 0 {
                finalTag[index + 1] = UInt8(top - value * tagCount)
            }
            singleCost[index + 1] = cheapestAlone[value]
            let total = alone[value] + weight[value]
            standalone[index + 1] = total > 0 ? Float(alone[value] / total) : 0
        }
        self.init(
            table: table, count: characters.count, singleCost: singleCost, standalone: standalone, finalTag: finalTag)
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
