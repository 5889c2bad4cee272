import Testing
@testable import ZhText

@Suite struct TextNormalizerTests {
    @Test func fullWidthLettersAndDigitsFoldToASCIIWithoutMovingCharacters() {
        var normalizer = TextNormalizer()
        let input = Array("占世界总数的１７％，ＡＰＰ与ａｐｐ。".unicodeScalars)
        let output = normalizer.normalize(input)
        #expect(output.count == input.count)
        #expect(String(String.UnicodeScalarView(output)) == "占世界总数的17％，APP与app。")
    }

    @Test func cjkPunctuationStaysAsItIs() {
        var normalizer = TextNormalizer()
        let text = "“你好”，「世界」！（一）：《书》…"
        #expect(String(String.UnicodeScalarView(normalizer.normalize(Array(text.unicodeScalars)))) == text)
    }

    @Test func simplifiedConvertsTraditionalCharacterByCharacter() {
        var normalizer = TextNormalizer(simplified: true)
        let output = normalizer.normalize(Array("村裡的年輕人回來了".unicodeScalars))
        #expect(String(String.UnicodeScalarView(output)) == "村里的年轻人回来了")
    }
}
