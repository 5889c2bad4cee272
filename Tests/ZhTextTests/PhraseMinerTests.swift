import Testing
import ZhTextCore
@testable import ZhText

@Suite struct PhraseMinerTests {
    func phrases(_ text: String, minimumCount: Int = 2, lexicon: Lexicon? = nil) -> [DiscoveredPhrase] {
        var miner = PhraseMiner()
        miner.minimumCount = minimumCount
        miner.minimumCohesion = 2  // short texts give small PMI values
        var counts = miner.counts()
        miner.add(DocumentReader().read(text: "题目\n\n" + text, source: "t"), to: &counts)
        return miner.phrases(from: counts, lexicon: lexicon)
    }

    @Test func recurringCohesiveFreeTermIsFound() throws {
        let text = "我们学习网格员经验。网格员很辛苦，大家感谢网格员。网格员在社区，社区需要网格员！好的网格员受欢迎。"
        let found = phrases(text)
        let grid = try #require(found.first { $0.term == "网格员" })
        #expect(grid.count == 6)
        #expect(grid.cohesion > 2)
        #expect(grid.leftEntropy > 1 && grid.rightEntropy > 1)
        // Its fragments never stand free on the side they are cut: 网格 is always followed by 员.
        #expect(!found.contains { $0.term == "网格" })
    }

    @Test func cohesionIsTheWeakestSplit() throws {
        // 甲乙 occurs 4 times in 24 characters; 甲 and 乙 only inside it.
        let text = "甲乙，丙丁。甲乙，戊己。甲乙，庚辛。甲乙，壬癸。"
        var miner = PhraseMiner()
        miner.minimumCount = 2
        miner.minimumFreedom = 0
        miner.minimumCohesion = 0
        var counts = miner.counts()
        miner.add(DocumentReader().read(text: "题目\n\n" + text, source: "t"), to: &counts)
        let pair = try #require(miner.phrases(from: counts).first { $0.term == "甲乙" })
        // p(甲乙) = 4/16 Han characters, p(甲) = p(乙) = 4/16: log2((4/16) / (4/16 · 4/16)) = 2.
        #expect(abs(pair.cohesion - 2) < 1e-9)
    }

    @Test func termsTheLexiconKnowsAreLeftOut() throws {
        let text = "经济发展很重要。经济发展靠大家。我们谈经济发展。经济发展好。"
        let lexicon = try Lexicon.standard()
        #expect(phrases(text, lexicon: lexicon).allSatisfy { lexicon.cost(of: $0.term) == nil })
    }
}
