import Foundation

/// The life of one formulation in a corpus (`zhtext lifecycle`).
public struct LifecycleRow: Sendable, Hashable {
    /// The formulation, as asked for.
    public var term: String
    /// The date of the earliest document using it, as precise as that document's date
    /// (`2019`, `2019-03`, `2019-03-12`); empty when no document using it has a date.
    public var firstDate: String
    /// The source of the earliest document using it (`Document.source`); empty when it is never used.
    public var firstDocument: String
    /// Its first occurrence with the characters around it inside its paragraph, as written
    /// (as `kwic` shows it, left, term and right together).
    public var firstContext: String
    /// The canonical speaker of the earliest quotation whose text contains the term (as
    /// `quotes` gives it); empty when that quotation has no speaker, or none contains it.
    public var firstSpeaker: String
    /// Its occurrences in the corpus (as `freq` counts them with the same lexicon).
    public var count: Int
    /// Documents using it.
    public var documents: Int
    /// Distinct values of the source field, in the order they first used the term.
    public var sources: [String]
    /// The period with the most uses per million running words (the earliest of equals).
    public var peak: String
    /// Occurrences inside a quotation, over all occurrences (0 when never seen).
    public var quotedShare: Double
    /// Other forms with the same characters in order (see `LifecycleCounter.isVariant`), each
    /// with its count, most frequent first.
    public var variants: [(form: String, count: Int)]

    /// Equal when term, first date and document, count, documents and the variants' forms are.
    public static func == (lhs: LifecycleRow, rhs: LifecycleRow) -> Bool {
        lhs.term == rhs.term && lhs.firstDate == rhs.firstDate && lhs.count == rhs.count && lhs.documents == rhs.documents
            && lhs.variants.map(\.form) == rhs.variants.map(\.form) && lhs.firstDocument == rhs.firstDocument
    }

    /// Hashes the term.
    public func hash(into hasher: inout Hasher) { hasher.combine(term) }
}

/// A formulation in one period.
public struct LifecyclePeriodRow: Sendable, Hashable {
    /// The formulation, as asked for.
    public var term: String
    /// The period (`2019`, `2019-Q1` …), empty for documents without a date.
    public var period: String
    /// Its occurrences in the period.
    public var count: Int
    /// Per million running words of the period.
    public var perMillion: Double
    /// Documents of the period using it.
    public var documents: Int
    /// Distinct values of the source field in the period, in the order they first used the term.
    public var sources: [String]
    /// Occurrences inside a quotation, over all its occurrences in the period (0 when it has none).
    public var quotedShare: Double
}

extension LifecycleCounter {
    /// Whether `form` is a variant of `term`: another form of at least three characters, with
    /// the same first and the same last character, whose characters occur in order in the
    /// other's (one is the other with characters left out: 做强做大 and 做强做优做大), the
    /// shorter holding at least two thirds of the longer's characters.
    public static func isVariant(_ form: String, of term: String) -> Bool {
        let a = Array(form), b = Array(term)
        guard a != b, a.count >= 3, b.count >= 3, a.first == b.first, a.last == b.last else { return false }
        let (shorter, longer) = a.count <= b.count ? (a, b) : (b, a)
        guard shorter.count * 3 >= longer.count * 2 else { return false }
        var index = longer.startIndex
        for character in shorter {
            guard let found = longer[index...].firstIndex(of: character) else { return false }
            index = found + 1
        }
        return true
    }

    /// The forms in `pool` that are variants of one of `terms` (the pool's order kept).
    public static func variants(of terms: [String], in pool: [String]) -> [String] {
        let asked = Set(terms)
        return pool.filter { form in !asked.contains(form) && terms.contains { isVariant(form, of: $0) } }
    }

    /// The periods seen, in time order (the empty period last).
    public var periods: [String] { periodWords.keys.sorted { FieldOrder.precedes([$0], [$1]) } }

    /// One row per term (those asked for in order; with `minDocuments`, only terms in at least
    /// that many documents).
    public func rows(minDocuments: Int = 0) -> [LifecycleRow] {
        terms.compactMap { term in
            let state = states[term] ?? TermState()
            guard state.total.documents >= minDocuments else { return nil }
            var peak = "", best = -1.0
            for period in periods where !period.isEmpty {
                let words = periodWords[period] ?? 0
                let rate = words > 0 ? Double(state.periods[period]?.count ?? 0) / Double(words) : 0
                if rate > best, state.periods[period] != nil {
                    best = rate
                    peak = period
                }
            }
            let variants = forms.filter { $0 != term && Self.isVariant($0, of: term) }
                .map { (form: $0, count: states[$0]?.total.count ?? 0) }
                .filter { $0.count > 0 }
                .sorted { ($0.count, $1.form) > ($1.count, $0.form) }
            return LifecycleRow(
                term: term, firstDate: state.first?.place.date?.description ?? "", firstDocument: state.first?.document ?? "",
                firstContext: state.first?.context ?? "", firstSpeaker: state.firstQuotation?.speaker ?? "",
                count: state.total.count, documents: state.total.documents, sources: state.total.sources, peak: peak,
                quotedShare: state.total.count > 0 ? Double(state.total.quoted) / Double(state.total.count) : 0,
                variants: variants)
        }
    }

    /// One row per term and period, periods in time order, zeros where the term is not used.
    public func periodRows(minDocuments: Int = 0) -> [LifecyclePeriodRow] {
        periodRows(of: rows(minDocuments: minDocuments).map(\.term))
    }

    /// The period rows of `terms`, in that order.
    public func periodRows(of terms: [String]) -> [LifecyclePeriodRow] {
        terms.flatMap { term in
            periods.map { period in
                let tally = states[term]?.periods[period] ?? Tally()
                let words = periodWords[period] ?? 0
                return LifecyclePeriodRow(
                    term: term, period: period, count: tally.count,
                    perMillion: words > 0 ? Double(tally.count) / Double(words) * 1_000_000 : 0, documents: tally.documents,
                    sources: tally.sources, quotedShare: tally.count > 0 ? Double(tally.quoted) / Double(tally.count) : 0)
            }
        }
    }
}

extension CorpusAnalysis {
    /// The lifecycle of `terms` (and the counts of their `variants`) over the documents under
    /// `paths`: read and tokenized on every core, each worker counting its documents, merged at
    /// the end. The analysis's lexicon must hold the terms and variants (as `--dict` words).
    public func lifecycle(_ paths: [String], terms: [String], variants: [String], options: LifecycleCounter.Options,
                          finder: QuotationFinder) async -> (counter: LifecycleCounter, diagnostics: [Diagnostic])
    {
        let lexicon = self.lexicon
        let (worker, diagnostics) = await Corpus.reduceDocuments(
            paths, options: readerOptions,
            initial: { LifecycleWorker(counter: LifecycleCounter(terms: terms, variants: variants, options: options, finder: finder),
                                       tokenizer: DocumentTokenizer(lexicon: lexicon)) },
            accumulate: { worker, document, index in
                worker.counter.add(worker.tokenizer.sentences(of: document), of: document, index: index)
            },
            merge: { $0.counter.merge($1.counter) }, progress: progress)
        return (worker.counter, diagnostics)
    }

    /// Candidate formulations of a corpus: the texts of its quoted terms (quotations of kind
    /// `term`, two to twelve characters, no punctuation), most often quoted first, then the
    /// phrases `miner` discovers that the lexicon lacks and that are not another candidate and one
    /// character more.
    public func formulations(_ paths: [String], miner: PhraseMiner, finder: QuotationFinder) async
        -> (candidates: [String], diagnostics: [Diagnostic])
    {
        struct Found: Sendable {
            var quoted: [String: Int] = [:]
            var counts: PhraseMiner.Counts
        }
        let (found, diagnostics) = await Corpus.reduceDocuments(
            paths, options: readerOptions, initial: { Found(counts: miner.counts()) },
            accumulate: { found, document, _ in
                for quotation in finder.quotations(in: document) where quotation.kind == .term {
                    found.quoted[quotation.text, default: 0] += 1
                }
                miner.add(document, to: &found.counts)
            },
            merge: { mine, theirs in
                mine.quoted.merge(theirs.quoted, uniquingKeysWith: +)
                mine.counts.merge(theirs.counts)
            }, progress: progress)
        let quoted = found.quoted.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
            .filter { (2...12).contains($0.count) && !$0.contains(where: { $0.isWhitespace || $0.isPunctuation }) }
        let mined = miner.phrases(from: found.counts, lexicon: lexicon).map(\.term)
        // A discovered phrase that is another candidate and one character more is that
        // candidate in context (银发夜校开, 周立衡说): left out, so that it does not take the
        // candidate's tokens.
        let all = Set(quoted + mined)
        let whole = mined.filter { phrase in
            !(all.contains(String(phrase.dropFirst())) || all.contains(String(phrase.dropLast())))
        }
        var seen: Set<String> = []
        return ((quoted + whole).filter { seen.insert($0).inserted }, diagnostics)
    }
}

/// One worker's lifecycle counter and the tokenizer it segments with.
struct LifecycleWorker: @unchecked Sendable {
    var counter: LifecycleCounter
    let tokenizer: DocumentTokenizer
}
