import Foundation
import Testing
@testable import ZhText

@Suite struct StatisticsTests {
    func close(_ value: Double, _ expected: Double, within tolerance: Double = 0.0005) -> Bool {
        abs(value - expected) <= tolerance
    }

    /// The example of Lancaster's log-likelihood wizard tutorial: a word seen 52 times in a
    /// corpus of 50,000 words and 57 times in one of 75,000 has LL +2.65, not significant.
    @Test func publishedLogLikelihoodExample() {
        let keyness = Keyness(targetCount: 52, referenceCount: 57, targetTotal: 50_000, referenceTotal: 75_000)
        #expect((keyness.logLikelihood * 100).rounded() / 100 == 2.65)
        #expect(keyness.direction == .more)
        #expect(keyness.pValue > 0.05)
    }

    /// a = 10, b = 0, c = d = 100. Expected: 5, 5, 95, 95.
    /// G² = 2 (10 ln 2 + 90 ln(90/95) + 100 ln(100/95)) = 2 (6.9315 − 4.8660 + 5.1293) = 14.3895
    /// χ² = 25/5 + 25/5 + 25/95 + 25/95 = 10.5263
    /// log ratio = log2((10/100) / (0.5/100)) = log2 20 = 4.3219
    @Test func handComputedTable() {
        let keyness = Keyness(targetCount: 10, referenceCount: 0, targetTotal: 100, referenceTotal: 100)
        let expectedG2 = 2 * (10 * log(2.0) + 90 * log(90.0 / 95) + 100 * log(100.0 / 95))
        #expect(close(keyness.logLikelihood, expectedG2))
        #expect(close(expectedG2, 14.3895, within: 0.0001))
        #expect(close(keyness.chiSquared, 10.5263, within: 0.0001))
        #expect(close(keyness.logRatio, 4.3219, within: 0.0001))
        #expect(keyness.percentDifference == .infinity)
        #expect(keyness.targetPerMillion == 100_000)
        #expect(keyness.direction == .more)
    }

    @Test func negativeKeywordsPointDown() {
        let keyness = Keyness(targetCount: 2, referenceCount: 30, targetTotal: 1000, referenceTotal: 1000)
        #expect(keyness.direction == .less)
        #expect(close(keyness.percentDifference, (2.0 - 30) * 100 / 30, within: 1e-9))
        #expect(keyness.logRatio < 0)
    }

    @Test func chiSquaredPValueWithOneDegreeOfFreedom() {
        #expect(close(ContingencyTable.pValue(chiSquared: 3.841459), 0.05, within: 1e-6))
        #expect(close(ContingencyTable.pValue(chiSquared: 6.634897), 0.01, within: 1e-6))
        #expect(ContingencyTable.pValue(chiSquared: 0) == 1)
    }

    /// Two sentences, window 1 (adjacent pairs): 甲乙丙 and 甲乙. Pairs: 甲乙 ×2, 乙丙 ×1, N = 3.
    /// For 甲乙: O = 2, R = 2 (甲 first), C = 2 (乙 second), E = 2·2/3, PMI = log2(2 / (4/3)).
    @Test func collocationMeasuresFromTheirTable() {
        var counter = CollocationCounter(window: 1, options: NGramOptions(stopWords: .none))
        counter.add([sentence(["甲", "乙", "丙"]), sentence(["甲", "乙"])])
        let rows = counter.rows(minCount: 1)
        let pair = rows.first { $0.first == "甲" && $0.second == "乙" }
        #expect(pair != nil)
        #expect(pair?.count == 2)
        #expect(pair?.firstCount == 2 && pair?.secondCount == 2)
        #expect(close(pair?.expected ?? 0, 4.0 / 3))
        #expect(close(pair?.pmi ?? 0, log2(2 / (4.0 / 3))))
        #expect(close(pair?.tScore ?? 0, (2 - 4.0 / 3) / 2.0.squareRoot()))
        let table = ContingencyTable(o11: 2, o12: 0, o21: 0, o22: 1)
        #expect(close(pair?.logLikelihood ?? 0, table.logLikelihood))
        #expect(close(table.logLikelihood, 2 * (2 * log(2 / (4.0 / 3)) + 1 * log(1 / (1.0 / 3)))))
    }

    @Test func windowCountsWordsAfterTheFirstWithinTheSentence() {
        var counter = CollocationCounter(window: 2, options: NGramOptions(stopWords: .none))
        counter.add([sentence(["甲", "乙", "丙", "丁"])])
        let pairs = Set(counter.rows(minCount: 1).map { $0.first + $0.second })
        #expect(pairs == ["甲乙", "甲丙", "乙丙", "乙丁", "丙丁"])
    }

    func sentence(_ words: [String]) -> TokenizedSentence {
        var offset = 0
        let tokens = words.map { word -> DocumentToken in
            defer { offset += word.count }
            return DocumentToken(text: word, kind: .word, span: TextSpan(start: offset, end: offset + word.count))
        }
        return TokenizedSentence(essay: 1, section: .body, paragraph: 1, tokens: tokens)
    }
}
