/// Lists for recognising Chinese personal names, read from the data files in `Data/` (written
/// for zhtext from general knowledge of Chinese surnames, titles and function words).
package enum ChineseNames {
    /// Common one-character surnames (`Data/surnames.txt`).
    package static let surnames: Set<UInt32> = characters("surnames")

    /// Surnames that are also very common words or morphemes (和, 方, 高 …): when one of them
    /// stands before an unambiguous surname, the name starts at the second (和李明 → 和 | 李明).
    package static let ambiguousSurnames: Set<UInt32> = characters("ambiguous-surnames")

    /// Two-character surnames (`Data/compound-surnames.txt`).
    static let compoundSurnames: Set<[UInt32]> = Set(listed("compound-surnames"))

    /// Characters that practically never stand in a given name: verbs of saying, place and time
    /// words, particles and other function words.
    static let notInGivenNames: Set<UInt32> = characters("not-in-given-names")

    /// Productive suffixes that make a new word of the word before them (现代化, 朋友们).
    static let suffixes: Set<UInt32> = characters("word-suffixes")

    /// Titles and roles that stand right before a name (镇长周志刚, 记者林晓燕): `Data/titles.txt`,
    /// longest first.
    package static let titles: [[UInt32]] = listed("titles").sorted { $0.count > $1.count }

    /// Words that follow a name: speech verbs, forms of address, and titles after the name
    /// (陈伟坦言, 张华同志, 陈立新主任): `Data/name-followers.txt`.
    static let followers: [[UInt32]] = listed("name-followers")

    /// Whether a two-character surname starts with `first` and `second` (欧阳, 司马 …).
    @inline(__always)
    static func isCompoundSurname(_ first: UInt32, _ second: UInt32) -> Bool {
        compoundSurnameTable[Int(first & 0xFFFF)] != 0 && compoundSurnames.contains([first, second])
    }

    /// Whether a title ends right before `position`.
    @inline(__always)
    static func hasTitle(before position: Int, in scalars: UnsafeMutablePointer<UInt32>, flags: CharacterFlags) -> Bool {
        guard position > 0, flags.has(scalars[position - 1], CharacterFlags.titleEnd) else { return false }
        return titles.contains { title in
            title.count <= position && title.indices.allSatisfy { scalars[position - title.count + $0] == title[$0] }
        }
    }

    /// Whether a follower (a speech verb, 同志, 先生 …) starts at `position`.
    @inline(__always)
    static func hasNameFollower(
        at position: Int, in scalars: UnsafeMutablePointer<UInt32>, limit: Int, flags: CharacterFlags,
        minimumLength: Int = 1
    ) -> Bool {
        guard position < limit, flags.has(scalars[position], CharacterFlags.followerStart) else { return false }
        return followers.contains { word in
            word.count >= minimumLength && position + word.count <= limit && word.indices.allSatisfy { scalars[position + $0] == word[$0] }
        }
    }

    private static let compoundSurnameTable: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x10000)
        for surname in compoundSurnames where surname[0] < 0x10000 { table[Int(surname[0])] = 1 }
        return table
    }()

    /// The one-character entries of a data file, as scalars.
    private static func characters(_ name: String) -> Set<UInt32> {
        Set(WordList.named(name).words.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first!.value : nil })
    }

    /// The entries of a data file, each as scalars, without duplicates.
    static func listed(_ name: String) -> [[UInt32]] {
        var seen = Set<[UInt32]>()
        return WordList.named(name).words.map { $0.unicodeScalars.map(\.value) }.filter { seen.insert($0).inserted }
    }
}

