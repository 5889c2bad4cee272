/// Turns speakers as written into canonical names: titles and honorifics off
/// (市长张华 → 张华, 习近平总书记 → 习近平), bare titles and pronouns resolved to the person
/// who last held or was named by them, and user aliases applied.
struct SpeakerNames {
    /// Titles and honorifics (`Data/titles.txt`, shared with the segmenter), longest first so that
    /// 总书记 is found before 书记. Simplified forms: a speaker is matched through its folded form.
    static var titles: [String] { QuoteRules.titles }

    /// Words that make a title refer to someone unnamed: 这位书记, 一位社区书记, 镇党委书记.
    static let unnamed: Set<Character> = ["一", "某", "这", "那", "该", "位", "名", "个", "委", "局", "办", "站", "村",
                                          "区", "镇", "县", "市", "省", "部", "厅", "处", "道", "组", "会", "室"]

    static var pronouns: Set<String> { QuoteRules.pronouns }

    /// Forms of address after a surname that name a person (黄小姐, 陈师傅, 钱阿婆): `Data/address-forms.txt`.
    static var address: Set<String> { QuoteRules.addressForms }

    /// Whether a speaker as written marks a woman (true) or says nothing of it (nil).
    static func isFemale(_ speaker: String) -> Bool? {
        let folded = QuoteRules.simplified(speaker)
        if folded.hasSuffix("她") || folded == "她们" { return true }
        if QuoteRules.femaleAddressForms.contains(where: folded.hasSuffix) { return true }
        // A given name that ends like a woman's (桂兰, 秀英): a hint the text gives.
        if let last = folded.unicodeScalars.last, QuoteRules.femaleNameEnds.contains(last), (2...3).contains(folded.count),
           !QuoteRules.titles.contains(where: folded.hasSuffix) { return true }
        return nil
    }

    /// The word a pointing speaker refers back with: 该负责人 → 负责人, 这位专家 → 专家.
    static func pointer(_ speaker: String) -> String? {
        for prefix in ["这位", "这名", "该", "此"] where speaker.hasPrefix(prefix) && speaker.count > prefix.count {
            return String(speaker.dropFirst(prefix.count))
        }
        return nil
    }

    /// Sources of citations rather than speakers (`Data/citation-sources.txt`).
    static var citationSources: Set<String> { QuoteRules.citationSources }

    var aliases: [String: String]
    /// The last person seen with each title in the current document (市长 → 张华).
    private var holders: [String: String] = [:]
    /// The last named person in the current essay, for pronouns.
    private(set) var lastPerson: String?

    init(aliases: [String: String] = [:]) {
        self.aliases = aliases
    }

    mutating func startDocument() {
        holders = [:]
        lastPerson = nil
    }

    mutating func startEssay() { lastPerson = nil }

    static func isCitationSource(_ speaker: String) -> Bool {
        citationSources.contains(speaker) || (speaker.hasPrefix("《") && speaker.hasSuffix("》"))
    }

    /// The canonical name for `speaker`; remembers it for later pronouns and bare titles.
    mutating func canonical(_ speaker: String) -> String {
        guard !speaker.isEmpty else { return "" }
        // 修包组的李保民: the person after the last 的.
        if let of = speaker.lastIndex(of: "的"), speaker.index(after: of) < speaker.endIndex, !Self.isCitationSource(speaker),
           // 闵某的老伴 is that person, not any 老伴.
           !(SpeakerPhrase.isRelative(String(speaker[speaker.index(after: of)...])) && (2...4).contains(speaker.distance(from: speaker.startIndex, to: of))) {
            return canonical(String(speaker[speaker.index(after: of)...]))
        }
        // 省委书记贺建国同志: 同志 after a titled name.
        if speaker.hasSuffix("同志"), speaker.count > 4 { return canonical(String(speaker.dropLast(2))) }
        let folded = QuoteRules.simplified(speaker)
        if Self.pronouns.contains(folded) { return lastPerson ?? "" }
        if Self.isCitationSource(speaker) {
            return speaker.trimmingCharacters(in: ["《", "》"])
        }
        if let alias = aliases[speaker] { return remember(alias) }
        if QuoteRules.titleSet.contains(folded) { return holders[folded] ?? speaker }
        if !folded.contains(where: Self.unnamed.contains), !Self.titles.contains(where: folded.includes),
           (2...4).contains(speaker.count) {
            return remember(aliases[speaker] ?? speaker)
        }
        for title in Self.titles {
            guard let range = folded.literalRange(of: title, backwards: true) else { continue }
            // The same characters of the speaker as written (folding keeps the character count).
            let lower = folded.distance(from: folded.startIndex, to: range.lowerBound)
            let before = String(speaker.prefix(lower)), after = String(speaker.dropFirst(lower + title.count))
            if after.isEmpty {
                if (2...4).contains(before.count), !QuoteRules.simplified(before).contains(where: Self.unnamed.contains) {
                    holders[title] = before
                    return remember(aliases[before] ?? before)
                }
                // 这位书记, 镇党委书记: whoever held the title earlier, else as written.
                return holders[title] ?? speaker
            }
            if (2...3).contains(after.count), !QuoteRules.simplified(after).contains(where: Self.unnamed.contains) {
                holders[title] = after
                return remember(aliases[after] ?? after)
            }
        }
        return remember(speaker)
    }

    /// The canonical name for `speaker`, without remembering it (for a person spoken to).
    func canonicalWithoutMemory(_ speaker: String) -> String {
        var copy = self
        return copy.canonical(speaker)
    }

    private mutating func remember(_ name: String) -> String {
        if (2...4).contains(name.count) { lastPerson = name }
        return name
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        var result = Substring(self)
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return String(result)
    }
}
