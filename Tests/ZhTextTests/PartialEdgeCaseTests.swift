import Testing
@testable import ZhText
import ZhTextCore

/// Partials whose sums pass what an Int holds, and partials made with other lexicon content.
@Suite struct PartialEdgeCaseTests {
    /// A partial with one group and one term (another term for another part of a corpus, so
    /// that the two are not taken for the same partial given twice), ending with its trailer.
    func partial(count: Int, term: String = "北京") -> [UInt8] {
        let records = Array("group\t*\tcorpus\t\(count)\nterm\t*\t\(term)\t\(count)\t1\n".utf8)
        return Array("zhtext-partial\t\(PartialFormat.version)\tfreq\noption\tby\tcorpus\n".utf8) + records
            + Array(PartialFormat.trailer(for: records).utf8)
    }

    @Test func countsThatAddUpPastTheLargestIntAreAnErrorNotATrap() throws {
        var merger = PartialMerger(command: "freq")
        try merger.add(partial(count: Int.max - 1), source: "a.partial")
        #expect {
            try merger.add(partial(count: 2, term: "上海"), source: "b.partial")
        } throws: { error in
            (error as? PartialError)?.description.contains("more than \(Int.max)") == true
        }
    }

    @Test func countsNearTheLargestIntStillMerge() throws {
        var merger = PartialMerger(command: "freq")
        try merger.add(partial(count: Int.max / 2), source: "a.partial")
        try merger.add(partial(count: Int.max / 2, term: "上海"), source: "b.partial")
        let counter = try merger.frequencyCounter()
        #expect(counter.totals[.corpus] == Int.max - 1)
    }

    @Test func theLexiconDescriptionTellsApartDictionariesOfTheSameSize() throws {
        let first = try Lexicon.standard(adding: [UserLexicon(name: "a.dict", text: "今天去 5\n")], main: .none)
        let second = try Lexicon.standard(adding: [UserLexicon(name: "a.dict", text: "去北京 5\n")], main: .none)
        let again = try Lexicon.standard(adding: [UserLexicon(name: "b.dict", text: "今天去 5\n")], main: .none)
        #expect(PartialFormat.describe(first) != PartialFormat.describe(second))
        #expect(first.contentChecksum == again.contentChecksum)
    }
}
