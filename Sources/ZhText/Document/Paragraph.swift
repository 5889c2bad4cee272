/// A paragraph of an essay: one line of text with surrounding white space and markers removed.
public struct Paragraph: Sendable, Hashable {
    /// Position of the paragraph in its essay, from 1.
    public var number: Int
    /// Where the paragraph stands in the document's text.
    public var span: TextSpan
    /// The section (body, preview or paid) the paragraph belongs to.
    public var section: Section
    /// The paragraph's sentences, in order.
    public var sentences: [Sentence]
}
