import Foundation

/// How likely a string the lexicon lacks is a transliterated foreign name (古特雷斯, 冯德莱恩,
/// 奥莫洛): a run of characters that transliterations use, learned from the lexicon's own
/// transliterated names (jieba's `nrt` words, about 5,900: 克拉夫特, 哈布斯堡 …).
///
/// A character counts as a transliteration character when it occurs in at least
/// `minimumNames` of those names; its cost is `CostScale.slope × −ln` of its share of their
/// characters. A run of three to eight such characters is an edge of the lattice at
/// `rate + Σ costs`, so 古 特 雷 斯 become one token while words (特别, 克服) keep winning:
/// their second character is rarely a transliteration character, and a word is cheaper.
struct TransliterationModel: Sendable, Hashable {
    /// By character code: the cost of the character in a transliterated name (`.nan`: not a
    /// transliteration character).
    var character: [Float]

    /// A character must occur in at least this many of the lexicon's transliterated names.
    static let minimumNames = 20
    /// The prior probability that a token the lexicon lacks is a transliterated name.
    static let rate = 0.01
    static let shortest = 3
    static let longest = 8

    static let empty = TransliterationModel(character: [.nan])

    init(character: [Float]) { self.character = character }

    init(words: [String], tags: [UInt8], codes: CharacterCodes) {
        let size = codes.count + 1
        var counts = [Double](repeating: 0, count: size)
        let transliterated = PartOfSpeech("nrt").rawValue
        for (word, tag) in zip(words, tags) where tag == transliterated && word.unicodeScalars.count >= 2 {
            for scalar in Set(word.unicodeScalars) where scalar.value < 0x10000 {
                let code = Int(codes.table[Int(scalar.value)])
                if code != 0 { counts[code] += 1 }
            }
        }
        let total = counts.reduce(0, +)
        let slope = Double(CostScale.slope)
        character = counts.map { $0 >= Double(Self.minimumNames) ? Float(slope * -log($0 / total)) : .nan }
        if let first = character.indices.first { character[first] = .nan }
    }

    /// The cost every transliterated name pays once.
    static let rateCost = Float(Double(CostScale.slope) * -log(rate))
}
