import Foundation
import Testing
import ZhTextCore
@testable import ZhText

/// Entities: forms resolved by aliases, mentions counted once, quotations counted per speaker.
@Suite struct EntityCounterTests {
    func counter(_ texts: [String], aliases: [String: String]) -> EntityCounter {
        var counter = EntityCounter(aliases: aliases)
        let tokenizer = DocumentTokenizer(lexicon: FrequencyTests.lexicon)
        let finder = QuotationFinder(aliases: aliases, lexicon: FrequencyTests.lexicon)
        for (index, text) in texts.enumerated() {
            let document = DocumentReader().read(text: text, source: "d\(index)")
            counter.add(tokenizer.sentences(of: document), quotations: finder.quotations(in: document), of: document, index: index)
        }
        return counter
    }

    @Test func aliasesJoinFormsAndMentionsAreNotCountedTwice() throws {
        let aliases = QuotationFinder.aliases(fromText: "王小明 小明\n")
        let texts = ["题目\n\n王小明说：“我们要把服务做好。”\n\n小明又说：“还要坚持下去。”\n", "题目\n\n今天没有人说话。\n",
                     "题目\n\n记者见到了王小明。\n"]
        let rows = counter(texts, aliases: aliases).rows()
        let person = try #require(rows.first { $0.entity == "王小明" })
        #expect(person.kind == .person)
        // 王小明 once and 小明 once in the first document (小明 inside 王小明 not again), 王小明 in the third.
        #expect(person.mentions == 3)
        #expect(person.documents == 2)
        #expect(person.aliases == ["小明"])
        #expect(person.firstDocument == "d0")
        #expect(person.quoted >= 1)
        #expect(!rows.contains { $0.entity == "小明" })
    }

    @Test func piecesOfOneDocumentAreOneDocument() {
        let text = "题目\n\n记者见到了王小明。\n"
        var whole = counter([text], aliases: [:])
        whole.merge(counter([text], aliases: [:]))
        // The same index twice: as the pieces of one large file.
        let rows = whole.rows()
        #expect(rows.contains { $0.entity == "王小明" && $0.mentions == 2 })
        #expect(rows.allSatisfy { $0.documents == 1 })
    }
}
