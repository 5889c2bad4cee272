import ZhTextCore

/// Follows formulations (提法) through a dated corpus for `zhtext lifecycle`: where each first
/// occurs and who is quoted with it first, how often it occurs, in which documents and
/// sources, per period, and how often inside quotation marks.
///
/// A term counts as a token of that text (the terms join the run's lexicon, as a `--dict`
/// word does), so its count and documents are `freq`'s with the same lexicon. An occurrence is
/// quoted when its characters lie inside the text of a quotation that `QuotationFinder` (and
/// so `zhtext quotes`) finds in the document.
public struct LifecycleCounter: Sendable {
    /// What the counter reads from each document.
    public struct Options: Sendable {
        /// The field holding each document's date (`FieldDate`).
        public var dateField: String
        /// The field naming each document's source (outlet, province …), if any.
        public var sourceField: String?
        /// The periods of `peak` and of the per-period rows.
        public var period: DatePart
        /// Characters of context on each side of the first occurrence (as `kwic --window`).
        public var window: Int

        /// Options for `dateField`, with yearly periods and 20 characters of context by default.
        public init(dateField: String, sourceField: String? = nil, period: DatePart = .year, window: Int = 20) {
            self.dateField = dateField
            self.sourceField = sourceField
            self.period = period
            self.window = window
        }
    }

    /// Where a term was met, ordered by date (undated last), then input order and offset.
    struct Place: Sendable, Comparable {
        var date: FieldDate?
        var documentIndex: Int
        var offset: Int

        static func < (lhs: Place, rhs: Place) -> Bool {
            switch (lhs.date, rhs.date) {
            case let (a?, b?) where a != b: return a < b
            case (nil, _?): return false
            case (_?, nil): return true
            default: return (lhs.documentIndex, lhs.offset) < (rhs.documentIndex, rhs.offset)
            }
        }
    }

    /// Counts of a term in the whole corpus or in one period.
    struct Tally: Sendable {
        var count = 0
        var quoted = 0
        var documents = 0
        var lastDocument = -1
        /// Distinct sources and where each first used the term.
        var sourcesMet: [String: Place] = [:]

        /// The sources in the order they first used the term.
        var sources: [String] { sourcesMet.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map(\.key) }

        mutating func note(quoted isQuoted: Bool, place: Place, source: String?) {
            count += 1
            if isQuoted { quoted += 1 }
            if lastDocument != place.documentIndex {
                documents += 1
                lastDocument = place.documentIndex
            }
            if let source, !source.isEmpty, sourcesMet[source].map({ place < $0 }) ?? true { sourcesMet[source] = place }
        }

        mutating func merge(_ other: Tally) {
            guard count > 0 else {
                self = other
                return
            }
            count += other.count
            quoted += other.quoted
            documents += other.documents
            if lastDocument >= 0, lastDocument == other.lastDocument { documents -= 1 } else { lastDocument = -1 }
            for (source, place) in other.sourcesMet where sourcesMet[source].map({ place < $0 }) ?? true { sourcesMet[source] = place }
        }
    }

    struct TermState: Sendable {
        var total = Tally()
        var periods: [String: Tally] = [:]
        var first: (place: Place, document: String, context: String)?
        /// The earliest quotation whose text contains the term, and its speaker.
        var firstQuotation: (place: Place, speaker: String)?
    }

    /// What it reads from each document.
    public let options: Options
    /// The terms followed, in order (the forms whose variants are listed).
    public let terms: [String]
    /// Every form counted: the terms and the variant forms met before counting.
    public let forms: [String]
    let finder: QuotationFinder
    var states: [String: TermState] = [:]
    /// Running words (as `freq` counts them) and documents per period.
    var periodWords: [String: Int] = [:]
    var periodDocuments: [String: (documents: Int, lastDocument: Int)] = [:]
    /// Documents without a readable date, and a few of their names.
    public internal(set) var undated = 0
    /// The sources of up to three undated documents, in the order met.
    public internal(set) var undatedExamples: [String] = []
    private let counting = NGramOptions(stopWords: .none)
    private let formSet: Set<String>

    /// A counter for `terms` and the `variants` counted beside them (a form listed twice counts once); `finder` finds the quotations.
    public init(terms: [String], variants: [String] = [], options: Options, finder: QuotationFinder) {
        self.terms = terms
        var seen: Set<String> = []
        forms = (terms + variants).filter { seen.insert($0).inserted }
        formSet = seen
        self.options = options
        self.finder = finder
    }

    /// Counts one tokenized document.
    public mutating func add(_ sentences: [TokenizedSentence], of document: Document, index: Int) {
        let date = document.fields[options.dateField].flatMap(FieldDate.init(parsing:))
        let period = date?.period(options.period) ?? ""
        let source = options.sourceField.flatMap { document.fields[$0] }
        if date == nil, document.piece <= 1 {
            undated += 1
            if undatedExamples.count < 3 { undatedExamples.append(document.source) }
        }
        var documentTally = periodDocuments[period] ?? (0, -1)
        if documentTally.lastDocument != index { documentTally = (documentTally.documents + 1, index) }
        periodDocuments[period] = documentTally
        let words = sentences.reduce(0) { $0 + counting.wordCount(of: $1, in: document) }
        periodWords[period, default: 0] += words
        // Quotations only where a form occurs in the document.
        let found = sentences.contains { $0.tokens.contains { formSet.contains($0.text) } }
        let quotations = found ? finder.quotations(in: document) : []
        for quotation in quotations {
            for form in forms where quotation.text.contains(form) {
                let place = Place(date: date, documentIndex: index, offset: document.firstCharacter + quotation.span.start)
                if let earlier = states[form]?.firstQuotation, earlier.place < place { continue }
                states[form, default: TermState()].firstQuotation = (place, quotation.canonicalSpeaker)
            }
        }
        guard found else { return }
        for sentence in sentences {
            for token in sentence.tokens where formSet.contains(token.text) {
                let isQuoted = quotations.contains { $0.span.start <= token.span.start && token.span.end <= $0.span.end }
                var state = states[token.text] ?? TermState()
                let place = Place(date: date, documentIndex: index, offset: document.firstCharacter + token.span.start)
                state.total.note(quoted: isQuoted, place: place, source: source)
                state.periods[period, default: Tally()].note(quoted: isQuoted, place: place, source: source)
                if state.first == nil || place < state.first!.place {
                    state.first = (place, document.source, context(of: token.span, sentence: sentence, in: document))
                }
                states[token.text] = state
            }
        }
    }

    /// The occurrence with `window` characters each side, inside its paragraph, as written.
    private func context(of span: TextSpan, sentence: TokenizedSentence, in document: Document) -> String {
        let paragraph = document.essays.first { $0.number == sentence.essay }?.paragraphs
            .first { $0.span.start <= span.start && span.end <= $0.span.end }?.span
        let bounds = paragraph ?? TextSpan(start: sentence.tokens.first?.span.start ?? span.start,
                                           end: sentence.tokens.last?.span.end ?? span.end)
        let start = max(bounds.start, span.start - options.window), end = min(bounds.end, span.end + options.window)
        return document.originalText(TextSpan(start: start, end: end))
    }

    /// Adds the counts of a counter that saw other documents (or other pieces of the same file).
    public mutating func merge(_ other: LifecycleCounter) {
        undated += other.undated
        undatedExamples = Array((undatedExamples + other.undatedExamples).prefix(3))
        for (period, words) in other.periodWords { periodWords[period, default: 0] += words }
        for (period, theirs) in other.periodDocuments {
            guard var mine = periodDocuments[period] else {
                periodDocuments[period] = theirs
                continue
            }
            mine.documents += theirs.documents
            if mine.lastDocument >= 0, mine.lastDocument == theirs.lastDocument { mine.documents -= 1 } else { mine.lastDocument = -1 }
            periodDocuments[period] = mine
        }
        for (form, theirs) in other.states {
            var mine = states[form] ?? TermState()
            mine.total.merge(theirs.total)
            for (period, tally) in theirs.periods { mine.periods[period, default: Tally()].merge(tally) }
            if let first = theirs.first, mine.first == nil || first.place < mine.first!.place { mine.first = first }
            if let quotation = theirs.firstQuotation, mine.firstQuotation == nil || quotation.place < mine.firstQuotation!.place {
                mine.firstQuotation = quotation
            }
            states[form] = mine
        }
    }
}
