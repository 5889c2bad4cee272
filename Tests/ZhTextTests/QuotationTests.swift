import Testing
@testable import ZhText
import ZhTextCore

@Suite struct QuotationTests {
    func quotes(_ body: String, aliases: [String: String] = [:]) -> [Quotation] {
        let document = DocumentReader().read(text: "题目\n\n" + body, source: "t")
        return QuotationFinder(aliases: aliases).quotations(in: document)
    }

    func only(_ body: String) -> Quotation? {
        let found = quotes(body)
        return found.count == 1 ? found[0] : nil
    }

    @Test func speakerBeforeTheQuoteWithAColon() throws {
        let quote = try #require(only("市长张华在会上强调：“要把群众的事办好。”\n"))
        #expect(quote.kind == .speech)
        #expect(quote.speaker == "市长张华")
        #expect(quote.canonicalSpeaker == "张华")
        #expect(quote.verb == "强调")
        #expect(quote.text == "要把群众的事办好。")
    }

    @Test func speakerAfterTheQuote() throws {
        let quote = try #require(only("“明天还要再来一趟。”张华说。\n"))
        #expect(quote.speaker == "张华")
        #expect(quote.verb == "说")
    }

    @Test func splitQuoteKeepsItsSpeaker() {
        let found = quotes("社区主任李明表示：“先听意见。”“这件事不难，”他说，“难的是坚持。”\n")
        #expect(found.count == 3)
        #expect(found.map(\.canonicalSpeaker) == ["李明", "李明", "李明"])
        #expect(found.map(\.verb) == ["表示", "说", "说"])
    }

    @Test func asSaidAndInTheWordsOf() {
        #expect(only("正如王教授所说：“学问要落到地上。”\n")?.speaker == "王教授")
        #expect(only("用老支书的话说，“干部要多走路，少开会。”\n")?.speaker == "老支书")
        #expect(only("陈立新曾说过：“基层的事没有小事。”\n")?.canonicalSpeaker == "陈立新")
    }

    @Test func timeOrPlaceAndAdverbsBetweenSpeakerAndVerb() {
        #expect(only("张华在宁德工作时指出：“要多下基层。”\n")?.speaker == "张华")
        #expect(only("刘建国动情地说：“茶园就是我们的家。”\n")?.speaker == "刘建国")
    }

    @Test func possessiveFrame() throws {
        let quote = try #require(only("大家要践行宋丽华书记“不让一滴污水直排入河”的最新要求。\n"))
        #expect(quote.speaker == "宋丽华书记")
        #expect(quote.canonicalSpeaker == "宋丽华")
        #expect(quote.verb == "要求")
        #expect(quote.kind == .speech)
    }

    @Test func citationsNameTheirSource() {
        let analects = only("《论语》有云：“学而不思则罔。”\n")
        #expect(analects?.kind == .citation)
        #expect(analects?.canonicalSpeaker == "论语")
        #expect(only("俗话说：“远亲不如近邻。”\n")?.kind == .citation)
        #expect(only("古人云：“政之所兴，在顺民心。”\n")?.speaker == "古人")
    }

    @Test func scareQuotedTermsGetNoSpeaker() {
        let found = quotes("张华说，要打通“最后一公里”，做到“不敢为、不愿为”的问题都解决。\n")
        #expect(found.map(\.text) == ["最后一公里", "不敢为、不愿为"])
        #expect(found.allSatisfy { $0.kind == .term && $0.speaker.isEmpty })
    }

    @Test func pronounsResolveToTheLastNamedPerson() {
        let found = quotes("何志刚表示：“账要公开。”\n\n他说：“矛盾就少了。”\n")
        #expect(found.map(\.canonicalSpeaker) == ["何志刚", "何志刚"])
        #expect(found[1].speaker == "他")
    }

    @Test func pronounsResolveToPeopleMentionedBeforeThem() throws {
        let document = DocumentReader().read(text: "题目\n\n前几天我见到了刘志强，他说：“日子好过了。”\n", source: "t")
        let finder = QuotationFinder(lexicon: try Lexicon.standard())
        #expect(finder.quotations(in: document).first?.canonicalSpeaker == "刘志强")
        #expect(QuotationFinder().quotations(in: document).first?.canonicalSpeaker == "")
    }

    @Test func bareTitleRefersToItsLastHolder() {
        let found = quotes("街道工委书记郑海涛介绍：“工单分类。”这位书记说：“群众不容易。”\n")
        #expect(found.map(\.canonicalSpeaker) == ["郑海涛", "郑海涛"])
    }

    @Test func aliasesMergeNames() {
        let aliases = QuotationFinder.aliases(fromText: "张华 老张 华哥\n")
        let found = quotes("老张说：“好。”\n", aliases: aliases)
        #expect(found.first?.canonicalSpeaker == "张华")
    }

    @Test func nestedQuotesAreReportedWithoutSpeaker() {
        let found = quotes("她说：“老人说，‘你们来了就好’，我很感动。”\n")
        #expect(found.count == 2)
        #expect(found[0].speaker == "她")
        #expect(found[1].text == "你们来了就好")
        #expect(found[1].speaker.isEmpty)
    }

    @Test func cornerBracketsAndStraightQuotes() {
        #expect(only("林志明坦言：「發展要慢慢來。」\n")?.speaker == "林志明")
        #expect(only("他写下\"Keep going\"两个词。\n")?.text == "Keep going")
        #expect(quotes("读《乡土中国》很有收获。\n").isEmpty)
    }

    @Test func quotationOverSeveralParagraphsIsOne() throws {
        let quote = try #require(only("信中写道：“第一段话。\n\n“第二段话。\n\n“第三段话。”\n"))
        #expect(quote.text == "第一段话。\n第二段话。\n第三段话。")
        #expect(!quote.recovered)
    }

    @Test func missingOpeningMarkStartsAtTheParagraph() {
        let found = quotes("四下基层”是一种方法。要做到“两个到位”。\n\n第二段有“新词”。\n")
        #expect(found.map(\.text) == ["四下基层", "两个到位", "新词"])
        #expect(found[0].recovered)
    }

    @Test func missingClosingMarkNeverSwallowsLaterQuotes() {
        let found = quotes("要把握“小切口，从“关键小事”入手。\n\n下一段的“新词”不受影响。\n")
        #expect(found.map(\.text).contains("关键小事"))
        #expect(found.map(\.text).contains("新词"))
        #expect(found.first { $0.text.hasPrefix("小切口") }?.recovered == true)
        let open = quotes("一位干部说：“考核是为了督促\n\n后来大家都说“好”。\n")
        #expect(open.map(\.text) == ["考核是为了督促", "好"])
    }

    @Test(.enabled(if: Fixtures.seedPath != nil, "needs ../shared/corpus/seed"))
    func seedAttributesSixQuotationsToXiJinping() throws {
        let bytes = try Fixtures.bytes(atPath: try #require(Fixtures.seedPath))
        let document = try DocumentReader().read(bytes: bytes, source: "seed")
        let found = QuotationFinder().quotations(in: document)
        let attributed = found.filter { !$0.speaker.isEmpty }
        #expect(attributed.count == 6)
        #expect(attributed.allSatisfy { $0.canonicalSpeaker == "习近平" && $0.kind == .speech })
        #expect(attributed.map(\.verb) == ["强调", "指出", "强调", "要求", "要求", "要求"])
        #expect(attributed.filter { $0.verb == "要求" }.map(\.text)
            == ["实实在在抓好理论学习和调查研究", "实实在在检视整改突出问题", "实实在在办好惠民利民实事"])
        let terms = found.filter { $0.kind == .term }
        #expect(terms.count > 30)
        #expect(terms.allSatisfy { $0.speaker.isEmpty })
        #expect(terms.contains { $0.text == "四下基层" } && terms.contains { $0.text == "最后一公里" })
    }
}

/// Speakers read from the segmenter's words and tags (with the standard lexicon): the noun
/// phrase that governs the speech verb, across paragraphs and turns of dialogue.
@Suite struct SpeakerPhraseTests {
    static let lexicon = try! Lexicon.standard()

    func quotes(_ body: String) -> [Quotation] {
        let document = DocumentReader().read(text: "题目\n\n" + body, source: "t")
        return QuotationFinder(lexicon: Self.lexicon).quotations(in: document).filter { $0.kind != .term }
    }

    func first(_ body: String) -> Quotation? { quotes(body).first }

    @Test(.enabled(if: JiebaDictionary.locate() != nil, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func adverbialsAndTimeWordsStayOutOfTheSpeaker() {
        let cases: [(String, String, String, String)] = [
            ("他斩钉截铁地回答：“能办好。”", "他", "回答", "pronoun"),
            ("国务院副总理吴邦国去年说：“要抓紧落实。”", "国务院副总理吴邦国", "说", "frame"),
            ("主持人最后总结道：“乡村振兴没有标准答案。”", "主持人", "总结道", "frame"),
            ("赵建国一边走一边说：“这条路修好了。”", "赵建国", "说", "frame"),
            ("陈伟补充道：“还要再看看。”", "陈伟", "补充道", "frame"),
            ("村民们对着镜头说：“方便多了。”", "村民们", "说", "frame"),
            ("市教育局相关负责人介绍：“名额还会增加。”", "市教育局相关负责人", "介绍", "frame"),
        ]
        for (text, speaker, verb, method) in cases {
            let quote = first(text)
            #expect(quote?.speaker == speaker, "\(text)")
            #expect(quote?.verb == verb, "\(text)")
            #expect(quote?.method.rawValue == method, "\(text)")
        }
    }

    @Test(.enabled(if: JiebaDictionary.locate() != nil, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func theCanonicalSpeakerIsThePerson() {
        #expect(first("修包组的李保民回答：“包修包换。”")?.canonicalSpeaker == "李保民")
        #expect(first("国务院副总理吴邦国去年说：“要抓紧落实。”")?.canonicalSpeaker == "吴邦国")
    }

    @Test(.enabled(if: JiebaDictionary.locate() != nil, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func speakersAfterTheQuoteInNewsStyle() {
        // A subject that opens with an age or other modifier: the name before the verb speaks.
        let aged = first("“现在家门口就能办。”今年七十六岁的退休教师何桂兰说。")
        #expect(aged?.canonicalSpeaker == "何桂兰")
        #expect(aged?.verb == "说")
        // The sentence goes on after the speaker and verb.
        let told = first("“我们把服务送到楼栋里。”街道党工委书记刘建军告诉记者，今年已经办结群众诉求一千二百多件。")
        #expect(told?.canonicalSpeaker == "刘建军")
        #expect(told?.verb == "告诉记者")
        // Words that point back to the quotation and name who said it.
        let pointing = first("“要让群众少跑腿。”这是区长张明在调研时反复强调的一句话。")
        #expect(pointing?.canonicalSpeaker == "张明")
        #expect(pointing?.verb == "强调")
        #expect(first("“群众的事再小也是大事。”这是记者在采访中听到最多的一句话。")?.speaker == "")
        // A clause after the quote without a speech verb names no one.
        #expect(first("“我们把服务送到楼栋里。”这句话写在墙上，很多人都记住了。")?.speaker == "")
    }

    @Test(.enabled(if: JiebaDictionary.locate() != nil, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func anAdverbBetweenTheNameAndTheVerbStaysOut() {
        let quote = first("村里的老支书李德顺常说：“群众的事再小也是大事。”")
        #expect(quote?.canonicalSpeaker == "李德顺")
        #expect(quote?.verb == "说")
    }

    @Test(.enabled(if: JiebaDictionary.locate() != nil, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func aPronounInTraditionalTextFindsTheWomanNamedBefore() {
        let quotes = quotes("村長林志明說：「慢慢來。」三十二歲的陳怡君回到家鄉。「剛回來的時候，很多親戚都不理解，」她說。")
        #expect(quotes.last?.speaker == "她")
        #expect(quotes.last?.canonicalSpeaker == "陳怡君")
    }

    @Test(.enabled(if: JiebaDictionary.locate() != nil, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func aDatelineIsNoSpeaker() {
        let quote = first("本报拉萨5月19日电记者宣宇才报道：“今年雪灾严重。”")
        #expect(quote?.speaker == "")
        #expect(quote?.method == Quotation.Method.none)
    }

    @Test(.enabled(if: JiebaDictionary.locate() != nil, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func reportedSpeechBelongsToTheInnermostSpeaker() {
        let quote = first("周永康说：江泽民同志在十五大报告中强调“依法治国是党领导人民治理国家的基本方略”。")
        #expect(quote?.canonicalSpeaker == "江泽民")
        #expect(quote?.verb == "强调")
    }

    @Test(.enabled(if: JiebaDictionary.locate() != nil, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func theParagraphBeforeOrAfterNamesTheSpeaker() {
        let before = quotes("王师傅上了车。他对司机说：\n\n“把我的皮夹子拿下！”\n")
        #expect(before.first?.canonicalSpeaker == "王师傅")
        #expect(before.first?.method == .adjacent)
        let after = quotes("“三千。”\n\n少安说。\n")
        #expect(after.first?.canonicalSpeaker == "少安")
        #expect(after.first?.method == .adjacent)
    }

    @Test(.enabled(if: JiebaDictionary.locate() != nil, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func bothHalvesOfAnInterruptedQuoteGoToTheSpeaker() {
        let found = quotes("“不过，”胡永合紧接着话茬，“我在原北县认识个朋友……”")
        #expect(found.map(\.canonicalSpeaker) == ["胡永合", "胡永合"])
    }

    @Test(.enabled(if: JiebaDictionary.locate() != nil, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func herMeansTheWomanNamedBefore() {
        let quote = first("经理刘建军正在整理报表。记者问前来取款的会计黄小姐，今年的业务怎么样。她说：“比去年忙多了。”")
        #expect(quote?.canonicalSpeaker == "黄小姐")
        #expect(quote?.method == .pronoun)
    }

    @Test(.enabled(if: JiebaDictionary.locate() != nil, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func aTraditionalSurnameNamesAPersonForPronouns() {
        #expect(first("昨天我見到了劉建國，他說：「日子好過了。」")?.canonicalSpeaker == "劉建國")
    }

    @Test(.enabled(if: JiebaDictionary.locate() != nil, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func unattributedTurnsOfDialogueAlternate() {
        let found = quotes("""
            晚饭后，春燕问丈夫志强：“今天办成了没有？”

            “办成了。”

            “那你还愁眉苦脸的？”

            “累了。”

            """)
        #expect(found.map(\.canonicalSpeaker) == ["春燕", "志强", "春燕", "志强"])
        #expect(found.dropFirst().allSatisfy { $0.method == .alternation })
    }

    @Test(.enabled(if: JiebaDictionary.locate() != nil, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func noSpeakerWhereTheTextNamesNone() {
        #expect(first("会场里有人议论：“这次来真的了。”")?.canonicalSpeaker == "")
        #expect(first("“这次来真的了。”大家都这样想。")?.canonicalSpeaker == "")
        #expect(first("墙上写着：“安全第一，预防为主。”")?.canonicalSpeaker == "")
    }
}
