import Foundation
import Testing
import ZhTextCore
@testable import ZhText

/// The seam for an analysis: a type that counts tokenized documents and merges, run over a
/// corpus by `CorpusAnalysis.count` on every core, each document segmented once.
@Suite struct CorpusCounterTests {
    /// The README's example: sentences that end in a question mark.
    struct QuestionCounter: CorpusCounter {
        static let partialName = "questions"
        static let sumFields = ["questions": 1]
        var questions = 0
        var documents: Set<Int> = []
        mutating func add(_ sentences: [TokenizedSentence], of document: Document, index: Int) {
            questions += sentences.filter { $0.tokens.last?.text == "？" }.count
            documents.insert(index)
        }
        mutating func merge(_ other: Self) {
            questions += other.questions
            documents.formUnion(other.documents)
        }
        func partialRecords() -> [UInt8] { Array("questions\t\(questions)\n".utf8) }
    }

    @Test func aNewAnalysisIsOneTypeThatCountsAndMerges() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-counter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (index, text) in ["为什么？因为要发展。", "怎么办？怎么干？", "没有问题。"].enumerated() {
            try Data(text.utf8).write(to: folder.appendingPathComponent("\(index).txt"))
        }
        let analysis = CorpusAnalysis(lexicon: FrequencyTests.lexicon)
        let (counter, diagnostics) = await analysis.count([folder.path]) { QuestionCounter() }
        #expect(diagnostics.isEmpty)
        #expect(counter.questions == 3)
        #expect(counter.documents.count == 3)
        #expect(String(decoding: counter.partialRecords(), as: UTF8.self) == "questions\t3\n")
    }

    @Test func partialHeadersSayHowTheirRecordsSum() {
        let header = PartialFormat.header(command: "freq", options: [("by", "corpus")])
        #expect(header.contains("sum\tgroup\t1\n"))
        #expect(header.contains("sum\tterm\t2\n"))
        #expect(PartialFormat.sums(of: "collocations") == ["total": 1, "pair": 1, "first": 1, "second": 1])
    }
}
