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
        /// A run of dialogue: the other of the two people who spoke the turns before, or the
        /// person the turn before addressed (对少安说).
        case alternation
        /// A turn of a transcript: 问：…, 答：…, 主持人：…, 李明：…, 【李明】… (答 is the person the
        /// transcript introduces).
        case turn
    }

    /// Where the document came from (`Document.source`).
    public var document: String
    /// The essay's number in its document, from 1.
    public var essay: Int
    /// The section (body, preview or paid) where the quotation starts.
    public var section: Section
    /// Number of the paragraph (in its essay) where the quotation starts.
    public var paragraph: Int
    /// Speech, citation or quoted term.
    public var kind: Kind
    /// The speaker as written (e.g. 习近平总书记), or empty when none is in reach.
    public var speaker: String
    /// The speaker without titles (e.g. 习近平), after aliases and pronouns are resolved.
    public var canonicalSpeaker: String
    /// The speech verb (强调, 指出, 说 …) or, in possessive frames, the noun (要求).
    public var verb: String
    /// How the speaker was found.
    public var method: Method
    /// Where the speaker is mentioned for this quotation (the name, title and name, pronoun or
    /// label as written): character offsets in the decoded document; nil when no mention
    /// attributes it (alternation, no speaker).
    public var speakerSpan: TextSpan? = nil
    /// Whether the speaker is a source the text leaves unnamed on purpose or describes only
    /// (一位不愿透露姓名的村民 → 村民, 有网友 → 网友): the canonical speaker is the description.
    public var isAnonymous = false
    /// The quoted text without the outer marks (paragraph breaks inside become line breaks).
    public var text: String
    /// Where the quoted text stands: character offsets in the decoded document, marks excluded.
    public var span: TextSpan
    /// Whether a quotation mark was missing and the quotation was closed at a paragraph end.
    public var recovered: Bool
}
