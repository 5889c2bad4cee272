import Foundation
import Testing
import ZhTextCore
@testable import ZhText

/// The co-occurrence network: windows counted per unit, weights by hand.
@Suite struct CooccurrenceNetworkTests {
    func network(_ text: String, window: CooccurrenceWindow) -> CooccurrenceNetwork {
        var network = CooccurrenceNetwork(terms: ["aa", "bb", "cc"], window: window, options: NGramOptions(stopWords: .none))
        let document = DocumentReader().read(text: text, source: "t")
        network.add(DocumentTokenizer(lexicon: FrequencyTests.lexicon).sentences(of: document))
        return network
    }

    func weights(_ network: CooccurrenceNetwork, _ weight: CooccurrenceWeight) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: network.edges(weight: weight).map { (network.terms[$0.source] + "-" + network.terms[$0.target], $0.weight) })
    }

    /// Sentences: {aa bb}, {aa cc}, {bb cc aa}, {dd}: W = 3 windows holding a node word.
    @Test func sentenceWindowsAndWeightsByHand() {
        let net = network("题目\n\naa bb aa。aa cc。bb cc aa。dd。\n", window: .sentence)
        #expect(net.windows == 3)
        #expect(net.termWindows == [3, 2, 2])
        let count = weights(net, .count)
        #expect(count == ["aa-bb": 2, "aa-cc": 2, "bb-cc": 1])
        let jaccard = weights(net, .jaccard)
        #expect(abs((jaccard["aa-bb"] ?? .nan) - 2.0 / 3) < 1e-12)  // 2 / (3 + 2 − 2)
        #expect(abs((jaccard["bb-cc"] ?? .nan) - 1.0 / 3) < 1e-12)  // 1 / (2 + 2 − 1)
        let ochiai = weights(net, .ochiai)
        #expect(abs((ochiai["aa-bb"] ?? .nan) - 2 / 6.0.squareRoot()) < 1e-12)
        #expect(abs((ochiai["bb-cc"] ?? .nan) - 0.5) < 1e-12)
        let pmi = weights(net, .pmi)
        #expect(abs((pmi["aa-bb"] ?? .nan)) < 1e-12)  // log2(2·3 / (3·2))
        #expect(abs((pmi["bb-cc"] ?? .nan) - log2(0.75)) < 1e-12)
        #expect(net.edges(weight: .count, minWeight: 2).count == 2)
    }

    @Test func paragraphAndDocumentWindows() {
        let text = "题目\n\naa。bb。\n\ncc。aa。\n"
        let paragraphs = network(text, window: .paragraph)
        #expect(paragraphs.windows == 2)
        #expect(weights(paragraphs, .count) == ["aa-bb": 1, "aa-cc": 1])
        let document = network(text, window: .document)
        #expect(document.windows == 1)
        #expect(weights(document, .count) == ["aa-bb": 1, "aa-cc": 1, "bb-cc": 1])
        let sentences = network(text, window: .sentence)
        #expect(sentences.edges(weight: .count).isEmpty)
    }
}
