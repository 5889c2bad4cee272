import Foundation

/// How likely a string the lexicon lacks is a place name: a name of one to three characters
/// and a suffix of `Data/place-suffixes.txt` (县, 市, 村, 溪, 街道 …), possibly two (青杠 沟 村).
///
/// Counted over the lexicon's own place names (words tagged `ns` that end in a suffix): each
/// name character's share among the names' characters (add-k smoothed), and each suffix's
/// share among the suffixes. A place's cost is `rate + Σ character costs + Σ suffix costs`
/// on the lattice's scale (`CostScale.slope × −ln p`), so it beats single characters (青 杠 沟
/// 村) but not the lexicon's words (大 城市 stays, as 大城 is a likelier place than nothing but
/// 城市 a far likelier word).
struct PlaceModel: Sendable, Hashable {
    /// By character code: the cost of the character in a place name (`.nan`: never seen in one).
    var character: [Float]
    /// By character code: the cost of the single-character suffix that starts with it
    /// (`.nan`: none); 街道's cost sits at 街.
    var suffix: [Float]

    /// The prior probability that a token the lexicon lacks is a place name.
    static let placeRate = 0.02

    /// The cost every place pays once (included in each suffix's cost).
    static let rateCost = Float(Double(CostScale.slope) * -log(placeRate))

    static let suffixes: [String] = WordList.named("place-suffixes").words

    static let empty = PlaceModel(character: [.nan], suffix: [.nan])

    init(character: [Float], suffix: [Float]) {
        self.character = character
        self.suffix = suffix
    }

    init(words: [String], tags: [UInt8], codes: CharacterCodes) {
        let size = codes.count + 1
        var characters = [Double](repeating: 0, count: size)
        var suffixCounts: [String: Double] = [:]
        let place = PartOfSpeech("ns").rawValue
        let slope = Double(CostScale.slope)
        for (word, tag) in zip(words, tags) where tag == place {
            guard let suffix = Self.suffixes.first(where: { word.hasSuffix($0) }) else { continue }
            let name = word.unicodeScalars.dropLast(suffix.unicodeScalars.count)
            guard (1...3).contains(name.count) else { continue }
            suffixCounts[suffix, default: 0] += 1
            for scalar in name where scalar.value < 0x10000 {
                let code = Int(codes.table[Int(scalar.value)])
                if code != 0 { characters[code] += 1 }
            }
        }
        let total = characters.reduce(0, +) + 0.05 * Double(size)
        character = characters.map { Float(slope * -log(($0 + 0.05) / total)) }
        let suffixTotal = suffixCounts.values.reduce(0, +) + Double(Self.suffixes.count)
        var suffix = [Float](repeating: .nan, count: size)
        for name in Self.suffixes {
            guard let first = name.unicodeScalars.first, first.value < 0x10000 else { continue }
            let code = Int(codes.table[Int(first.value)])
            guard code != 0 else { continue }
            suffix[code] = Float(slope * -log(Self.placeRate) + slope * -log(((suffixCounts[name] ?? 0) + 1) / suffixTotal))
        }
        self.suffix = suffix
    }
}
