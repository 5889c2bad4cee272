/// Quotations summed up as they are found: by canonical speaker, and quoted terms by their
/// text. It holds counts, not the quotations, so `zhtext quotes --summary` stays small however
/// many quotations a corpus has.
public struct QuotationSummary: Sendable {
    /// What one canonical speaker said.
    public struct Speaker: Sendable {
        /// The canonical name (`Quotation.canonicalSpeaker`).
        public var name: String
        /// The kind of the speaker's first quotation (speech or citation).
        public var kind: Quotation.Kind
        /// Quotations with this speaker.
        public var quotations = 0
        /// Documents with at least one of them.
        public var documents = 0
        /// Essays with at least one of them.
        public var essays = 0
        /// Speech verbs with their counts, most frequent first (ties by verb).
        public var verbs: [(verb: String, count: Int)] { Self.ranked(verbCounts) }
        /// The speaker's quotations by how often they occur, most frequent first (ties by text).
        public var texts: [(text: String, count: Int)] { Self.ranked(textCounts) }

        var verbCounts: [String: Int] = [:]
        var textCounts: [String: Int] = [:]
        var seen = Seen()

        static func ranked(_ counts: [String: Int]) -> [(String, Int)] {
            counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ($0.key, $0.value) }
        }
    }

    /// A quoted term (a short quotation such as a slogan) and where it occurs.
    public struct Term: Sendable {
        /// The term as quoted.
        public var text: String
        /// Times it is quoted.
        public var count = 0
        /// Documents that quote it.
        public var documents = 0
        /// Essays that quote it.
        public var essays = 0
        var seen = Seen()
    }

    /// The documents and essays seen so far, to count each once.
    struct Seen: Sendable {
        var documents: Set<String> = []
        var essays: Set<EssayKey> = []

        mutating func note(_ quotation: Quotation) -> (newDocument: Bool, newEssay: Bool) {
            (documents.insert(quotation.document).inserted,
             essays.insert(EssayKey(document: quotation.document, essay: quotation.essay)).inserted)
        }
    }

    struct EssayKey: Hashable, Sendable {
        var document: String
        var essay: Int
    }

    private var speakerIndex: [String: Speaker] = [:]
    private var termIndex: [String: Term] = [:]

    /// An empty summary.
    public init() {}

    /// Adds quotations: those with a speaker count for the speaker, terms for the term.
    public mutating func add(_ quotations: some Sequence<Quotation>) {
        for quotation in quotations {
            if quotation.kind == .term {
                var term = termIndex[quotation.text] ?? Term(text: quotation.text)
                let (newDocument, newEssay) = term.seen.note(quotation)
                term.count += 1
                if newDocument { term.documents += 1 }
                if newEssay { term.essays += 1 }
                termIndex[quotation.text] = term
            } else if !quotation.canonicalSpeaker.isEmpty {
                let name = quotation.canonicalSpeaker
                var speaker = speakerIndex.removeValue(forKey: name) ?? Speaker(name: name, kind: quotation.kind)
                let (newDocument, newEssay) = speaker.seen.note(quotation)
                speaker.quotations += 1
                if newDocument { speaker.documents += 1 }
                if newEssay { speaker.essays += 1 }
                if !quotation.verb.isEmpty { speaker.verbCounts[quotation.verb, default: 0] += 1 }
                speaker.textCounts[quotation.text, default: 0] += 1
                speakerIndex[name] = speaker
            }
        }
    }

    /// Speakers, most quoted first (ties by name).
    public var speakers: [Speaker] {
        speakerIndex.values.sorted { ($0.quotations, $1.name) > ($1.quotations, $0.name) }
    }

    /// Quoted terms, most frequent first (ties by text).
    public var terms: [Term] {
        termIndex.values.sorted { ($0.count, $1.text) > ($1.count, $0.text) }
    }
}
