/// A quotation found in a document: its text, what kind it is and who is quoted.
public struct Quotation: Sendable, Hashable {
    /// What a quotation is.
    public enum Kind: String, Sendable, CaseIterable {
        /// Someone says or writes it.
        case speech
        /// A written or classical source: 《论语》有云, 古人云, 俗话说, 子曰.
        case citation
        /// A quoted term, slogan or emphasis: “四下基层”, “最后一公里”.
        case term
    }

    public var document: String
    public var essay: Int
    public var section: Section
    /// Number of the paragraph (in its essay) where the quotation starts.
    public var paragraph: Int
    public var kind: Kind
    /// The speaker as written (e.g. 习近平总书记), or empty when none is in reach.
    public var speaker: String
    /// The speaker without titles (e.g. 习近平), after aliases and pronouns are resolved.
    public var canonicalSpeaker: String
    /// The speech verb (强调, 指出, 说 …) or, in possessive frames, the noun (要求).
    public var verb: String
    /// The quoted text without the outer marks (paragraph breaks inside become line breaks).
    public var text: String
    /// Where the quoted text stands: character offsets in the decoded document, marks excluded.
    public var span: TextSpan
    /// Whether a quotation mark was missing and the quotation was closed at a paragraph end.
    public var recovered: Bool
}
