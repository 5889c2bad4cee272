import Testing
@testable import ZhText

@Suite struct DocumentStructureTests {
    let reader = DocumentReader()

    func paragraphTexts(_ document: Document) -> [String] {
        document.paragraphs.map { document.text($0.span) }
    }

    @Test func singleEssayHasTitleParagraphsAndSentences() {
        let document = reader.read(text: "标题一行\n\n第一段。第二句！\n\n第二段？\n", source: "t")
        #expect(document.essays.count == 1)
        let essay = document.essays[0]
        #expect(essay.title == "标题一行")
        #expect(essay.paragraphs.map(\.number) == [1, 2])
        #expect(essay.paragraphs[0].sentences.map { document.text($0.span) } == ["第一段。", "第二句！"])
        #expect(essay.sections == [.body])
    }

    @Test func collectionHeadingIsNeverAnEssay() {
        // The heading's title repeated as the first essay's title, paid markers around the second.
        let text = "乡村振兴调研手记（2篇）\n\n乡村振兴调研手记\n第一篇的内容。\n##paidbegin##\n乡村振兴调研手记\n第二篇的内容。\n##paidend##\n"
        let document = reader.read(text: text, source: "t")
        #expect(document.essays.map(\.number) == [1, 2])
        #expect(document.essays.map { $0.paragraphs.map { document.text($0.span) } } == [["第一篇的内容。"], ["第二篇的内容。"]])
        #expect(!document.diagnostics.contains { $0.message.contains("announces") })
    }

    @Test func sentencesKeepTheirClosingQuotes() {
        let document = reader.read(text: "题\n\n他说：“我们走吧。”大家都笑了……后来呢？！“好。”\n", source: "t")
        let sentences = document.paragraphs[0].sentences.map { document.text($0.span) }
        #expect(sentences == ["他说：“我们走吧。”", "大家都笑了……", "后来呢？！", "“好。”"])
    }

    @Test func paidMarkersSplitSectionsAndNeverReachTheText() {
        let text = "题目\n\n预览段落。\n##paidbegin##\n付费段落一。\n\n付费段落二。\n##paidend##\n结尾段落。\n"
        let document = reader.read(text: text, source: "t")
        let paragraphs = document.paragraphs
        #expect(paragraphs.map(\.section) == [.preview, .paid, .paid, .preview])
        #expect(paragraphTexts(document) == ["预览段落。", "付费段落一。", "付费段落二。", "结尾段落。"])
        #expect(document.markers.map(\.name) == ["paidbegin", "paidend"])
        #expect(document.diagnostics.isEmpty)
    }

    @Test func markerInsideALineIsCutOut() {
        let document = reader.read(text: "题目\n\n前半句。##paidbegin##后半句。\n", source: "t")
        #expect(paragraphTexts(document) == ["前半句。", "后半句。"])
        #expect(document.paragraphs.map(\.section) == [.preview, .paid])
    }

    @Test func unknownMarkerIsRemovedWithAWarningNamingTheLine() throws {
        let document = reader.read(text: "题目\n\n正文##adbreak##继续。\n", source: "x.txt")
        #expect(paragraphTexts(document) == ["正文", "继续。"])
        let warning = try #require(document.diagnostics.first)
        #expect(warning.description == "warning: x.txt: line 3: unknown scraper marker ##adbreak## (removed from the text)")
    }

    @Test func collectionHeadingAndRepeatedTitleStartEssays() {
        let text = "合集标题\n（2篇）\n\n第一篇的正文。\n\n\n\n合集标题\n\n第二篇的正文。\n"
        let document = reader.read(text: text, source: "t")
        #expect(document.essays.map(\.title) == ["合集标题", "合集标题"])
        #expect(document.essays.map(\.number) == [1, 2])
        #expect(document.essays.map { $0.paragraphs.count } == [1, 1])
        #expect(document.diagnostics.isEmpty)
    }

    @Test func essaysOfACollectionWithTheirOwnTitles() {
        let text = "社区工作体会（三篇）\n\n第一篇正文。\n\n\n\n第二篇的标题\n\n第二篇正文。\n\n\n第三篇的标题\n\n第三篇正文。\n"
        let document = reader.read(text: text, source: "t")
        #expect(document.essays.map(\.title) == ["社区工作体会", "第二篇的标题", "第三篇的标题"])
    }

    @Test func shortLineAfterOneBlankLineIsAParagraphNotANewEssay() {
        let text = "合集\n（2篇）\n\n正文。\n\n小标题\n\n正文继续。\n"
        let document = reader.read(text: text, source: "t")
        #expect(document.essays.count == 1)
        #expect(paragraphTexts(document) == ["正文。", "小标题", "正文继续。"])
        #expect(document.diagnostics.map(\.message) == ["collection heading announces 2 essays, found 1"])
    }

    @Test func spansPointIntoTheOriginalText() {
        let document = reader.read(text: "题\n\n数量为１２个，ＡＰＰ。\n", source: "t")
        let span = document.paragraphs[0].span
        #expect(document.text(span) == "数量为12个，APP。")
        #expect(document.originalText(span) == "数量为１２个，ＡＰＰ。")
        #expect(span == TextSpan(start: 3, end: 14))
    }

    @Test func linesKeepTheirCountAndLoseMarkers() {
        let document = reader.read(text: "一\r\n##paidbegin##\n二##x##三\n\n", source: "t")
        #expect(document.lines() == ["一", "", "二三", ""])
    }

    @Test func emptyDocumentHasNoEssaysAndAWarning() {
        let document = reader.read(text: "", source: "empty.txt")
        #expect(document.essays.isEmpty)
        #expect(document.diagnostics.map(\.description) == ["warning: empty.txt: file is empty"])
    }

    @Test func unbalancedQuotesDoNotBreakTheStructure() {
        let text = "题目\n\n四下基层”是一种方法。要带着“理论下基层。\n\n第二段。\n"
        let document = reader.read(text: text, source: "t")
        #expect(paragraphTexts(document) == ["四下基层”是一种方法。要带着“理论下基层。", "第二段。"])
        #expect(document.paragraphs[0].sentences.count == 2)
    }

    @Test(.enabled(if: Fixtures.seedPath != nil, "needs ../shared/corpus/seed"))
    func seedHoldsTwoEssaysWithBothSections() throws {
        let bytes = try Fixtures.bytes(atPath: try #require(Fixtures.seedPath))
        let document = try reader.read(bytes: bytes, source: "seed")
        #expect(document.essays.count == 2)
        #expect(document.essays.map(\.title) == ["第二批主题教育心得体会", "第二批主题教育心得体会"])
        #expect(document.essays[0].sections == [.preview, .paid])
        #expect(document.essays[1].sections == [.paid])
        #expect(document.essays[0].paragraphs.count == 5)
        #expect(document.essays[1].paragraphs.count == 4)
        #expect(paragraphTexts(document).allSatisfy { !$0.contains("##") })
        #expect(document.diagnostics.isEmpty)
    }
}
