/// A sentence: a span of a paragraph ending at 。！？… (or their variants) and any closing
/// quotes or brackets that follow.
public struct Sentence: Sendable, Hashable {
    /// Where the sentence stands in the document's text.
    public var span: TextSpan
}
