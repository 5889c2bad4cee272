import Foundation
import Testing
import ZhTextCore
@testable import ZhText

/// `collocates`: the words within a span of a node word, their counts and association measures.
@Suite struct CollocateTests {
    let tokenizer = DocumentTokenizer(lexicon: FrequencyTests.lexicon)

    func counter(_ texts: [String], node: String, span: CollocateSpan, grouping: Grouping = .corpus,
                 stopWords: StopWords = .none) -> CollocateCounter {
        var counter = CollocateCounter(node: node, span: span, options: NGramOptions(stopWords: stopWords), grouping: grouping)
        for (index, text) in texts.enumerated() {
            let document = DocumentReader().read(text: text, source: "d\(index)")
            counter.add(tokenizer.sentences(of: document), of: document, index: index)
        }
        return counter
    }

    /// f(xy) = 2, f(x) = 4, f(y) = 4, N = 64, worked by hand.
    @Test func measuresMatchHandComputedValues() {
        func value(_ measure: CollocateMeasure) -> Double {
            measure.value(cooccurrences: 2, node: 4, collocate: 4, words: 64)
        }
        #expect(abs(value(.logdice) - 13) < 1e-12)  // 14 + log2(2·2 / (4 + 4))
        #expect(abs(value(.dice) - 0.5) < 1e-12)  // 2·2 / 8
        #expect(abs(value(.mi) - 3) < 1e-12)  // log2(2·64 / 16)
        #expect(abs(value(.mi3) - 5) < 1e-12)  // log2(8·64 / 16)
        #expect(abs(value(.t) - 1.75 / 2.0.squareRoot()) < 1e-12)  // (2 − 16/64) / √2
        // 2 Σ O ln(O/E) over O = 2, 2, 2, 58 and E = 0.25, 3.75, 3.75, 56.25.
        #expect(abs(value(.ll) - 6.842785348919566) < 1e-9)
    }

    @Test func measureListsAreCheckedAndKeepTheirOrder() throws {
        #expect(try CollocateMeasure.list("mi,logdice,ll") == [.mi, .logdice, .ll])
        #expect(throws: CollocateMeasureError.self) { try CollocateMeasure.list("logdice,pmi") }
        #expect((try? CollocateMeasure.list("zscore")) == nil)
        #expect(CollocateSpan(parsing: "3,0") == CollocateSpan(left: 3, right: 0))
        #expect(CollocateSpan(parsing: "4") == CollocateSpan(left: 4, right: 4))
        #expect(CollocateSpan(parsing: "0,0") == nil)
        #expect(CollocateSpan(parsing: "a,2") == nil)
    }

    /// Latin words segment the same with any lexicon: aa bb cc dd ee。bb aa aa。
    @Test func theSpanCountsEachSideInsideTheSentence() {
        let counts = counter(["aa bb cc dd ee。bb aa aa。\n"], node: "aa", span: CollocateSpan(left: 1, right: 1))
        let rows = Dictionary(uniqueKeysWithValues: counts.rows(measures: [.logdice]).map { ($0.collocate, $0) })
        #expect(counts.nodeCount == 3)
        #expect(rows["bb"]?.left == 1)
        #expect(rows["bb"]?.right == 1)
        #expect(rows["bb"]?.position == "both")
        #expect(rows["bb"]?.collocateCount == 2)
        #expect(rows["aa"]?.count == 2)  // the node next to itself, once on each side
        #expect(rows["cc"] == nil)  // two words away
        #expect(rows["ee"] == nil)  // the other sentence
        #expect(rows["bb"]?.words == 8)
        // logDice of bb: 14 + log2(2·2 / (3 + 2)).
        #expect(abs((rows["bb"]?.measures[0] ?? 0) - (14 + log2(4.0 / 5))) < 1e-12)
        let left = counter(["aa bb cc dd ee。bb aa aa。\n"], node: "aa", span: CollocateSpan(left: 2, right: 0))
        let leftRows = Dictionary(uniqueKeysWithValues: left.rows(measures: [.mi]).map { ($0.collocate, $0) })
        #expect(leftRows["bb"]?.position == "left")
        #expect(leftRows["bb"]?.count == 2)
        #expect(leftRows["cc"] == nil)
    }

    @Test func punctuationIsSkippedButANodeOfSeveralWordsMustBeAdjacent() {
        let counts = counter(["aa bb cc。aa，bb cc。\n"], node: "aabb", span: CollocateSpan(left: 2, right: 2))
        #expect(counts.nodeCount == 1)
        let rows = counts.rows(measures: [.logdice])
        #expect(rows.map(\.collocate) == ["cc"])
        // A comma does not end a single word's span.
        let single = counter(["aa，bb。\n"], node: "aa", span: CollocateSpan(left: 0, right: 1))
        #expect(single.rows(measures: [.logdice]).map(\.collocate) == ["bb"])
    }

    @Test func countsAgreeWithFreq() {
        let text = "题目\n\n我们发展经济，经济发展很快。发展是硬道理，经济要发展。\n"
        let counts = counter([text], node: "发展", span: CollocateSpan(), stopWords: .chinese)
        let document = DocumentReader().read(text: text, source: "d0")
        var frequencies = FrequencyCounter(options: NGramOptions(stopWords: .none))
        frequencies.add(tokenizer.sentences(of: document), of: document, index: 0)
        let rows = counts.rows(measures: [.logdice])
        #expect(!rows.isEmpty)
        for row in rows {
            #expect(row.nodeCount == frequencies.count(of: "发展"))
            #expect(row.collocateCount == frequencies.count(of: row.collocate))
            #expect(row.words == frequencies.total(of: .corpus))
            #expect(!StopWords.chinese.contains(row.collocate))
        }
    }

    @Test func aNodeNotInTheCorpusGivesNoRows() {
        let counts = counter(["aa bb。\n"], node: "zz", span: CollocateSpan())
        #expect(counts.nodeCount == 0)
        #expect(counts.rows(measures: [.logdice]).isEmpty)
    }

    /// Partials summed by the merger give the counter a run over both parts gives.
    @Test func partialsSumIntoTheCountsOfOneRun() throws {
        let texts = ["aa bb cc。bb aa。\n", "cc aa dd。\n", "aa cc。\n"]
        let grouping = try Grouping(parsing: "document")
        let whole = counter(texts, node: "aa", span: CollocateSpan(left: 2, right: 2), grouping: grouping)
        var merger = PartialMerger(command: "collocates")
        for part in [Array(texts[0..<2]), [texts[2]]] {
            var piece = counter(part, node: "aa", span: CollocateSpan(left: 2, right: 2), grouping: grouping)
            if part.count == 1 {
                // Its document is the third of the corpus, named as in the whole run.
                piece = CollocateCounter(node: "aa", span: CollocateSpan(left: 2, right: 2), options: NGramOptions(stopWords: .none), grouping: grouping)
                let document = DocumentReader().read(text: part[0], source: "d2")
                piece.add(tokenizer.sentences(of: document), of: document, index: 0)
            }
            let records = piece.partialRecords()
            let bytes = Array(PartialFormat.header(command: "collocates", options: [("by", "document")]).utf8) + records
                + Array(PartialFormat.trailer(for: records).utf8)
            try merger.add(bytes, source: "part")
        }
        let merged = try CollocateCounter(node: "aa", span: CollocateSpan(left: 2, right: 2), grouping: grouping,
                                          records: merger.summedRecords())
        #expect(merged.rows(measures: [.logdice, .ll]) == whole.rows(measures: [.logdice, .ll]))
        #expect(merged.nodeCount == 4)
    }
}
