import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `zhtext network`: GEXF and GraphML parse as XML with the nodes and edges of the edge list.
@Suite struct NetworkCommandTests {
    /// Counts elements by name, and collects the attributes of `node` elements.
    final class Census: NSObject, XMLParserDelegate {
        var elements: [String: Int] = [:]
        var labels: [String] = []
        var data: [String: String] = [:]
        var currentKey: String?
        var text = ""
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements[name, default: 0] += 1
            if name == "node", let label = attributes["label"] { labels.append(label) }
            if name == "data" { currentKey = attributes["key"]; text = "" }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "data", currentKey == "label" { labels.append(text) }
            currentKey = nil
        }
    }

    func parse(_ xml: String) -> Census? {
        let census = Census()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = census
        return parser.parse() ? census : nil
    }

    @Test func gexfAndGraphMLHoldTheNodesAndEdgesOfTheEdgeList() throws {
        let options = ["Corpus", "--top", "25", "--window", "paragraph", "--weight", "ochiai", "--min-weight", "0.1"]
        let csv = try CommandRunner.run(["network"] + options + ["--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let edges = csv.stdout.split(whereSeparator: \.isNewline).count - 1
        #expect(edges > 10)
        let freq = try CommandRunner.run(["freq", "Corpus", "--top", "25", "--format", "tsv"])
        let top = freq.stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: "\t")[0]) }
        for format in ["gexf", "graphml"] {
            let result = try CommandRunner.run(["network"] + options + ["--format", format])
            #expect(result.status == 0)
            let census = try #require(parse(result.stdout), "\(format) does not parse as XML")
            #expect(census.elements["node"] == 25)
            #expect(census.elements["edge"] == edges)
            #expect(census.labels == top)
            #expect(census.elements[format] == 1)
        }
    }

    @Test func badOptionsAreUsageErrors() throws {
        let weight = try CommandRunner.run(["network", "Corpus", "--weight", "cosine"])
        #expect(weight.status == 64)
        let window = try CommandRunner.run(["network", "Corpus", "--window", "page"])
        #expect(window.status == 64)
    }
}
