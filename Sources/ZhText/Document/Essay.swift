/// One essay of a document. A file may hold several, e.g. a collection with a `（3篇）` heading.
public struct Essay: Sendable, Hashable {
    /// Position of the essay in its document, from 1.
    public var number: Int
    /// The essay's title; for the first essay of a collection without a title of its own, the
    /// collection's title. Empty when the document has none.
    public var title: String
    /// Where the title stands in the text, if the essay has its own title line.
    public var titleSpan: TextSpan?
    /// A collection heading such as `（2篇）` that the essay's title line holds or that stands
    /// before the essay: text of the document, counted with the essay, though not its title.
    public var headingSpan: TextSpan?
    /// The essay's paragraphs, in order.
    public var paragraphs: [Paragraph]

    /// The sections the essay's paragraphs belong to, in order of first appearance.
    public var sections: [Section] {
        var seen: [Section] = []
        for paragraph in paragraphs where !seen.contains(paragraph.section) {
            seen.append(paragraph.section)
        }
        return seen
    }
}
