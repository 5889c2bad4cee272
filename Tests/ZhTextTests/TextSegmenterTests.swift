import Testing
import ZhText

/// One call segments a string, with nothing imported but ZhText.
@Suite struct TextSegmenterTests {
    static let lexicon = try! Lexicon.standard()
    let segmenter = try! TextSegmenter(lexicon: TextSegmenterTests.lexicon)

    @Test func aStringGivesItsWordsWithTagsAndCharacterOffsets() {
        let tokens = segmenter.tokens(of: "我们在2023年用APP学习。")
        let we = tokens.first { $0.text == "我们" }
        #expect(we?.span == TextSpan(start: 0, end: 2))
        #expect(we?.tag.name.hasPrefix("r") == true)  // a pronoun
        let app = tokens.first { $0.text == "APP" }
        #expect(app?.kind == .latin)
        #expect(app?.span == TextSpan(start: 9, end: 12))
        #expect(tokens.last?.kind == .punctuation)
        #expect(!tokens.contains { $0.kind == .whitespace })
    }

    @Test func sentencesKeepTheirOrder() {
        let sentences = segmenter.sentences(of: "今天下雨。明天晴天！")
        #expect(sentences.map { $0.tokens.map(\.text).joined() } == ["今天下雨。", "明天晴天！"])
    }

    @Test func anEmptyStringHasNoTokens() {
        #expect(segmenter.tokens(of: "").isEmpty)
    }
}
