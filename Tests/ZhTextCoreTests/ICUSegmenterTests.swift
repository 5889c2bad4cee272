import Testing
import ZhTextCore

@Suite struct ICUSegmenterTests {
    func tokens(_ text: String) throws -> [(String, TokenKind)] {
        let segmenter = try ICUSegmenter()
        let bytes = Array(text.utf8)
        var result: [(String, TokenKind)] = []
        try bytes.withUnsafeBytes { raw in
            try segmenter.segment(raw) { token in
                result.append((String(decoding: bytes[token.range], as: UTF8.self), token.kind))
            }
        }
        return result
    }

    @Test func tokensCoverTheInputExactly() throws {
        let text = "我们在2023年用APP学习，效果很好！ 😀\n下一行"
        let result = try tokens(text)
        #expect(result.map(\.0).joined() == text)
    }

    @Test func tokenKindsFollowTheirCharacters() throws {
        let result = try tokens("学习 APP 42，😀")
        let kinds = Dictionary(result.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["学习"] == .word)
        #expect(kinds["APP"] == .latin)
        #expect(kinds["42"] == .number)
        #expect(kinds["，"] == .punctuation)
        #expect(kinds[" "] == .whitespace)
        #expect(kinds["😀"] == .symbol)
    }

    @Test func dictionaryWordsAreKeptTogether() throws {
        let words = try tokens("中华人民共和国成立了").map(\.0)
        #expect(words.count < 6)
        #expect(words.joined() == "中华人民共和国成立了")
    }

    @Test func emptyInputGivesNoTokens() throws {
        #expect(try tokens("").isEmpty)
    }
}
