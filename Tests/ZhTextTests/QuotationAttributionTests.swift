import Testing
@testable import ZhText
import ZhTextCore

/// Attribution beyond the sentence frame (issue 20), read with the standard lexicon: transcript
/// turns, names learned from the document, the scene of a dialogue, anonymous sources, book
/// citations, pointing words and where the speaker's mention stands. The texts are written for
/// these tests.
@Suite struct QuotationAttributionTests {
    static let lexicon = try! Lexicon.standard()

    func quotes(_ body: String) -> [Quotation] {
        let document = DocumentReader().read(text: "题目\n\n" + body, source: "t")
        return QuotationFinder(lexicon: Self.lexicon).quotations(in: document)
    }

    func speech(_ body: String) -> [Quotation] { quotes(body).filter { $0.kind == .speech } }

    // MARK: Transcripts

    @Test func questionAndAnswerTurnsGoToTheReporterAndThePersonIntroduced() {
        let found = speech("""
            近日，本报记者专访了青石乡卫生院医生滕月华。

            问：您还记得第一次出诊的情形吗？

            答：记得。那天下着大雪，我背着药箱走了两个钟头。

            问：现在村里看病方便多了吧？

            答：方便多了。

            """)
        #expect(found.map(\.canonicalSpeaker) == ["记者", "滕月华", "记者", "滕月华"])
        #expect(found.allSatisfy { $0.method == .turn })
        #expect(found.map(\.speaker) == ["问", "答", "问", "答"])
        #expect(found[1].text == "记得。那天下着大雪，我背着药箱走了两个钟头。")
    }

    @Test func namedTurnsWithColonsOrBracketsAndQAndA() {
        let found = speech("""
            主持人：请两位嘉宾谈谈。

            葛长青：我先说。山区的路还是难走。

            【卞立】我补充一点，远程问诊已经通了。

            葛长青: 对，这是大变化。

            """)
        #expect(found.map(\.canonicalSpeaker) == ["主持人", "葛长青", "卞立", "葛长青"])
        let english = speech("记者采访了研究员覃小川。\n\nQ：今年为什么多？\n\nA：水位控制得好。\n")
        #expect(english.map(\.canonicalSpeaker) == ["记者", "覃小川"])
    }

    @Test func aLoneLabelWithAColonIsNoTranscript() {
        #expect(speech("时间：2026年12月1日上午\n\n地点：县文化馆\n").isEmpty)
        #expect(speech("本报讯：今年全县新建道路80公里。\n").isEmpty)
    }

    @Test func aQuotationInsideATurnHasItsOwnSpeaker() {
        let found = speech("""
            问：当时难吗？

            答：难。院长跟我说过：“人留不住，楼盖得再好也没用。”

            """)
        #expect(found.count == 3)
        #expect(found.last?.canonicalSpeaker == "院长")
    }

    // MARK: Names learned from the document

    /// A stretch of fiction in which the names recur, as they do in stories: 桂兰 and 根旺 are
    /// learned from it.
    static let story = """
        天黑了，桂兰把灯拨亮了一些。桂兰看着窗外，根旺还没回来。

        过了一会儿，根旺推门进来，身上全是雪。桂兰赶紧给他倒了一碗热水。

        “路上雪大吗？”桂兰问。

        根旺很诚恳地说：“不大，明天还得去镇上。”

        桂兰叹了口气，说：“那你早点回来。”

        “知道了。”根旺笑着说。

        """

    @Test func aNameTheSegmenterGluesToTheNextCharacterIsCut() {
        let found = speech(Self.story)
        #expect(found.map(\.canonicalSpeaker) == ["桂兰", "根旺", "桂兰", "根旺"])
        #expect(found.map(\.speaker) == ["桂兰", "根旺", "桂兰", "根旺"])
    }

    @Test func aPronounGluedToAnActionIsThePronoun() {
        let found = speech(Self.story + "她笑着说：“快去睡吧。”\n")
        #expect(found.last?.speaker == "她")
        #expect(found.last?.method == .pronoun)
    }

    @Test func sheRefersToTheWomanNotTheManWhoSpokeLast() {
        let found = speech(Self.story + "她笑着说：“快去睡吧。”\n")
        #expect(found.last?.canonicalSpeaker == "桂兰")
    }

    // MARK: The scene of a dialogue

    @Test func thePersonSpokenToAnswersAndIsNotTheSpeaker() {
        let found = speech("""
            根旺走进院子，对邻居老宋喊道：“水渠通了！”

            “真通了？”

            """)
        #expect(found.first?.canonicalSpeaker == "根旺")
        #expect(found.last?.canonicalSpeaker == "老宋")
        #expect(found.last?.method == .alternation)
    }

    @Test func someoneNewNamedInNarrationEndsTheRun() {
        let found = speech("""
            “你先走吧。”桂兰说。

            “那你呢？”根旺问。

            这时，邮递员蒋立群推着自行车进了院子。

            “有你们家的信！”

            """)
        #expect(found.map(\.canonicalSpeaker) == ["桂兰", "根旺", ""])
    }

    // MARK: Anonymous sources, citations, pointing words

    @Test func anAnonymousSourceIsItsDescription() throws {
        let quote = try #require(speech("一位不愿透露姓名的村民说：“这条路年年都要修。”\n").first)
        #expect(quote.canonicalSpeaker == "村民")
        #expect(quote.isAnonymous)
        let described = try #require(speech("有网友在留言板上写道：“热线打了三次都没人管。”\n").first)
        #expect(described.canonicalSpeaker == "网友")
        #expect(described.isAnonymous)
    }

    @Test func aNamedSpeakerIsNotAnonymous() throws {
        let quote = try #require(speech("村民宋长林说：“这条路年年都要修。”\n").first)
        #expect(quote.canonicalSpeaker == "宋长林")
        #expect(!quote.isAnonymous)
    }

    @Test func aBookIsTheSourceOfACitation() {
        let found = quotes("《论语》有言：“言必信，行必果。”\n\n《孟子》中有“得道多助”的说法。\n")
        #expect(found.map(\.kind) == [.citation, .citation])
        #expect(found.map(\.canonicalSpeaker) == ["论语", "孟子"])
    }

    @Test func thisSentenceOfTheSpeakerPointsBackToTheQuotation() {
        let found = speech("“干部要多走路。”老支书的这句话，大家都记得。\n")
        #expect(found.first?.canonicalSpeaker == "老支书")
    }

    // MARK: Where the speaker is mentioned

    @Test func theSpeakerSpanIsTheMentionInTheDocument() throws {
        let body = "市长张华在会上强调：“要把群众的事办好。”\n"
        let document = DocumentReader().read(text: "题目\n\n" + body, source: "t")
        let quote = try #require(QuotationFinder(lexicon: Self.lexicon).quotations(in: document).first)
        let span = try #require(quote.speakerSpan)
        let text = String(String.UnicodeScalarView(document.scalars[(span.start - document.firstCharacter)..<(span.end - document.firstCharacter)]))
        #expect(text == quote.speaker)
        #expect(quote.method == .frame)
    }

    @Test func anAlternatingTurnHasNoMention() {
        let found = speech(Self.story + "“那你呢？”\n")
        #expect(found.last?.canonicalSpeaker == "桂兰")
        #expect(found.last?.method == .alternation)
        #expect(found.last?.speakerSpan == nil)
    }
}
