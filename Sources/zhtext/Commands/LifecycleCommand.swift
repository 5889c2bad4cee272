import ArgumentParser
import ZhText
import ZhTextReport

struct LifecycleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lifecycle",
        abstract: "The life of a formulation (提法): when it first appears, who is quoted with it, how it spreads and loses its quotation marks.",
        discussion: """
            Columns: term, first_date (of the earliest document using it, as precise as its date), \
            first_document, first_context (the first occurrence in its paragraph, as kwic shows it), \
            first_speaker (the canonical speaker of the earliest quotation containing it, as quotes \
            finds it; empty when that quotation has none), count, documents, sources (distinct \
            values of --source-field, in the order they first used it), peak (the period with the \
            most uses per million words), quoted_share (occurrences inside a quotation, as quotes \
            finds them, over all), variants (other forms in the corpus with the same first and last \
            character and the shorter's characters in order in the longer, at least two thirds as \
            long: 做强做大 for 做强做优做大, each with its count). With --by DATE:PART: a row per \
            term and period instead (count, per_million, documents, sources, quoted_share). The \
            terms and their variants join the lexicon for the run, as --dict words do, so count and \
            documents are freq's with those words in a --dict file. Without --term: the corpus's \
            quoted terms and discovered phrases seen in at least --min-documents documents, most \
            widely used first. The corpus is read twice: once to find candidate forms and variants, \
            once to count; with --variants, once (the variants are those named). With --partial \
            (and --term, --terms): raw counts and first occurrences that `zhtext merge --as \
            lifecycle` combines into the table one run over all the parts gives with the same \
            --term and --variants; the parts find no variants of their own (a part's forms are not \
            the corpus's), so name them with --variants. Equal first dates go to the document \
            that comes first in the partials' order.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var termList: TermListOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(name: .customLong("date-field"), help: "The field holding each document's date.")
    var dateField: String

    @Option(name: .customLong("source-field"), help: "The field naming each document's source (outlet, province, author …).")
    var sourceField: String?

    @Option(help: ArgumentHelp("A row per term and period of the date field: DATE:year, DATE:quarter, DATE:month or DATE:day.", valueName: "key"))
    var by: Grouping?

    @Option(name: .customLong("min-documents"), help: "Without --term: leave out forms used in fewer documents.")
    var minDocuments = 3

    @Option(help: "Characters of context on each side of the first occurrence.")
    var window = 20

    @Option(help: ArgumentHelp("Forms to count as variants, comma-separated, instead of those found in the corpus (needs --term or --terms).", valueName: "forms"))
    var variants: String?

    @OptionGroup var output: TableOutputOptions
    @OptionGroup var partialOptions: PartialOptions

    /// The forms given with --variants, each once; nil when not given.
    var namedVariants: [String]? {
        variants.map { list in
            var seen: Set<String> = []
            return list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && seen.insert($0).inserted }
        }
    }

    var period: DatePart {
        if let key = by?.keys.first, case .date(_, let part) = key { return part }
        return .year
    }

    func validate() throws {
        try NumberRange.check(minDocuments, 0...Int.max, option: "--min-documents")
        try NumberRange.check(window, 0...Int.max, option: "--window")
        try partialOptions.validate(adapt: lexiconOptions.adapt)
        let asked = termList.file != nil || !termList.given.isEmpty
        if partialOptions.partial, !asked {
            throw ValidationError("lifecycle --partial needs --term or --terms: the candidates of a part are not those of the whole corpus")
        }
        if variants != nil, !asked { throw ValidationError("--variants needs --term or --terms") }
        if let by {
            guard by.keys.count == 1, case .date(let field, _) = by.keys[0], field == dateField else {
                throw ValidationError("lifecycle --by takes one period of the date field: \(dateField):year, :quarter, :month or :day, not '\(by)'")
            }
        }
    }

    func run() async throws {
        let grouping = Grouping(keys: [.date(dateField, period)] + (sourceField.map { [.field($0)] } ?? []))
        try input.prepare(grouping: grouping)
        let asked = try termList.terms()
        let sink = try output.open(reading: input.paths)
        // The corpus is read twice: standard input is held in a temporary file.
        var spool: StandardInputSpool?
        var paths = input.paths
        if paths.contains("-") {
            do throws(InputError) { spool = try StandardInputSpool() } catch {
                sink.discard()
                DiagnosticReporter.report([error.diagnostic])
                throw ExitCode.failure
            }
            paths = paths.map { $0 == "-" ? spool!.path : $0 }
        }
        defer { withExtendedLifetime(spool) {} }
        let progress = ProgressBar()
        let base = try await lexiconOptions.lexicon(for: paths, readerOptions: input.readerOptions)
        let finder = QuotationFinder(lexicon: base)
        let terms: [String], variants: [String]
        if let asked, namedVariants != nil || partialOptions.partial {
            // Nothing to discover: the corpus is read once.
            (terms, variants) = (asked, (namedVariants ?? []).filter { !asked.contains($0) })
        } else {
            var miner = PhraseMiner()
            miner.minimumCount = 2
            let discovery = CorpusAnalysis(readerOptions: input.readerOptions, lexicon: base, progress: { progress.update($0) })
            // Its warnings are the second pass's: reported once, below.
            let (pool, _) = await discovery.formulations(paths, miner: miner, finder: finder)
            terms = asked ?? pool
            variants = LifecycleCounter.variants(of: terms, in: pool)
        }
        let words = terms + variants
        let lexicon = words.isEmpty ? base : try await lexiconOptions.lexicon(
            for: paths, readerOptions: input.readerOptions, adding: [TermListOptions.lexicon(of: words, name: "lifecycle terms")])
        let analysis = CorpusAnalysis(readerOptions: input.readerOptions, lexicon: lexicon, progress: { progress.update($0) })
        let options = LifecycleCounter.Options(dateField: dateField, sourceField: sourceField, period: period, window: window)
        // Quotations as `quotes` finds them with the run's own lexicon (the terms added change
        // how names are read, not where quotations are).
        let (counter, counted) = await analysis.lifecycle(paths, terms: terms, variants: variants, options: options,
                                                          finder: finder)
        DiagnosticReporter.report(counted)
        try input.checkFields(grouping: grouping)
        if partialOptions.partial {
            let header = counter.partialOptions + (by.map { [("by", $0.description)] } ?? [])
                + PartialFormat.describe(input.readerOptions) + [("lexicon", PartialFormat.describe(lexicon))]
            try PartialOptions.write(command: LifecycleCounter.partialName, options: header, records: counter.partialRecords(), to: sink)
            try DiagnosticReporter.exitIfFailed(counted)
            return
        }
        Self.warn(counter)
        let table = Self.table(counter, ranked: asked == nil, minDocuments: minDocuments, by: by)
        try output.write(table, to: sink, diagnostics: counted)
        try DiagnosticReporter.exitIfFailed(counted)
    }

    /// Warns of documents without a date, on standard error.
    static func warn(_ counter: LifecycleCounter) {
        guard counter.undated > 0 else { return }
        let examples = counter.undatedExamples.joined(separator: ", ")
        let named = examples.isEmpty ? "" : " (\(examples)\(counter.undated > counter.undatedExamples.count ? ", …" : ""))"
        StandardError.write("zhtext: warning: \(counter.undated) document\(counter.undated == 1 ? "" : "s") without a date in \(counter.options.dateField)\(named): counted under an empty period, never first\n")
    }

    /// The lifecycle table: the one code path from counts to rows, for a run and for `merge`.
    /// `ranked`: the candidates of the corpus (no --term), those in at least `minDocuments`
    /// documents, most widely used first.
    static func table(_ counter: LifecycleCounter, ranked: Bool, minDocuments: Int, by: Grouping?) -> Table {
        var rows = counter.rows(minDocuments: ranked ? minDocuments : 0)
        if ranked {
            rows.sort { ($0.documents, $0.count, $1.term) > ($1.documents, $1.count, $0.term) }
        }
        if let by {
            return Table.lifecyclePeriods(counter.periodRows(of: rows.map(\.term)), periodColumn: by.description)
        }
        return Table.lifecycles(rows)
    }
}
