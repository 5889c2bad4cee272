import Testing
@testable import ZhText

/// The summary counts quotations by speaker and terms by text without keeping them.
@Suite struct QuotationSummaryTests {
    @Test func speakersAndTermsAreCountedOncePerDocumentAndEssay() {
        let finder = QuotationFinder()
        let first = DocumentReader().read(text: """
            社区工作

            张华说：“服务要到位，群众才满意。”张华强调：“服务要到位，群众才满意。”大家都说“最多跑一次”好。
            """, source: "a.txt")
        let second = DocumentReader().read(text: """
            调研

            张华说：“问题清单要从居民家里带回来。”李明回答道：“好的，我们马上去办。”会上又提到“最多跑一次”。
            """, source: "b.txt")
        var summary = QuotationSummary()
        summary.add(finder.quotations(in: first))
        summary.add(finder.quotations(in: second))

        let speakers = summary.speakers
        #expect(speakers.map(\.name) == ["张华", "李明"])
        #expect(speakers[0].quotations == 3 && speakers[0].documents == 2 && speakers[0].essays == 2)
        #expect(speakers[0].verbs.map(\.verb) == ["说", "强调"])
        #expect(speakers[0].texts.first?.text == "服务要到位，群众才满意。" && speakers[0].texts.first?.count == 2)
        #expect(summary.terms.map(\.text) == ["最多跑一次"])
        #expect(summary.terms.first?.count == 2 && summary.terms.first?.documents == 2)
    }
}
