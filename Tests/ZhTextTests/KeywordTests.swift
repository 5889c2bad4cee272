import Foundation
import Testing
import ZhTextCore
@testable import ZhText

@Suite struct KeywordTests {
    static let lexicon = try! Lexicon.standard()

    func keywords(_ text: String, method: KeywordExtractor.Method = .auto, phrases: [String] = []) -> [Keyword] {
        let document = DocumentReader().read(text: text, source: "t")
        let discovered = phrases.map {
            DiscoveredPhrase(term: $0, count: 2, cohesion: 5, leftEntropy: 2, rightEntropy: 2, score: 20)
        }
        return KeywordExtractor(lexicon: Self.lexicon, method: method, top: 5)
            .keywords(of: [document], grouping: .essay, phrases: discovered)
    }

    @Test func stopWordsAndSingleCharactersNeverRank() {
        let found = keywords("题目\n\n我们的经济发展了，我们的经济很好，经济是我们的。\n")
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { !StopWords.chinese.contains($0.term) && $0.term.count >= 2 })
        #expect(found.first?.term == "经济")
        #expect(found.map(\.rank) == Array(1...found.count))
    }

    @Test func quotedTermsAndPhrasesCountAndFragmentsGo() {
        let text = "题目\n\n要带着“四下基层”的要求，做好四下基层的工作。四下基层是好方法。\n"
        let found = keywords(text, phrases: ["四下基层"])
        #expect(found.first?.term == "四下基层")
        #expect(found.first?.count == 3)
        // 基层 occurs only inside 四下基层 here, so it is dropped as a fragment.
        #expect(!found.contains { $0.term == "基层" })
    }

    @Test func textRankRanksConnectedWords() {
        let found = keywords("题目\n\n社区服务居民，居民支持社区，社区依靠居民。\n", method: .textrank)
        #expect(Set(found.prefix(2).map(\.term)) == ["社区", "居民"])
    }
}

@Suite struct TermOccurrencesTests {
    @Test func countsEachTermLeftToRightWithoutOverlapping() {
        let counts = TermOccurrences(terms: ["哈哈", "网格员", "网格"]).count(in: "哈哈哈哈哈，网格员和网格")
        // 哈哈 twice in five 哈 (as splitting the text at 哈哈 would count), 网格 inside 网格员 too.
        #expect(counts == ["哈哈": 2, "网格员": 1, "网格": 2])
    }

    @Test func noTermsOrNoTextCountNothing() {
        #expect(TermOccurrences(terms: []).count(in: "网格员").isEmpty)
        #expect(TermOccurrences(terms: ["网格"]).count(in: "").isEmpty)
    }
}

@Suite struct PhraseBoundariesTests {
    func tokens(_ pairs: [(String, String)]) -> [DocumentToken] {
        var offset = 0
        return pairs.map { text, tag in
            defer { offset += text.count }
            return DocumentToken(text: text, kind: .word, tag: PartOfSpeech(tag),
                                 span: TextSpan(start: offset, end: offset + text.count))
        }
    }

    @Test func phrasesStartAndEndAtContentWords() {
        var runs: Set<String> = []
        PhraseBoundaries(background: BackgroundModel(lexicon: KeywordTests.lexicon)).addRuns(
            of: tokens([("专职", "b"), ("网格员", "n"), ("到", "v"), ("社区", "n"), ("的", "uj"), ("服务", "vn")]),
            to: &runs)
        #expect(runs.contains("专职网格员"))
        #expect(runs.contains("社区的服务"))
        // Never a piece of a word, never a function word or a stray character at an edge.
        #expect(!runs.contains("职网格员"))
        #expect(!runs.contains("社区的"))
        #expect(!runs.contains("到社区"))
        // Longer than the phrase miner's seven characters: left out.
        #expect(!runs.contains("专职网格员到社区"))
    }

    @Test(.enabled(if: JiebaDictionary.locate() != nil, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func commonVerbsAndAdjectivesDoNotEdgeAPhrase() {
        let boundaries = PhraseBoundaries(background: BackgroundModel(lexicon: KeywordTests.lexicon))
        var runs: Set<String> = []
        boundaries.addRuns(of: tokens([("成为", "v"), ("社区", "n"), ("明显", "a"), ("不合理", "n")]), to: &runs)
        boundaries.addRuns(of: tokens([("加装", "v"), ("电梯", "n"), ("照明", "n"), ("不足", "a")]), to: &runs)
        #expect(!runs.contains("成为社区"))      // 成为 is too common to begin a term
        #expect(!runs.contains("明显不合理"))
        #expect(!runs.contains("电梯照明不足"))  // an adjective never ends one
        #expect(runs.contains("加装电梯"))       // 加装 is specific enough
    }

    @Test(.enabled(if: JiebaDictionary.locate() != nil, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func singleCharactersStayWithTheWordTheyBelongTo() {
        let boundaries = PhraseBoundaries(background: BackgroundModel(lexicon: KeywordTests.lexicon))
        var runs: Set<String> = []
        boundaries.addRuns(of: tokens([("全县", "n"), ("茶", "n"), ("产业", "n"), ("发展", "vn")]), to: &runs)
        boundaries.addRuns(of: tokens([("入", "v"), ("乡", "n"), ("创业", "n"), ("青年", "t")]), to: &runs)
        boundaries.addRuns(of: tokens([("热线", "n"), ("工", "n"), ("单", "n"), ("每天", "r")]), to: &runs)
        boundaries.addRuns(of: tokens([("澄州", "nz"), ("市", "n"), ("政务", "n")]), to: &runs)
        boundaries.addRuns(of: tokens([("今年", "t"), ("上半年", "t")]), to: &runs)
        #expect(!runs.contains("全县茶"))     // 茶 goes with 产业
        #expect(runs.contains("茶产业"))
        #expect(!runs.contains("乡创业"))     // 乡 goes with 入
        #expect(runs.contains("工单"))       // two single characters: a word the lexicon lacks
        #expect(runs.contains("澄州市"))     // 市 ends a place name
        #expect(!runs.contains("今年上半年")) // a date
    }
}

@Suite struct BackgroundModelTests {
    @Test(.enabled(if: JiebaDictionary.locate() != nil, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func commonWordsAreExpectedMoreOftenThanTerms() {
        let background = BackgroundModel(lexicon: KeywordTests.lexicon)
        let common = background.expectedCount(ofTokens: "中国")
        let term = background.expectedCount(ofTokens: "整改")
        #expect(common > 100 * term)
        #expect(term > 0)
        // Independent words: a pair is expected less often than either word.
        #expect(background.expectedCount(ofTokens: "中国 整改") < term)
        #expect(background.expectedCount(ofTokens: "沩澜河") == 0)
        #expect(background.weight(of: "整改") > background.weight(of: "中国"))
    }
}

@Suite struct KeywordRulesTests {
    @Test func aShortPlaceNameFoldsIntoItsFullName() {
        var counts = ["岚州": 5, "岚州市": 3, "南峤": 2, "防汛": 4, "汀湄": 3, "汀湄市": 1, "汀湄县": 1]
        KeywordExtractor.foldPlaceNames(&counts)
        #expect(counts["岚州市"] == 8)
        #expect(counts["岚州"] == nil)
        // Nothing to fold into, or two full names to choose from: left alone.
        #expect(counts["南峤"] == 2)
        #expect(counts["防汛"] == 4)
        #expect(counts["汀湄"] == 3)
    }

    @Test func aFoldedPlaceCountsEachMentionOnce() {
        // 雲霧村 five times, split by the segmenter as 雲霧 村: the five 雲霧 tokens are the
        // same five mentions, not five more.
        let text = String(repeating: "雲霧村的變化。", count: 5) + "雲霧很美。"
        var counts = ["雲霧": 6, "雲霧村": 5]
        KeywordExtractor.foldPlaceNames(&counts) { term in text.components(separatedBy: term).count - 1 }
        #expect(counts["雲霧村"] == 6)
        #expect(counts["雲霧"] == nil)
    }

    @Test(.enabled(if: JiebaDictionary.locate() != nil, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func aVillageNameIsOneKeyword() throws {
        let document = DocumentReader().read(
            text: "题目\n\n十年前，云雾村几乎成了空心村。近几年，云雾村发展民宿，游客来到云雾村采茶。如今的云雾村，处处是新气象。",
            source: "t")
        let extractor = KeywordExtractor(lexicon: try Lexicon.standard(), top: 3)
        var miner = PhraseMiner()
        miner.minimumCount = 2
        let phrases = miner.phrases(in: [document], lexicon: try Lexicon.standard())
        let keywords = extractor.keywords(of: [document], grouping: .document, phrases: phrases)
        #expect(keywords.first?.term == "云雾村")
        #expect(keywords.first?.count == 4)
    }

    @Test func aTitledNameFoldsIntoTheName() {
        var counts = ["习近平": 10, "习近平总书记": 8, "总书记": 2, "民间": 2, "民间河长": 4]
        KeywordExtractor.foldTitles(&counts, isPerson: { $0 == "习近平" })
        #expect(counts == ["习近平": 18, "总书记": 2, "民间": 2, "民间河长": 4])
    }

    @Test func aTitledNameCountsEachMentionOnceAndTakesItsBareTitle() {
        // 习近平 five times, three of them as 习近平总书记 (split 习近平 | 总书记 by the
        // segmenter), and 总书记 twice on its own.
        let text = "习近平总书记指出。习近平总书记强调。习近平总书记要求。习近平说。习近平讲。总书记说。总书记讲。"
        var counts = ["习近平": 5, "习近平总书记": 3, "总书记": 5, "书记": 1, "民间": 2, "民间河长": 4]
        KeywordExtractor.foldTitles(&counts, isPerson: { $0 == "习近平" }) { text.components(separatedBy: $0).count - 1 }
        #expect(counts == ["习近平": 7, "书记": 1, "民间": 2, "民间河长": 4])
    }

    @Test func jiebasFrequencyLinesAreReadAndBadOnesSkipped() {
        let table = BackgroundModel.readFrequencies(Data("整改 1884 v\n中国 4537833 ns\r\n坏行\n无穷 inf n\n负数 -3 n\n无词性 7".utf8))
        #expect(table == ["整改": 1884, "中国": 4537833, "无词性": 7])
    }

    @Test func jiebasIDFLinesAreReadAndBadOnesSkipped() {
        let table = BackgroundModel.readIDF(Data("劳动防护 13.9\n生化学 12.5\r\n坏行\n无穷 inf\n负数 -3\n两个 词 7.25".utf8))
        #expect(table == ["劳动防护": 13.9, "生化学": 12.5, "两个 词": 7.25])
    }
}
