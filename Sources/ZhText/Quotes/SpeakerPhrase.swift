import ZhTextCore

/// The speaker and the speech verb of a clause next to a quotation, read from the
/// segmenter's words and tags: the speaker is the noun phrase that is the clause's subject
/// (a person, title and name, pronoun, group or organisation), the verb the whole speech verb
/// at its end. Time and place phrases, adverbials and manner phrases between them are left out:
///
///     国务院副总理吴邦国去年说        → 国务院副总理吴邦国 · 说
///     他斩钉截铁地回答               → 他 · 回答
///     主持人最后总结道               → 主持人 · 总结道
///     赵建国一边走一边说             → 赵建国 · 说
///     江泽民同志在十五大报告中强调    → 江泽民同志 · 强调
///     本报拉萨5月19日电记者宣宇才报道 → (a dateline: no speaker)
struct SpeakerPhrase {
    var speaker: String
    var verb: String
    /// Where the speaker stands in the document (scalar offsets), when it was read from words.
    var span: TextSpan? = nil
    /// The person spoken to (对满仓说 → 满仓, 问丈夫志强 → 丈夫志强): never the speaker, and the
    /// likely speaker of the next turn.
    var listener: String? = nil

    /// Prepositions that open the listener of a speech verb: 对满仓说, 向记者介绍, 冲着他喊.
    static let listenerPrepositions: Set<String> = ["对", "向", "跟", "朝", "冲", "冲着", "朝着", "同", "給", "给"]

    /// The offsets of `text` as a run of whole words in `words` (the first such run).
    static func span(of text: String, in words: [DocumentToken]) -> TextSpan? {
        guard !text.isEmpty else { return nil }
        for start in words.indices where text.hasPrefix(words[start].text) {
            var joined = ""
            var end = start
            while end < words.count, joined.count < text.count {
                joined += words[end].text
                end += 1
            }
            if joined == text { return TextSpan(start: words[start].span.start, end: words[end - 1].span.end) }
        }
        return nil
    }

    /// The listener named in `words` before the verb: the nominal words after the last
    /// listener preposition (对 满仓, 向 在场 的 记者).
    static func listener(in words: [DocumentToken]) -> String? {
        guard let at = words.lastIndex(where: { listenerPrepositions.contains($0.text) && ($0.tag.name == "p" || $0.text.count == 1) }),
              at + 1 < words.count else { return nil }
        // Everything up to the verb (the tagger reads 邻居 老宋 as a verb and a time word): the
        // finder keeps it only when it names a person.
        var text = words[(at + 1)...].map(\.text).joined()
        guard text.count <= 10, !words[(at + 1)...].contains(where: { isVerb($0.text) }) else { return nil }
        if let of = text.lastIndex(of: "的") { text = String(text[text.index(after: of)...]) }
        return text.isEmpty ? nil : text
    }

    /// Whether the word at `index` stands right after a listener preposition (对 田海民): a
    /// listener, not a subject.
    static func isListener(at index: Int, in words: [DocumentToken]) -> Bool {
        var scan = index - 1
        while scan >= 0, scan >= index - 6 {
            let text = words[scan].text
            if listenerPrepositions.contains(text) { return true }
            if !(isNominal(words[scan]) || text == "的" || words[scan].tag.name.hasPrefix("v") && !isVerb(text) || words[scan].tag.name.hasPrefix("a")) { return false }
            scan -= 1
        }
        return false
    }

    /// Whether a word (in either script) is a speech verb (`Data/speech-verbs.txt`); a verb
    /// followed by 道 or 说 (总结道, 介绍说) is one verb.
    static func isVerb(_ word: String) -> Bool { QuoteRules.isSpeechVerb(word) }
    /// Adverbs that jieba's dictionary joins to a speech verb in one word (反复强调).
    static let repeatedAdverbs = ["反复", "一再", "多次", "再次", "曾经", "一直", "常常", "总是", "也曾", "再三"]

    /// What may follow a verb inside the verb phrase: its listener (告诉记者, 对我说 is handled
    /// as an adverbial).
    static let listeners: Set<String> = ["记者", "我们", "大家", "我", "他", "她", "他们", "笔者", "同事", "大伙"]

    /// Verbs whose listener may follow them before the quotation (问丈夫志强：).
    static let askingVerbs: Set<String> = ["问", "告诉", "叮嘱", "嘱咐", "提醒", "追问", "反问", "劝", "问道"]

    /// Words that open a clause before its subject and are not part of it.
    static let openers: Set<String> = [
        "据", "对此", "随后", "后来", "当时", "如今", "今天", "会上", "其中", "同时", "此外", "最后", "接着", "然后",
        "也", "也有", "有", "还有", "而", "但", "但是", "不过", "于是", "这时", "那时", "此时", "另外", "另一方面",
        "这时候", "那时候", "这会儿", "临了", "临毕", "末了", "倒是",
    ]

    /// What may follow a speech verb at a clause's end without being part of it: 问了, 喊了一声,
    /// 说了一句话, 说开了 (the colon comes after them).
    static let verbTails: [[String]] = [["了", "一声"], ["了", "一句话"], ["了", "一句"], ["了", "起来"], ["开", "了"], ["了"], ["起来"], ["开"]]
    /// Words that end a place or time phrase opened by 在, 于, 当, 从: 在会上, 在调研时.
    static let localizers: Set<String> = ["上", "中", "时", "期间", "里", "后", "前", "下", "之际", "之时", "以来", "当中", "之中", "时候"]

    /// Tags of words that can belong to a speaker's noun phrase.
    static func isNominal(_ token: DocumentToken) -> Bool {
        let tag = token.tag.name
        return tag.hasPrefix("n") || tag == "vn" || tag == "j" || tag == "eng" || tag == "k" || tag == "b" || tag == "rz"
            || tag == "r" || tag == "nz" || tag == "x" && token.kind == .word
            || (tag == "zg" || tag == "g") && token.text.count == 1
    }

    /// Manner words that the lexicon tags as nouns but that stand between a speaker and the verb.
    static let manner: Set<String> = ["低声", "小声", "大声", "高声", "轻声", "连声", "随口", "当场", "当即", "现场", "一再",
                                      "再三", "一边", "边", "笑着", "哑着", "闷声", "认真", "慢慢", "缓缓"]

    /// Verbs and adjectives that stay inside a speaker's noun phrase before a noun (相关负责人).
    static let modifiers: Set<String> = ["相关", "有关", "分管", "主管", "主要", "老", "新", "年轻", "普通", "前来", "来自"]

    /// Pronouns and words that point back to someone named before (`Data/pronouns.txt`).
    static var pronouns: Set<String> { QuoteRules.pronouns }

    /// The subject of a clause without a speech verb, such as the action between the halves of
    /// an interrupted quote (“胡闹！”德明提高了嗓门，“…”).
    static func subjectOnly(_ tokens: [DocumentToken]) -> String? {
        subject(of: tokens.filter { $0.kind != .punctuation && $0.kind != .whitespace })
    }

    /// The noun phrase that ends `tokens`, read backwards up to 的 or a function word:
    /// 负责工程质量监督的柳塘县住建局相关负责人 → 柳塘县住建局相关负责人.
    static func trailingNounPhrase(_ tokens: [DocumentToken]) -> String {
        var text = ""
        for token in tokens.reversed() {
            guard token.kind == .word, token.text != "的" else { break }
            let single = token.text.count == 1 && !functionCharacters.contains(token.text)
            guard isNominal(token) || modifiers.contains(token.text) || single else { break }
            text = token.text + text
        }
        return text
    }

    /// One-character nouns that end the name of a team or an office (抢险队, 修包组).
    static let organisationSuffixes: Set<String> = ["队", "组", "局", "站", "所", "办", "处", "科", "部", "委", "会", "院", "厅",
                                                     "社", "团", "班", "室", "中心"]

    /// Single characters that never belong to a name.
    static let functionCharacters: Set<String> = ["的", "地", "得", "在", "把", "对", "向", "跟", "着", "了", "就", "也", "又",
                                                   "都", "才", "还", "便", "和", "与", "是", "有", "被", "给", "让"]

    /// Parses `tokens`, a clause that ends where the quotation begins (or a clause after a
    /// quotation): subject, adverbials, speech verb [listener]. Nil when the clause does not
    /// end in a speech verb or has no subject.
    static func parse(_ tokens: [DocumentToken]) -> SpeakerPhrase? {
        var words = tokens.filter { $0.kind != .punctuation && $0.kind != .whitespace }
        guard !words.isEmpty else { return nil }
        // A dateline is not a speaker: 本报北京5月19日电, 新华社记者…报道.
        if words.contains(where: { $0.text == "电" || $0.text == "讯" }), words.first.map({ ["本报", "新华社", "记者"].contains($0.text) }) == true {
            return nil
        }
        let allWords = words
        guard var verb = verbAtEnd(&words) else { return nil }
        // The listener: after 对 before the verb, or after an asking verb (问丈夫志强).
        let listener = listener(in: words) ?? allWords[words.count...]
            .filter { !isVerb($0.text) && $0.text != "道" && $0.text != "说" }.map(\.text).joined().nilIfEmpty
        guard var subject = describedSource(words) ?? subject(of: words) ?? namedPhraseAtEnd(words) else { return nil }
        if verb == "来说" { verb = "说" }
        // 居民自管小组组长、退休教师黄明德, 镇农技站站长冯卫东: when the phrase stops short of a
        // person's name before the verb with nothing adverbial between, the name belongs to it.
        if let start = words.firstIndex(where: { subject.hasPrefix($0.text) }) {
            var length = 0
            var index = start
            while index < words.count, length < subject.count { length += words[index].text.count; index += 1 }
            // Only a phrase without a name of its own reaches for one.
            if words[start..<index].contains(where: { $0.tag.name.hasPrefix("nr") }) { index = words.count }
            var extended = subject
            var scan = index
            while scan < words.count, scan - index < 10 {
                let word = words[scan]
                let tag = word.tag.name
                if tag == "p" && ["在", "对", "向", "跟", "把", "从", "于", "当", "给"].contains(word.text)
                    || tag.hasPrefix("d") || tag == "t" || tag == "uv" || tag == "f" || word.text == "地"
                    || manner.contains(word.text) { break }
                extended += word.text
                if tag.hasPrefix("nr") {
                    subject = extended
                    break
                }
                scan += 1
            }
        }
        if let listener, subject == listener { return nil }
        return SpeakerPhrase(speaker: subject, verb: verb, span: span(of: subject, in: words), listener: listener)
    }

    /// Whether a word names someone by their relation to another (老伴, 妻子, 儿子) or is a noun
    /// for a person (`Data/person-nouns.txt`).
    static func isRelative(_ word: String) -> Bool {
        let folded = QuoteRules.simplified(word)
        return AttributionContext.kin.contains(folded) || QuoteRules.personNouns.contains(folded)
    }

    /// A source described, not named, before the verb: 一位不愿透露姓名的村民, 一名船东, 有网友 —
    /// from the indefinite word or the mark of anonymity to the last noun.
    static func describedSource(_ words: [DocumentToken]) -> String? {
        let folded = words.map { QuoteRules.simplified($0.text) }
        guard let start = folded.indices.first(where: { index in
            QuoteRules.indefiniteOpeners.contains { $0.count >= 2 && folded[index].hasPrefix($0) }
                || QuoteRules.anonymityMarks.contains { folded[index...].prefix(3).joined().hasPrefix($0) }
                || index == 0 && folded[index] == "有" && words.count > 1 && isNominal(words[1])
        }) else { return nil }
        guard start <= 1, let end = words.indices.last(where: { $0 > start && isNominal(words[$0]) && !manner.contains(words[$0].text) })
        else { return nil }
        // Only the noun phrase: verbs only inside a clause closed by 的 (干了八年的老网格员), no
        // preposition, and after it nothing but adverbials before the verb.
        let lastOf = words[start...end].lastIndex(where: { $0.text == "的" }) ?? start
        let text = words[start...end].map(\.text).joined()
        guard text.count <= 20, !words[start...end].contains(where: { $0.tag.name == "p" }),
              !words[(lastOf + 1)...end].contains(where: { $0.tag.name.hasPrefix("v") && $0.tag.name != "vn" }),
              words[(end + 1)...].allSatisfy({ $0.tag.name.hasPrefix("d") || $0.text == "地" || manner.contains($0.text)
                  || $0.tag.name == "p" || listeners.contains($0.text) || isNominal($0) && $0.tag.name != "n" })
        else { return nil }
        return text
    }

    /// Words after a quotation that point to it and name its speaker: SPEAKER [在…时] 的这句话
    /// (“…”市委书记卢某在调研时的这句话，道出了…), 这句话 meaning the quotation.
    static func pointingWords(_ tokens: [DocumentToken]) -> SpeakerPhrase? {
        let words = tokens.filter { $0.kind != .punctuation && $0.kind != .whitespace }
        let joined = words.map(\.text)
        guard let of = joined.indices.first(where: { index in
            joined[index] == "的" && index + 1 < joined.count
                && ["这句话", "这番话", "这段话", "那句话", "这些话", "一席话"].contains(joined[(index + 1)...].prefix(3).joined().prefix(3).description)
        }), of > 0 else { return nil }
        var head = Array(words[..<of])
        // 在调研时: a time or place phrase before 的.
        if let at = head.lastIndex(where: { ["在", "于"].contains($0.text) }), at > 0,
           head[(at + 1)...].last.map({ localizers.contains($0.text) }) == true {
            head = Array(head[..<at])
        }
        guard let subject = subject(of: head), subject.count >= 2 else { return nil }
        return SpeakerPhrase(speaker: subject, verb: "", span: span(of: subject, in: head))
    }

    /// Words after a quotation that point back to it and name its speaker: 这是 SPEAKER
    /// [在…时] VERB 的(一句)话 (“要让群众少跑腿。”这是区长张明在调研时反复强调的一句话).
    static func pointingBack(_ tokens: [DocumentToken]) -> SpeakerPhrase? {
        let words = tokens.filter { $0.kind != .punctuation && $0.kind != .whitespace }
        guard let be = words.prefix(3).firstIndex(where: { $0.text == "是" || $0.text == "这是" || $0.text == "正是" }),
              words[..<be].allSatisfy({ ["这", "这就", "这正", "这也", "这"].contains($0.text) }),
              let of = words.lastIndex(where: { $0.text == "的" }), of > be + 1,
              ["话", "一句话", "一段话", "话语", "原话", "名言"].contains(words[(of + 1)...].map(\.text).joined())
        else { return nil }
        return parse(Array(words[(be + 1)..<of]))
    }

    /// The first clause after a quotation when it opens with the speaker and a speech verb
    /// that the sentence goes on from (“…”孙某说到兴头上，…; “…”她说完，…): the words up to
    /// the first speech verb.
    static func openingSpeaker(_ tokens: [DocumentToken]) -> SpeakerPhrase? {
        let words = tokens.filter { $0.kind != .punctuation && $0.kind != .whitespace }
        guard let verbIndex = words.prefix(6).firstIndex(where: { isVerb($0.text) }), verbIndex > 0,
              verbIndex + 1 < words.count, ["到", "着", "完", "罢", "起", "得"].contains(words[verbIndex + 1].text)
                || words[verbIndex + 1].text.hasPrefix("到") || words[verbIndex + 1].text.hasPrefix("完")
        else { return nil }
        return parse(Array(words[...verbIndex]))
    }

    /// The noun phrase right before the verb when it ends with a person's name, for subjects
    /// the forward reading cannot take whole: 今年七十六岁的退休教师何桂兰 → 教师何桂兰.
    /// Adverbs between the name and the verb are left out: 村里的老支书李德顺常说 → 老支书李德顺.
    static func namedPhraseAtEnd(_ words: [DocumentToken]) -> String? {
        var words = words[...]
        while let last = words.last, last.tag.name.hasPrefix("d") || manner.contains(last.text) { words = words.dropLast() }
        guard let last = words.last, last.tag.isPersonName else { return nil }
        // 对田海民喊道: the person after 对 is spoken to.
        if isListener(at: words.count - 1, in: Array(words)) { return nil }
        let phrase = trailingNounPhrase(Array(words))
        return phrase.isEmpty ? nil : phrase
    }

    /// Takes the speech verb (and its listener) off the end of `words`.
    static func verbAtEnd(_ words: inout [DocumentToken]) -> String? {
        var listener = ""
        if let last = words.last, listeners.contains(last.text), words.count >= 2,
           ["告诉", "问"].contains(words[words.count - 2].text) {
            listener = last.text
            words.removeLast()
        } else if let asking = words.indices.suffix(4).last(where: { askingVerbs.contains(words[$0].text) }),
                  asking < words.count - 1, asking > 0,
                  words[(asking + 1)...].allSatisfy({ isNominal($0) && $0.tag.name != "r" || listeners.contains($0.text) }) {
            // 春燕问丈夫志强：the person asked or told is not the speaker.
            words.removeSubrange((asking + 1)...)
        }
        // 问了：, 喊叫了一声：: the tail after the verb comes off first.
        for tail in verbTails where words.count > tail.count && words.suffix(tail.count).map(\.text) == tail {
            let before = words[words.count - tail.count - 1]
            if isVerb(before.text) || before.tag.name.hasPrefix("v") && (before.text.hasSuffix("说") || before.text.hasSuffix("叫") || before.text.hasSuffix("喊")) {
                words.removeLast(tail.count)
                break
            }
        }
        guard let last = words.last else { return nil }
        var verb: String
        if isVerb(last.text) {
            verb = last.text
        } else if let adverb = repeatedAdverbs.first(where: { last.text.hasPrefix($0) }),
                  isVerb(String(last.text.dropFirst(adverb.count))) {
            // 反复强调, 一再表示: an adverb the lexicon glues to the verb.
            verb = String(last.text.dropFirst(adverb.count))
        } else if last.text.hasSuffix("说") || last.text.hasSuffix("道"),
                  last.text.count == 2 && !last.tag.name.hasPrefix("n") || isVerb(String(last.text.dropLast())) {
            // 来说 (站起身来说), 嗔道, 回忆说: a verb glued to 说 or 道.
            verb = String(last.text)
        } else {
            return nil
        }
        words.removeLast()
        // 总结 道, 介绍 说, 嗔 道: the verb before 道 or 说 belongs to it.
        // (A one-character verb only after a noun: 春燕 嗔 道, but not 少 安 说.)
        if verb == "道" || verb == "说", let before = words.last, before.text != "所",
           isVerb(before.text)
            || before.tag.name.hasPrefix("v") && before.text.count == 2
            || before.tag.name.hasPrefix("v") && before.text.count == 1 && words.count >= 2
                && isNominal(words[words.count - 2]) && words[words.count - 2].text.count >= 2 {
            verb = before.text + verb
            words.removeLast()
        }
        return verb + listener
    }

    /// The subject of a clause whose verb was taken off: past openers and time or place
    /// phrases at its start, the longest run of nominal words (with 的 inside: 修包组的李保民).
    static func subject(of words: [DocumentToken]) -> String? {
        var index = 0
        var skipped = 0
        while index < words.count, skipped < 12 {
            let word = words[index]
            let tag = word.tag.name
            if openers.contains(word.text) || tag == "t" || tag == "c" || (tag == "d" && word.text != "该") {
                index += 1
                skipped += 1
                continue
            }
            if tag == "p", ["在", "于", "当", "从", "自"].contains(word.text),
               let end = words[index...].prefix(10).firstIndex(where: { localizers.contains($0.text) }) {
                index = end + 1
                skipped += 1
                continue
            }
            break
        }
        guard index < words.count else { return nil }
        // A run of single characters at the start is a name the lexicon lacks (德 明, 少 安).
        var end = index
        var text = ""
        var singles = 0
        while end < words.count, words[end].text.count == 1, words[end].kind == .word, singles < 3,
              !functionCharacters.contains(words[end].text),
              !isVerb(words[end].text) {
            text += words[end].text
            singles += 1
            end += 1
        }
        if singles < 2 {
            end = index
            text = ""
        }
        // The noun phrase.
        while end < words.count {
            let word = words[end]
            if manner.contains(word.text) { break }
            // 动情 地: an adverbial, not part of the speaker.
            if end + 1 < words.count, words[end + 1].text == "地" { break }
            // 抢险 队, 修 包 组: a verb and a one-character noun make an organisation's name.
            if word.tag.name.hasPrefix("v"), !isVerb(word.text), end + 1 < words.count,
               organisationSuffixes.contains(words[end + 1].text) {
                text += word.text
                end += 1
                continue
            }
            // A pronoun only opens a phrase (他, 该 负责人), and a name ends it unless a title
            // or 们 follows (刘积仁 运用 他 … is not one phrase).
            if !text.isEmpty, word.tag.name == "r" || word.tag.name == "rr" { break }
            if end > index, words[end - 1].tag.name.hasPrefix("nr"), !QuoteRules.isTitle(word.text),
               !QuoteRules.addressForms.contains(QuoteRules.simplified(word.text)), !["们", "等", "同志"].contains(word.text),
               // 闵某的老伴: a relative or a person of the named one speaks.
               !(word.text == "的" && end + 1 < words.count && isRelative(words[end + 1].text)) { break }
            if isNominal(word) {
                // 该 负责人, 这位 专家: a pointing word opens the phrase, never ends it.
                text += word.text
                end += 1
                continue
            }
            if word.text == "的" || word.tag.name == "m" || word.tag.name == "q" || modifiers.contains(word.text),
               end + 1 < words.count, isNominal(words[end + 1]), !text.isEmpty || word.tag.name != "uj",
               !isVerb(word.text) {
                // 修包组 的 李保民, 相关 负责人, 一 位 老人: inside the phrase when a noun follows.
                text += word.text
                end += 1
                continue
            }
            break
        }
        guard !text.isEmpty, text.count <= 20 else { return nil }
        // A subject made only of a pointing word is no speaker (这, 那).
        if ["这", "那", "这些", "那些", "这里", "那里", "其中"].contains(text) { return nil }
        return text
    }
}

extension String {
    /// nil for the empty string.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
