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

    @Test func combiningMarksComposeAndEachCharacterKnowsWhereItWasWritten() {
        var normalizer = TextNormalizer()
        let (output, origins) = normalizer.normalizeWithOrigins(Array("cafe\u{301} café".unicodeScalars))
        #expect(String(String.UnicodeScalarView(output)) == "café café")
        #expect(origins == [0, 1, 2, 3, 5, 6, 7, 8, 9])
    }

    @Test func variationSelectorsAreDroppedSoAWordIsWhole() {
        var normalizer = TextNormalizer()
        let (output, origins) = normalizer.normalizeWithOrigins(Array("去北\u{FE00}京\u{E0100}。".unicodeScalars))
        #expect(String(String.UnicodeScalarView(output)) == "去北京。")
        #expect(origins == [0, 1, 3, 5])
    }

    @Test func textThatIsAlreadyNormalHasNoOrigins() {
        var normalizer = TextNormalizer()
        let text = "我们今天去北京。café naïve Ｇ２０"
        let (output, origins) = normalizer.normalizeWithOrigins(Array(text.unicodeScalars))
        #expect(origins == nil)
        #expect(String(String.UnicodeScalarView(output)) == "我们今天去北京。café naïve G20")
    }

    @Test func compatibilityIdeographsBecomeTheirUnifiedForm() {
        var normalizer = TextNormalizer()
        // U+F900 is canonically equivalent to U+8C48 豈: one character for one.
        let (output, _) = normalizer.normalizeWithOrigins(["\u{F900}"])
        #expect(output == ["\u{8C48}"])
    }

    @Test func aDocumentShowsTheTextAsWrittenAndCountsOffsetsInIt() {
        let document = DocumentReader().read(text: "e\u{301}说：“北\u{FE0F}京好。”\n", source: "w7")
        #expect(document.text == "é说：“北京好。”\n")
        let quotation = QuotationFinder().quotations(in: document)[0]
        #expect(quotation.text == "北京好。")
        #expect(quotation.span == TextSpan(start: 5, end: 10))
        #expect(document.originalText(TextSpan(start: 0, end: document.characterCount)) == "e\u{301}说：“北\u{FE0F}京好。”\n")
        #expect(document.lines() == ["e\u{301}说：“北\u{FE0F}京好。”"])
        #expect(document.lines(normalized: true) == ["é说：“北京好。”"])
    }

    @Test func aChunkIsComposedForSegmentationAndEachByteKnowsWhereItWasWritten() {
        // e + U+0301, a byte that is not UTF-8, 北 + U+FE00 + 京.
        let written: [UInt8] = Array("e\u{301}".utf8) + [0xFF] + Array("北\u{FE00}京".utf8)
        let chunk = TextChunk(bytes: written, offset: 0, source: "chunk", isDecoded: false)
        let composed = chunk.composed()
        #expect(composed?.bytes == Array("é".utf8) + [0xFF] + Array("北京".utf8))
        // é (2 bytes) from byte 0, the bad byte at 3, 北 at 4, 京 at 10 (after the selector's 3 bytes).
        #expect(composed?.origins == [0, 0, 3, 4, 4, 4, 10, 10, 10, 13])
        let plain = TextChunk(bytes: Array("我们今天去北京。café".utf8), offset: 0, source: "chunk", isDecoded: false)
        #expect(plain.composed() == nil)
    }

    @Test func theQuickCheckFindsEveryCharacterOfTheBasicPlaneThatNFCChanges() {
        // Each character alone, written in UTF-8, is flagged exactly when the per-character
        // look-up says NFC or the selector rule may change it.
        var disagreements: [UInt32] = []
        for value in UInt32(0x300)..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let bytes = Array(String(scalar).utf8)
            if TextChunk.mayNeedComposition(bytes) != TextChunk.changes(scalar) { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty)
        #expect(TextChunk.mayNeedComposition(Array("，。“”、：北京".utf8)) == false)
        #expect(TextChunk.mayNeedComposition(Array("北\u{FE0F}".utf8)))
        #expect(TextChunk.mayNeedComposition(Array("\u{F900}".utf8)))
    }
}
