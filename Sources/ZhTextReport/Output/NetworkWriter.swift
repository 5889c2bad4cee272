import Foundation
import ZhText

/// How a co-occurrence network is written.
public enum NetworkFormat: String, Sendable, CaseIterable {
    /// GEXF 1.3, Gephi's format.
    case gexf
    /// GraphML (Gephi, igraph, NetworkX, Cytoscape).
    case graphml
    /// An edge list, `source,target,weight,cooccurrences`.
    case csv
    /// The same edge list, tab-separated.
    case tsv
    /// The same edge list as JSON.
    case json
}

/// Writes a `CooccurrenceNetwork`: nodes are its terms with their frequency (as `freq` counts
/// them) and tag; edges are undirected, with their weight and co-occurrence count.
public enum NetworkWriter {
    /// The network in `format`: `frequencies` gives each term's frequency by its index in `network.terms`, `edges` the edges to write, and `weight` the measure named in GEXF's description.
    public static func render(_ network: CooccurrenceNetwork, frequencies: [Int], edges: [CooccurrenceNetwork.Edge],
                              weight: CooccurrenceWeight, format: NetworkFormat) -> String {
        switch format {
        case .gexf: return gexf(network, frequencies: frequencies, edges: edges, weight: weight)
        case .graphml: return graphml(network, frequencies: frequencies, edges: edges)
        case .csv, .tsv, .json:
            var table = Table(columns: ["source", "target", "weight", "cooccurrences"])
            for edge in edges {
                table.append([.text(network.terms[edge.source]), .text(network.terms[edge.target]),
                              .number(edge.weight, decimals: 4), .integer(edge.cooccurrences)])
            }
            return TableWriter.render(table, as: format == .csv ? .csv : format == .tsv ? .tsv : .json)
        }
    }

    static func gexf(_ network: CooccurrenceNetwork, frequencies: [Int], edges: [CooccurrenceNetwork.Edge],
                     weight: CooccurrenceWeight) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <meta><creator>zhtext</creator><description>co-occurrence of \(network.terms.count) terms in \(network.window.rawValue) windows, weight \(weight.rawValue)</description></meta>
              <graph mode="static" defaultedgetype="undirected">
                <attributes class="node">
                  <attribute id="frequency" title="frequency" type="integer"/>
                  <attribute id="tag" title="tag" type="string"/>
                  <attribute id="windows" title="windows" type="integer"/>
                </attributes>
                <attributes class="edge">
                  <attribute id="cooccurrences" title="cooccurrences" type="integer"/>
                </attributes>
                <nodes>

            """
        for (index, term) in network.terms.enumerated() {
            xml += "      <node id=\"\(index)\" label=\"\(escape(term))\"><attvalues>"
            xml += "<attvalue for=\"frequency\" value=\"\(frequencies[index])\"/>"
            xml += "<attvalue for=\"tag\" value=\"\(escape(network.tag(of: index)?.name ?? ""))\"/>"
            xml += "<attvalue for=\"windows\" value=\"\(network.termWindows[index])\"/></attvalues></node>\n"
        }
        xml += "    </nodes>\n    <edges>\n"
        for (index, edge) in edges.enumerated() {
            xml += "      <edge id=\"\(index)\" source=\"\(edge.source)\" target=\"\(edge.target)\" weight=\"\(number(edge.weight))\">"
            xml += "<attvalues><attvalue for=\"cooccurrences\" value=\"\(edge.cooccurrences)\"/></attvalues></edge>\n"
        }
        xml += "    </edges>\n  </graph>\n</gexf>\n"
        return xml
    }

    static func graphml(_ network: CooccurrenceNetwork, frequencies: [Int], edges: [CooccurrenceNetwork.Edge]) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <key id="frequency" for="node" attr.name="frequency" attr.type="int"/>
              <key id="tag" for="node" attr.name="tag" attr.type="string"/>
              <key id="windows" for="node" attr.name="windows" attr.type="int"/>
              <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
              <key id="cooccurrences" for="edge" attr.name="cooccurrences" attr.type="int"/>
              <graph id="cooccurrence" edgedefault="undirected">

            """
        for (index, term) in network.terms.enumerated() {
            xml += "    <node id=\"n\(index)\"><data key=\"label\">\(escape(term))</data>"
            xml += "<data key=\"frequency\">\(frequencies[index])</data>"
            xml += "<data key=\"tag\">\(escape(network.tag(of: index)?.name ?? ""))</data>"
            xml += "<data key=\"windows\">\(network.termWindows[index])</data></node>\n"
        }
        for (index, edge) in edges.enumerated() {
            xml += "    <edge id=\"e\(index)\" source=\"n\(edge.source)\" target=\"n\(edge.target)\">"
            xml += "<data key=\"weight\">\(number(edge.weight))</data><data key=\"cooccurrences\">\(edge.cooccurrences)</data></edge>\n"
        }
        xml += "  </graph>\n</graphml>\n"
        return xml
    }

    /// A weight as XML Schema's double reads it (finite; 6 decimals).
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return value > 0 ? "INF" : (value < 0 ? "-INF" : "NaN") }
        return Cell.number(value, decimals: 6).description
    }

    /// Text for XML attributes and content; control characters XML 1.0 forbids become U+FFFD.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default:
                if scalar.value < 0x20, scalar != "\t", scalar != "\n", scalar != "\r" { result += "\u{FFFD}" } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
