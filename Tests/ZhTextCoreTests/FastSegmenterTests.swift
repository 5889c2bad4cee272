import Testing
import ZhTextCore

@Suite struct FastSegmenterTests {
    @Test func dictionaryWordsComeOutWhole() {
        #expect(words("我们研究中国的经济问题") == ["我们", "研究", "中国", "的", "经济", "问题"])
    }

    @Test(arguments: [
        ("二○○一年", "二○○一年"), ("三十多", "三十多"), ("第九", "第九"), ("百分之五十", "百分之五十"),
        ("一九九七年七月一日", "一九九七年七月一日"),
    ])
    func hanNumeralsStayWhole(text: String, expected: String) {
        let result = tokens("他在\(text)回来")
        #expect(result.contains { $0.text == expected && $0.kind == .number })
    }

    @Test(arguments: ["3.5%", "12月31日", "１７％", "2023年", "10:30", "1,000", "35万", "第3"])
    func digitNumbersStayWhole(number: String) {
        let result = tokens("大约\(number)的人")
        #expect(result.contains { $0.text == number && $0.kind == .number })
    }

    @Test func wordsThatStartWithNumeralsStillWin() {
        #expect(words("十分重要").first == "十分")
        #expect(words("一些人").first == "一些")
    }

    @Test func latinWordsURLsAddressesAndHashtagsStayWhole() {
        let result = tokens("访问https://example.cn/a?b=1。邮件zhang.hua@example.com，用APP和5G，话题#乡村振兴#和#AI")
        let texts = result.map(\.text)
        #expect(texts.contains("https://example.cn/a?b=1"))
        #expect(texts.contains("zhang.hua@example.com"))
        #expect(texts.contains("APP"))
        #expect(texts.contains("5G"))
        #expect(texts.contains("#乡村振兴#"))
        #expect(texts.contains("#AI"))
        #expect(result.first { $0.text == "APP" }?.kind == .latin)
    }

    @Test func runsOfTheSamePunctuationStayWhole() {
        let result = tokens("他说——这是……真的！！")
        #expect(result.contains { $0.text == "——" && $0.kind == .punctuation })
        #expect(result.contains { $0.text == "……" && $0.kind == .punctuation })
        #expect(result.contains { $0.text == "！！" })
    }

    @Test(.enabled(if: Shared.hasJieba, "names are scored from jieba's dictionary (apt-get install python3-jieba)"))
    func personalNamesAreRecovered() {
        #expect(words("市长张华在会上说", lexicon: Shared.standard).contains("张华"))
        #expect(words("司马光说", lexicon: Shared.standard).first == "司马光")
        let pair = words("李明和王芳来了", lexicon: Shared.standard)
        #expect(pair.contains("李明") && pair.contains("王芳") && pair.contains("和"))
    }

    @Test func productiveSuffixesJoinTheWordBefore() {
        #expect(words("同学们都来了").contains("同学们"))
    }

    @Test func kindsFollowTheText() {
        let kinds = Dictionary(tokens("学习 APP 42，😀").map { ($0.text, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["学习"] == .word)
        #expect(kinds["APP"] == .latin)
        #expect(kinds["42"] == .number)
        #expect(kinds["，"] == .punctuation)
        #expect(kinds[" "] == .whitespace)
        #expect(kinds["😀"] == .symbol)
    }

    @Test func emojiSequencesStayTogether() {
        let family = "👨‍👩‍👧"
        #expect(tokens("好\(family)好").map(\.text) == ["好", family, "好"])
    }

    @Test func otherScriptsAreWords() {
        let result = tokens("東京はすごい")
        #expect(result.contains { $0.text == "はすごい" && $0.kind == .word })
    }
}
