/// Turns speakers as written into canonical names: titles and honorifics off
/// (市长张华 → 张华, 习近平总书记 → 习近平), bare titles and pronouns resolved to the person
/// who last held or was named by them, and user aliases applied.
struct SpeakerNames {
    /// Titles and honorifics, longest first so that 总书记 is found before 书记.
    static let titles: [String] = [
        "总书记", "副书记", "村支书", "支书", "书记", "同志", "先生", "女士", "主席", "总理", "省长", "市长",
        "县长", "区长", "镇长", "乡长", "村长", "部长", "局长", "厅长", "处长", "科长", "主任", "委员", "院长",
        "校长", "所长", "站长", "社长", "会长", "董事长", "总经理", "经理", "教授", "研究员", "院士", "老师",
        "博士", "医生", "记者", "馆长", "队长", "组长", "网格员", "河长", "代表", "教师", "茶农", "果农", "村民",
        "居民", "干部", "总指挥", "指挥长", "秘书长", "理事长", "行长", "厂长", "主编", "总监", "副总理", "副市长", "副县长",
        // Traditional forms.
        "總書記", "書記", "村長", "縣長", "市長", "鎮長", "鄉長", "區長", "局長", "處長", "校長", "院長", "醫生", "記者",
        "老師", "董事長", "總經理", "經理", "會長", "社長", "組長", "隊長", "主席", "總理", "議員", "教授", "先生", "女士",
    ].sorted { $0.count > $1.count }

    /// Words that make a title refer to someone unnamed: 这位书记, 一位社区书记, 镇党委书记.
    static let unnamed: Set<Character> = ["一", "某", "这", "那", "该", "位", "名", "个", "委", "局", "办", "站", "村",
                                          "区", "镇", "县", "市", "省", "部", "厅", "处", "道", "组", "会", "室"]

    static let pronouns: Set<String> = ["他", "她", "他们", "她们", "其"]

    /// Forms of address that mark a woman.
    static let femaleMarks = ["女士", "小姐", "阿姨", "大娘", "大妈", "阿婆", "奶奶", "大姐", "姐姐", "妹妹", "嫂子", "婆婆", "姑娘", "她"]

    /// Forms of address after a surname that name a person (黄小姐, 陈师傅, 钱阿婆).
    static let address: Set<String> = ["小姐", "女士", "先生", "师傅", "阿婆", "大娘", "大爷", "阿姨", "大妈", "大姐", "大哥", "老师"]

    /// Whether a speaker as written marks a woman (true) or says nothing of it (nil).
    static func isFemale(_ speaker: String) -> Bool? {
        femaleMarks.contains { speaker.hasSuffix($0) } ? true : nil
    }

    /// The word a pointing speaker refers back with: 该负责人 → 负责人, 这位专家 → 专家.
    static func pointer(_ speaker: String) -> String? {
        for prefix in ["这位", "这名", "该", "此"] where speaker.hasPrefix(prefix) && speaker.count > prefix.count {
            return String(speaker.dropFirst(prefix.count))
        }
        return nil
    }

    /// Sources of citations rather than speakers.
    static let citationSources: Set<String> = [
        "古人", "俗话", "老话", "常言", "古语", "俗语", "谚语", "先贤", "前人", "古诗", "诗", "书", "子", "孔子", "孟子", "老子", "庄子", "荀子",
    ]

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
        if let of = speaker.lastIndex(of: "的"), speaker.index(after: of) < speaker.endIndex, !Self.isCitationSource(speaker) {
            return canonical(String(speaker[speaker.index(after: of)...]))
        }
        // 省委书记贺建国同志: 同志 after a titled name.
        if speaker.hasSuffix("同志"), speaker.count > 4 { return canonical(String(speaker.dropLast(2))) }
        if Self.pronouns.contains(speaker) { return lastPerson ?? "" }
        if Self.isCitationSource(speaker) {
            return speaker.trimmingCharacters(in: ["《", "》"])
        }
        if let alias = aliases[speaker] { return remember(alias) }
        if Self.titles.contains(speaker) { return holders[speaker] ?? speaker }
        if !speaker.contains(where: Self.unnamed.contains), !Self.titles.contains(where: speaker.includes),
           (2...4).contains(speaker.count) {
            return remember(aliases[speaker] ?? speaker)
        }
        for title in Self.titles {
            guard let range = speaker.literalRange(of: title, backwards: true) else { continue }
            let before = String(speaker[..<range.lowerBound]), after = String(speaker[range.upperBound...])
            if after.isEmpty {
                if (2...4).contains(before.count), !before.contains(where: Self.unnamed.contains) {
                    holders[title] = before
                    return remember(aliases[before] ?? before)
                }
                // 这位书记, 镇党委书记: whoever held the title earlier, else as written.
                return holders[title] ?? speaker
            }
            if (2...3).contains(after.count), !after.contains(where: Self.unnamed.contains) {
                holders[title] = after
                return remember(aliases[after] ?? after)
            }
        }
        return remember(speaker)
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
