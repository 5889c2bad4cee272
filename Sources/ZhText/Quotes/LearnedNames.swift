import ZhTextCore

/// Names learned from one essay's own text, for the names the lexicon lacks: the people the
/// segmenter recovers, and strings of two or three characters that recur where a subject stands
/// (at a clause's start, or after 对 or 和) followed by different words: 少安说, 少安笑着,
/// 对少安 make 少安 a name even when the segmenter glues it to the next character (少安笑).
///
/// A string counts when it is seen at least twice in such places, followed by at least two
/// different characters, with no character that practically never stands in a given name
/// (的, 了, 说 …: the segmenter's list) and not ending with an action (笑, 看). Of a two-character
/// string and a longer name it opens (金俊 in 金俊文 and 金俊武), the short one counts only for
/// the places the long ones do not take. Traditional text is read through its Simplified form.
struct LearnedNames {
    private(set) var names: Set<String> = []
    /// The names also seen as a person (before a speech verb or gesture, or spoken to): only
    /// these stand for people in pronouns and the scene (`occurrences`).
    private(set) var people: Set<String> = []
    private var longest = 0

    /// Characters after which a subject (or a person addressed) can start besides punctuation.
    static let openers: Set<Unicode.Scalar> = ["对", "向", "跟", "和", "给", "叫", "问", "把", "让", "被", "见", "与", "同", "连", "是", "听"]

    /// Actions that often follow a subject without a space (少安笑着说): never the end of a name
    /// (`Data/glued-actions.txt`).
    static let actions: Set<Unicode.Scalar> = Set(WordList.named("glued-actions").words.compactMap {
        $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil
    })

    /// Last characters of places and bodies (石门村, 城西区): no person's name.
    static let placeEnds: Set<Unicode.Scalar> = Set("村镇乡县市区省局厅处科所站队组办院校街路州国部委会社厂场店馆台".unicodeScalars)

    /// First characters of what follows a person's name: speech verbs and gestures.
    static let speakerFollowers: Set<Unicode.Scalar> = {
        var result = Set(QuoteRules.speechVerbs.compactMap { $0.unicodeScalars.first })
        result.formUnion("笑叹瞪皱望看点摇喊叫哭嚷".unicodeScalars)
        return result
    }()

    /// Characters before a person spoken to or about: 对少安, 问少安, 叫少安, 跟少安.
    static let addressMarks: Set<Unicode.Scalar> = Set("对问叫跟向给和让".unicodeScalars)

    static let han: UInt8 = 1, notInName: UInt8 = 2, opener: UInt8 = 4, speakerFollower: UInt8 = 8, addressMark: UInt8 = 16,
               placeEnd: UInt8 = 32

    /// The character classes of the learning pass as bits over the Basic Multilingual Plane (a
    /// table look-up per character instead of set look-ups).
    static let flags: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x10000)
        for value in 0x3400..<0x10000 where CharacterClassTable.of(UInt32(value)) == .han { table[value] |= han }
        func mark(_ scalars: some Sequence<Unicode.Scalar>, _ flag: UInt8) {
            for scalar in scalars where scalar.value < 0x10000 { table[Int(scalar.value)] |= flag }
        }
        mark(QuoteRules.notInNames, notInName)
        mark(openers, opener)
        mark(speakerFollowers, speakerFollower)
        mark(addressMarks, addressMark)
        mark(placeEnds.union(["大"]), placeEnd)
        return table
    }()

    init() {}

    init(names: Set<String>, people: Set<String>? = nil) {
        self.names = names
        self.people = people ?? names
        longest = names.map(\.count).max() ?? 0
    }

    func contains(_ name: String) -> Bool { names.contains(QuoteRules.simplified(name)) }

    /// The longest learned name that `text` starts with (in Simplified form).
    func longestPrefix(of text: String) -> String? {
        let folded = QuoteRules.simplified(text)
        var length = min(longest, folded.count)
        while length >= 2 {
            if names.contains(String(folded.prefix(length))) { return String(text.prefix(length)) }
            length -= 1
        }
        return nil
    }

    /// The longest learned name that `text` ends with (丈夫志强 → 志强).
    func longestSuffix(of text: String) -> String? {
        let folded = QuoteRules.simplified(text)
        var length = min(longest, folded.count)
        while length >= 2 {
            if names.contains(String(folded.suffix(length))) { return String(text.suffix(length)) }
            length -= 1
        }
        return nil
    }

    /// The names of the paragraphs `spans`; `mentions` are the people the segmenter found.
    /// Linear in the text: each place where a subject can start is looked at once.
    static func learn(from spans: [TextSpan], of scalars: [Unicode.Scalar], mentions: [String], lexicon: Lexicon? = nil,
                      steps: WorkCounter? = nil) -> LearnedNames {
        var result = Set<String>()
        for mention in Set(mentions) {
            let folded = QuoteRules.simplified(mention)
            guard (2...4).contains(folded.count),
                  !QuoteRules.titles.contains(where: folded.hasSuffix), !QuoteRules.addressForms.contains(where: folded.hasSuffix)
            else { continue }
            result.insert(folded)
        }
        struct Seen { var count = 0; var follower: UInt32 = 0; var followers = 0; var beforePlace = false; var asPerson = false }
        var seen: [UInt64: Seen] = [:]
        seen.reserveCapacity(min(1 << 20, spans.reduce(0) { $0 + $1.end - $1.start } / 4))
        let flags = Self.flags
        @inline(__always) func has(_ value: UInt32, _ flag: UInt8) -> Bool { value < 0x10000 && flags[Int(value)] & flag != 0 }
        for span in spans {
            steps?.add(span.end - span.start)
            var index = span.start
            while index < span.end {
                let previous = index == span.start ? 0 : QuoteRules.simplified(scalars[index - 1]).value
                let atStart = index == span.start || !isHan(scalars[index - 1]) || has(previous, Self.opener)
                if atStart {
                    var key: UInt64 = 0
                    for length in 1...3 where index + length <= span.end {
                        let value = QuoteRules.simplified(scalars[index + length - 1]).value
                        if !has(value, Self.han) || has(value, Self.notInName) { break }
                        key = key << 21 | UInt64(value)
                        guard length >= 2, index + length < span.end else { continue }
                        let next = QuoteRules.simplified(scalars[index + length]).value
                        let full = key | UInt64(length == 3 ? 1 : 0) << 63
                        seen[full, default: Seen()].count += 1
                        // Seen as a person: before a speech verb or a gesture (少安说, 少安笑), or
                        // spoken to (对少安, 问少安). 江临市, 湖滨大学: a place's or body's name.
                        if has(next, Self.speakerFollower) || index > span.start && has(previous, Self.addressMark) {
                            seen[full]!.asPerson = true
                        }
                        if has(next, Self.placeEnd) { seen[full]!.beforePlace = true }
                        let entry = seen[full]!
                        if entry.followers == 0 || entry.followers == 1 && entry.follower != next {
                            seen[full]!.followers += 1
                            seen[full]!.follower = next
                        }
                    }
                }
                index += 1
            }
        }
        func text(_ key: UInt64) -> String {
            let length = Int(key >> 63) == 1 ? 3 : 2
            var scalarsOfKey: [Unicode.Scalar] = []
            var rest = key & ~(UInt64(1) << 63)
            for _ in 0..<length {
                scalarsOfKey.insert(Unicode.Scalar(UInt32(rest & 0x1F_FFFF)) ?? " ", at: 0)
                rest >>= 21
            }
            return String(String.UnicodeScalarView(scalarsOfKey))
        }
        // Three characters first, then two for the places the three do not take.
        var longTaken: [String: Int] = [:]
        var three: [(String, Seen)] = []
        var two: [(String, Seen)] = []
        for (key, entry) in seen where entry.count >= 2 && entry.followers >= 2 && !entry.beforePlace {
            let name = text(key)
            if name.count == 3 { three.append((name, entry)) } else { two.append((name, entry)) }
        }
        for (name, entry) in three {
            guard let last = name.unicodeScalars.last, !actions.contains(last) else { continue }
            // A two-character name and one character more (少安笑): not a name of three.
            let prefix = String(name.prefix(2))
            if let shorter = seen[key(of: prefix)], shorter.count >= entry.count + 2 { continue }
            result.insert(name)
            longTaken[prefix, default: 0] += entry.count
        }
        // Every three-character string at those places, by its first two (金俊 of 金俊文, 金俊山).
        var extensions: [String: (count: Int, kinds: Int)] = [:]
        let mentionSet = Set(mentions.map(QuoteRules.simplified))
        for (key, entry) in seen where key >> 63 == 1 && (entry.count >= 2 || mentionSet.contains(text(key))) {
            let prefix = String(text(key).prefix(2))
            let old = extensions[prefix] ?? (0, 0)
            extensions[prefix] = (old.count + entry.count, old.kinds + 1)
        }
        for (name, entry) in two where entry.count - longTaken[name, default: 0] >= 2 {
            // Mostly the start of several longer names: a surname and a generation name.
            if let longer = extensions[name], longer.kinds >= 2, longer.count * 2 >= entry.count,
               let first = name.unicodeScalars.first, ChineseNames.surnames.contains(first.value) { continue }
            guard let last = name.unicodeScalars.last, !actions.contains(last) else { continue }
            result.insert(name)
        }
        // A three-character name the segmenter made of a two-character one and the next character
        // (少平看, 兰香揩): the two characters, when they stand as a subject elsewhere too.
        for name in result where name.count == 3 {
            let prefix = String(name.prefix(2))
            // 桂兰问: a name does not end with 问, 说, 了 ….
            if let last = name.unicodeScalars.last, QuoteRules.notInNames.contains(last) {
                result.remove(name)
                result.insert(prefix)
                continue
            }
            guard let last = name.unicodeScalars.last, let shorter = seen[key(of: prefix)], shorter.followers >= 2 else { continue }
            if result.contains(prefix) || QuoteRules.notInNames.contains(last) || actions.contains(last) || shorter.count >= 3 {
                result.remove(name)
                result.insert(prefix)
            }
        }
        // Pronouns, titles, places and the lexicon's own words (物业, 电商) are no names.
        let mentioned = Set(mentions.map(QuoteRules.simplified))
        result = result.filter { name in
            if mentioned.contains(name) { return true }
            if QuoteRules.pronouns.contains(name) || QuoteRules.titleSet.contains(name) { return false }
            if let last = name.unicodeScalars.last, placeEnds.contains(last) { return false }
            // A common noun the lexicon lists (物业, 电商) is no name; a name it lists as a place
            // or a verb (桂兰, 满仓) can be.
            if let lexicon, lexicon.cost(of: name) != nil, let tag = lexicon.tag(of: name)?.name,
               ["n", "nz", "ng", "nt", "vn", "j", "l", "i", "t", "s", "f", "r", "m", "q", "d", "c", "p", "u"].contains(where: { tag == $0 }) {
                return false
            }
            return true
        }
        let asPeople = result.filter { name in
            mentioned.contains(name) || seen[key(of: name)]?.asPerson == true
        }
        return LearnedNames(names: result, people: asPeople)
    }

    /// Where the learned names stand in the paragraphs `spans` (where a subject can start), in
    /// text order, for pronouns and the scene: a second linear pass.
    func occurrences(in spans: [TextSpan], of scalars: [Unicode.Scalar], steps: WorkCounter? = nil) -> [(offset: Int, name: String)] {
        guard !people.isEmpty else { return [] }
        // Names of two and three characters as integer keys, so that the pass makes no strings
        // but for the names it finds.
        let keys = Set(people.filter { (2...3).contains($0.unicodeScalars.count) }.map(Self.key(of:)))
        var result: [(Int, String)] = []
        for span in spans {
            steps?.add(span.end - span.start)
            var index = span.start
            while index < span.end {
                let atStart = index == span.start || !Self.isHan(scalars[index - 1]) || Self.openers.contains(QuoteRules.simplified(scalars[index - 1]))
                if atStart, index + 2 <= span.end, Self.isHan(scalars[index]) {
                    var found = 0
                    let first = UInt64(QuoteRules.simplified(scalars[index]).value)
                    let second = UInt64(QuoteRules.simplified(scalars[index + 1]).value)
                    if index + 3 <= span.end,
                       keys.contains((first << 42 | second << 21 | UInt64(QuoteRules.simplified(scalars[index + 2]).value)) | 1 << 63) {
                        found = 3
                    } else if keys.contains(first << 21 | second) {
                        found = 2
                    }
                    if found > 0 {
                        result.append((index, String(String.UnicodeScalarView(scalars[index..<(index + found)]))))
                        index += found
                        continue
                    }
                }
                index += 1
            }
        }
        return result
    }

    private static func key(of text: String) -> UInt64 {
        var key: UInt64 = 0
        for scalar in text.unicodeScalars { key = key << 21 | UInt64(scalar.value) }
        return key | UInt64(text.unicodeScalars.count == 3 ? 1 : 0) << 63
    }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool { CharacterClassTable.of(scalar.value) == .han }
}
