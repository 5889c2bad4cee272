import Foundation
import Testing
import ZhText
import ZhTextReport

/// The report as a library user builds it: the same sections `zhtext report` writes.
@Suite struct CorpusReportTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Corpus/rural").standardizedFileURL.path

    @Test func aCorpusReportHasEverySectionInOrder() async throws {
        let lexicon = try Lexicon.standard()
        let corpus = await Corpus.read([Self.corpus], options: DocumentReader.Options().learning(with: lexicon))
        let report = await CorpusReport(paths: [Self.corpus], lexicon: lexicon).build(corpus)
        #expect(report.sections.map(\.heading) == [
            "Overview", "Top words (two characters or more)", "Co-occurrence network", "Key phrases",
            "Keyness: \(Self.corpus) against general Chinese", "Quotations", "Key phrases in context",
        ])
        let markdown = ReportWriter.markdown(report)
        #expect(markdown.contains("6 documents, 6 essays"))
        #expect(markdown.contains("| speaker | quotations by speaker |"))
    }

    @Test func theNetworkSectionDrawsTheTopWordsAndTheirStrongestLinks() async throws {
        let lexicon = try Lexicon.standard()
        let corpus = await Corpus.read([Self.corpus], options: DocumentReader.Options().learning(with: lexicon))
        let report = await CorpusReport(paths: [Self.corpus], lexicon: lexicon).build(corpus)
        let section = try #require(report.sections.first { $0.heading == "Co-occurrence network" })
        var drawn: (nodes: [Report.NetworkNode], edges: [Report.NetworkEdge])?
        var edgeTable: Table?
        for block in section.blocks {
            if case .network(_, let nodes, let edges) = block { drawn = (nodes, edges) }
            if case .table("network", let table) = block { edgeTable = table }
        }
        let network = try #require(drawn)
        let table = try #require(edgeTable)
        #expect(network.nodes.count == Report.Section.networkTerms)
        #expect(!network.edges.isEmpty && network.edges.count <= Report.Section.networkEdges)
        #expect(table.rows.count == network.edges.count)
        // Nodes are the top words, most frequent first, with their freq counts.
        let top = report.sections[1].blocks.compactMap { block -> Table? in
            if case .table("freq", let table) = block { return table }
            return nil
        }.first
        let freqRows = try #require(top).rows
        for (node, row) in zip(network.nodes, freqRows) {
            #expect(node.label == row[0].description)
            #expect(node.frequency.description == row[3].description)
        }
        // Edges strongest first, each between two different drawn nodes.
        #expect(network.edges.map(\.weight) == network.edges.map(\.weight).sorted(by: >))
        #expect(network.edges.allSatisfy { $0.source != $0.target && $0.target < network.nodes.count })
        let html = ReportWriter.html(report)
        #expect(html.components(separatedBy: "<circle class=\"node\"").count - 1 == network.nodes.count)
        #expect(html.components(separatedBy: "<line class=\"edge\"").count - 1 == network.edges.count)
        #expect(ReportWriter.markdown(report).contains("| node | frequency | tag |"))
    }
}
