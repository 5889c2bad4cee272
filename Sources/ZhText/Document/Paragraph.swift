/// A paragraph of an essay: one line of text with surrounding white space and markers removed.
public struct Paragraph: Sendable, Hashable {
    /// Position of the paragraph in its essay, from 1.
    public var number: Int
    public var span: TextSpan
    public var section: Section
    public var sentences: [Sentence]
}
