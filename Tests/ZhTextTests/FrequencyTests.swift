import Testing
import ZhTextCore
@testable import ZhText

@Suite struct FrequencyTests {
    static let lexicon = try! Lexicon.standard()

    func counter(_ text: String, _ options: NGramOptions, grouping: Grouping = .corpus, index: Int = 0) -> FrequencyCounter {
        let document = DocumentReader().read(text: text, source: "t")
        var counter = FrequencyCounter(options: options, grouping: grouping)
        counter.add(DocumentTokenizer(lexicon: Self.lexicon).sentences(of: document), of: document, index: index)
        return counter
    }

    /// The pieces of one large file are counted by several workers and merged: the file is
    /// one document however many workers saw it; other documents still add up.
    @Test func piecesOfOneDocumentCountedApartAreOneDocument() {
        let tokenizer = DocumentTokenizer(lexicon: Self.lexicon)
        func add(_ text: String, index: Int, to counter: inout FrequencyCounter) {
            let document = DocumentReader().read(text: text, source: "t")
            counter.add(tokenizer.sentences(of: document), of: document, index: index)
        }
        var first = FrequencyCounter(options: NGramOptions())
        var second = FrequencyCounter(options: NGramOptions())
        var third = FrequencyCounter(options: NGramOptions())
        add("北京的经济。", index: 7, to: &first)
        add("北京的文化。", index: 7, to: &second)
        add("北京的历史。", index: 7, to: &third)
        var file = first
        file.merge(second)
        file.merge(third)
        var other = FrequencyCounter(options: NGramOptions())
        add("北京很大。", index: 3, to: &other)
        other.merge(file)
        let rows = Dictionary(uniqueKeysWithValues: other.rows().map { ($0.term, $0) })
        #expect(rows["北京"]?.count == 4)
        #expect(rows["北京"]?.documents == 2)
        #expect(rows["经济"]?.documents == 1)
    }

    @Test func wordNGramsDoNotCrossPunctuationOrSentences() {
        let counts = counter("题目\n\n我们学习，研究问题。研究问题很重要。\n", NGramOptions(sizes: 2...2, stopWords: .none))
        let all = counts.allCounts[.corpus] ?? [:]
        #expect(all["研究 问题"] == 2)
        #expect(all["学习 研究"] == nil)
        #expect(all["问题 研究"] == nil)
    }

    @Test func stopWordsNumbersAndPunctuationAreLeftOutByDefault() {
        let counts = counter("题目\n\n我们的经济在2023年增长了。\n", NGramOptions())
        let all = counts.allCounts[.corpus] ?? [:]
        #expect(all["经济"] == 1)
        #expect(all["的"] == nil)
        #expect(all["2023年"] == nil)
        #expect(all["。"] == nil)
        let withNumbers = counter("题目\n\n我们的经济在2023年增长了。\n", NGramOptions(includeNumbers: true))
        #expect(withNumbers.allCounts[.corpus]?["2023年"] == 1)
    }

    @Test func characterNGramsStayInsideHanRuns() {
        let counts = counter("题目\n\n中文ABC中文，文字。\n", NGramOptions(unit: .char, sizes: 2...2))
        let all = counts.allCounts[.corpus] ?? [:]
        #expect(all["中 文"] == 2)
        #expect(all["文 字"] == 1)
        #expect(all["文 中"] == nil)
        #expect(all["题 目"] == 1)  // the title is text too
        #expect(counts.total(of: .corpus) == 8)
    }

    @Test func perMillionUsesTheGroupsRunningWords() {
        let counts = counter("题目\n\n经济发展，经济。\n", NGramOptions(stopWords: .none))
        let row = counts.rows().first { $0.term == "经济" }
        #expect(row?.count == 2)
        #expect(row?.perMillion == 2.0 / 4 * 1_000_000)  // 题目 经济 发展 经济
        #expect(row?.documents == 1)
    }

    @Test func groupsByEssayAndSection() {
        let text = "合集\n（2篇）\n\n经济。\n##paidbegin##\n经济发展。\n\n\n\n第二篇标题\n\n发展。\n"
        let counts = counter(text, NGramOptions(stopWords: .none), grouping: .section)
        let rows = counts.rows()
        let keys = rows.map { "\($0.group.essay ?? 0)-\($0.group.section?.rawValue ?? "")-\($0.term)" }
        #expect(keys.contains("1-preview-经济"))
        #expect(keys.contains("1-paid-经济"))
        #expect(keys.contains("2-paid-发展"))
    }

    @Test func titlesAndCollectionHeadingsAreCountedLikeTheRestOfTheText() {
        let counts = counter("调研手记（2篇）\n\n群众说好。\n", NGramOptions(includeNumbers: true, stopWords: .none))
        let all = counts.allCounts[.corpus] ?? [:]
        #expect(all["调研"] == 1 || all["调研手记"] == 1)
        #expect(all["篇"] == 1)
        #expect(all["群众"] == 1)
    }

    @Test func mergingCountersAddsDocuments() {
        var first = counter("题目\n\n经济发展。\n", NGramOptions(stopWords: .none))
        let second = counter("题目\n\n经济。\n", NGramOptions(stopWords: .none), index: 1)
        first.merge(second)
        let row = first.rows().first { $0.term == "经济" }
        #expect(row?.count == 2)
        #expect(row?.documents == 2)
        #expect(first.total(of: .corpus) == 5)  // 题目 twice, 经济 发展, 经济
    }
}
