import ZhText

extension Report {
    /// One node of a network drawn in a report: its label, the size it is drawn at (its
    /// frequency) and its tag.
    public struct NetworkNode: Sendable, Hashable {
        /// The word the node stands for.
        public var label: String
        /// Its frequency, which sizes it (0 when unknown).
        public var frequency: Int
        /// Its part-of-speech tag's name; empty when it has none.
        public var tag: String

        /// A node labelled `label`, sized by `frequency`, tagged `tag`.
        public init(label: String, frequency: Int, tag: String) {
            self.label = label
            self.frequency = frequency
            self.tag = tag
        }
    }

    /// One undirected edge: indices into the nodes, and its weight.
    public struct NetworkEdge: Sendable, Hashable {
        /// One end: an index into the nodes.
        public var source: Int
        /// The other end: an index into the nodes.
        public var target: Int
        /// The edge's weight (Ochiai's coefficient in the report's network).
        public var weight: Double

        /// An edge between nodes `source` and `target` of `weight`.
        public init(source: Int, target: Int, weight: Double) {
            self.source = source
            self.target = target
            self.weight = weight
        }
    }
}

extension Report.Section {
    /// Terms the network section draws.
    public static let networkTerms = 30
    /// Edges the network section draws at most (the strongest).
    public static let networkEdges = 60

    /// "Co-occurrence network": the top words (two characters or more) as nodes and the
    /// strongest of their links by Ochiai's coefficient over paragraphs
    /// (`CooccurrenceNetwork`, as `zhtext network --window paragraph --weight ochiai` counts
    /// them), drawn with a force layout in the page, and the edges as a table.
    public static func network(_ network: CooccurrenceNetwork, frequencies: [Int]) -> Report.Section {
        let edges = network.edges(weight: .ochiai).filter { $0.cooccurrences >= 2 }.prefix(networkEdges)
        let nodes = network.terms.indices.map { index in
            Report.NetworkNode(label: network.terms[index], frequency: index < frequencies.count ? frequencies[index] : 0,
                               tag: network.tag(of: index)?.name ?? "")
        }
        var table = Table(columns: ["source", "target", "cooccurrences", "ochiai"])
        for edge in edges {
            table.append([.text(network.terms[edge.source]), .text(network.terms[edge.target]), .integer(edge.cooccurrences),
                          .number(edge.weight, decimals: 3)])
        }
        let description = "The \(nodes.count) most frequent words of two characters or more and the \(edges.count) strongest "
            + "links between them: two words are linked when paragraphs hold both (at least twice), weighted by Ochiai's "
            + "coefficient c / √(f(a)·f(b)); a node's size is its frequency. zhtext network writes the whole network for Gephi."
        return Report.Section(heading: "Co-occurrence network", blocks: [
            .paragraph(description),
            .network(title: "co-occurrence network of the top words", nodes: nodes,
                     edges: edges.map { Report.NetworkEdge(source: $0.source, target: $0.target, weight: $0.weight) }),
            .table(name: "network", table),
        ])
    }
}
