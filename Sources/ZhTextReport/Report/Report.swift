/// A report: titled sections, each with text, a bar chart or a table, written as HTML or
/// Markdown by `ReportWriter`.
public struct Report: Sendable {
    public var title: String
    public var sections: [Section]
    /// Concordance lines of terms the report shows, by term: the HTML page opens them when a
    /// reader clicks the term.
    public var contexts: [String: [Context]] = [:]

    /// One line of context of a term: the text before it, the term as written, the text after.
    public struct Context: Sendable, Hashable {
        public var left: String
        public var keyword: String
        public var right: String
        /// Where it is: the document and essay.
        public var place: String

        public init(left: String, keyword: String, right: String, place: String) {
            self.left = left
            self.keyword = keyword
            self.right = right
            self.place = place
        }
    }

    public init(title: String, sections: [Section] = []) {
        self.title = title
        self.sections = sections
    }

    /// One part of a report.
    public struct Section: Sendable {
        public var heading: String
        public var blocks: [Block]

        public init(heading: String, blocks: [Block]) {
            self.heading = heading
            self.blocks = blocks
        }
    }

    /// What a section holds.
    public enum Block: Sendable {
        case paragraph(String)
        /// Horizontal bars: a label and a value each, drawn longest first. `label` names what
        /// the labels are (the first column when the chart is written as a table).
        case bars(title: String, label: String = "term", [(label: String, value: Double)])
        /// A table; `name` is the file stem when tables are exported as CSV.
        case table(name: String, Table)
        /// Lines over ordered periods (time runs left to right): one series of values per
        /// period each, drawn on one scale.
        case curves(title: String, periods: [String], series: [(name: String, values: [Double])])
        /// A network drawn with a force layout in the page (a table of its edges in Markdown).
        case network(title: String, nodes: [NetworkNode], edges: [NetworkEdge])
    }
}
