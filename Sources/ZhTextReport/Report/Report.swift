/// A report: titled sections, each with text, a bar chart or a table, written as HTML or
/// Markdown by `ReportWriter`.
public struct Report: Sendable {
    /// The title: the HTML page's title and first heading, the Markdown's `#` heading.
    public var title: String
    /// The sections, in the order written.
    public var sections: [Section]
    /// Concordance lines of terms the report shows, by term: the HTML page opens them when a
    /// reader clicks the term.
    public var contexts: [String: [Context]] = [:]

    /// One line of context of a term: the text before it, the term as written, the text after.
    public struct Context: Sendable, Hashable {
        /// The text before the term.
        public var left: String
        /// The term, as written.
        public var keyword: String
        /// The text after the term.
        public var right: String
        /// Where it is: the document and essay.
        public var place: String

        /// A line of context; `place` names the document and essay.
        public init(left: String, keyword: String, right: String, place: String) {
            self.left = left
            self.keyword = keyword
            self.right = right
            self.place = place
        }
    }

    /// A report titled `title`, with no concordance lines.
    public init(title: String, sections: [Section] = []) {
        self.title = title
        self.sections = sections
    }

    /// One part of a report.
    public struct Section: Sendable {
        /// The section's heading (an `h2` in HTML, `##` in Markdown).
        public var heading: String
        /// What it holds, in order.
        public var blocks: [Block]

        /// A section headed `heading` holding `blocks`.
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
