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

    /// How a quotation's speaker was found.
    public enum Method: String, Sendable, CaseIterable {
        /// No speaker.
        case none = ""
        /// The sentence around the quotation names the speaker (before it, after it, or
        /// between the halves of a split quote), or the possessive frame (…“…”的要求).
        case frame
        /// A pronoun or pointing word (她说, 该负责人表示) resolved to a person named before.
        case pronoun
        /// The paragraph before ends with the speaker and a colon (他对司机说：), or the
        /// paragraph after is only the speaker and the verb (少安说。).
        case adjacent
        /// A run of dialogue: the other of the two people who spoke the turns before.
        case alternation
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
    /// How the speaker was found.
    public var method: Method
    /// The quoted text without the outer marks (paragraph breaks inside become line breaks).
    public var text: String
    /// Where the quoted text stands: character offsets in the decoded document, marks excluded.
    public var span: TextSpan
    /// Whether a quotation mark was missing and the quotation was closed at a paragraph end.
    public var recovered: Bool
}
