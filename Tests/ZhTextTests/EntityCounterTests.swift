import Foundation
import Testing
import ZhTextCore
@testable import ZhText

/// Entities: forms resolved by aliases, mentions counted once, quotations counted per speaker.
@Suite struct EntityCounterTests {
    func counter(_ texts: [String], aliases: [String: String]) -> EntityCounter {
        var counter = EntityCounter(aliases: aliases, lexicon: FrequencyTests.lexicon)
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

    @Test func commonWordsTheDictionaryTagsAsNamesAreNotEntities() {
        // jieba tags 明白 a person's name and 城市, 山村 and 山区 places.
        let text = "题目\n\n大家终于明白了城市和山村的差别。青石县的干部也来到山区。\n"
        let rows = counter([text], aliases: [:]).rows()
        #expect(rows.map(\.entity) == ["青石县"])
        #expect(rows.first?.kind == .place)
    }

    @Test func aPlaceAndTheWordsUpToAnOrganizationSuffixAreOneOrganization() throws {
        let text = "题目\n\n据梧桐县农业农村局统计，今年全县增收明显。局长罗德明说：“我们还要继续努力。”\n"
        let rows = counter([text], aliases: [:]).rows()
        let organization = try #require(rows.first { $0.entity == "梧桐县农业农村局" })
        #expect(organization.kind == .organization)
        #expect(organization.mentions == 1)
        // Its words are not counted apart: no 梧桐县 place, no 农业农村局.
        #expect(!rows.contains { $0.entity == "梧桐县" || $0.entity == "农业农村局" })
        #expect(rows.contains { $0.entity == "罗德明" && $0.kind == .person && $0.quoted == 1 })
    }

    @Test func speakersThatAreNoNamesAreNotPeople() {
        let text = "题目\n\n记者说：“俗话说得好，一分耕耘一分收获。”村民田秀芝说：“今年收成不错。”\n"
        let rows = counter([text], aliases: [:]).rows()
        #expect(!rows.contains { $0.entity == "记者" || $0.entity == "俗话" })
        #expect(rows.contains { $0.entity == "田秀芝" && $0.quoted == 1 })
    }

    @Test func aNameHasASurnameFirstAndTwoToFourCharacters() {
        #expect(EntityRules.looksLikeName("罗德明"))
        #expect(EntityRules.looksLikeName("欧阳晓"))
        #expect(EntityRules.looksLikeName("孙大爷"))
        #expect(!EntityRules.looksLikeName("记者"))
        #expect(!EntityRules.looksLikeName("俗话"))
        #expect(!EntityRules.looksLikeName("王"))
        #expect(!EntityRules.looksLikeName("王家庄村委会主任"))
    }

    @Test func aPlaceIsListedOrEndsInASuffixAfterAName() {
        #expect(EntityRules.isPlaceName("杭州"))
        #expect(EntityRules.isPlaceName("杭州市"))
        #expect(EntityRules.isPlaceName("云溪县"))
        #expect(EntityRules.isPlaceName("枫林街道"))
        #expect(!EntityRules.isPlaceName("山村"))
        #expect(!EntityRules.isPlaceName("城市"))
        #expect(!EntityRules.isPlaceName("沿河"))
        #expect(!EntityRules.isPlaceName("满意度"))
    }

    @Test func aNameTheNameModelFoundNeedsASign() {
        // Once, after a verb: no sign that 罗德明 is a person.
        let once = "题目\n\n我们看到了罗德明。\n"
        #expect(counter([once], aliases: [:]).rows().isEmpty)
        // A word for a person before one of its mentions, and a second mention.
        let twice = once + "\n茶农罗德明种了三亩茶。\n"
        #expect(counter([twice], aliases: [:]).rows().map(\.entity) == ["罗德明"])
        #expect(counter([twice], aliases: [:]).rows().first?.mentions == 2)
    }
}
