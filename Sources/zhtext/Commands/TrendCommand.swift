import ArgumentParser
import ZhText
import ZhTextReport

struct TrendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "Terms over time and across sources: counts per period or group of documents.",
        discussion: """
            One row per term and group (--by date:year, --by source, --by date:year,source …), \
            groups in order (periods in time order; documents without the date last, under an \
            empty period). Columns: the group's keys, term, count, per_million (per million running \
            words of the group), documents (of the group's documents, those with the term), \
            group_documents, share (documents / group_documents). A term asked for with --term or \
            --terms joins the lexicon for the run, as a --dict word does, and has a row in every \
            group, of zeros where it is not seen. Without --term: the --top words seen at least \
            --min-count times whose frequency changes most across the groups, by Pearson's \
            chi-squared test of homogeneity on the 2 × G table of the word's count and the group's \
            other words (G − 1 degrees of freedom), with chi_squared, df, p_value and slope (least-squares \
            change of per_million from one group to the next).
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var termList: TermListOptions
    @OptionGroup var terms: TermOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(help: ArgumentHelp(
        "Group documents by KEY[,KEY...]: a field name, or FIELD:year, FIELD:quarter, FIELD:month or FIELD:day (default: the corpus as one group).",
        valueName: "keys"))
    var by: Grouping = .corpus

    @Option(name: .customLong("min-count"), help: "Without --term: leave out words seen fewer times in all groups together.")
    var minCount = 5

    @Option(help: "Without --term: how many of the most changing words to show.")
    var top = 20

    @OptionGroup var output: TableOutputOptions
    @OptionGroup var partialOptions: PartialOptions

    func validate() throws {
        try NumberRange.check(minCount, 0...Int.max, option: "--min-count")
        try NumberRange.check(top, 0...Int.max, option: "--top")
        try partialOptions.validate(adapt: lexiconOptions.adapt)
        if by.isPerDocument {
            throw ValidationError("trend --by takes fields and date parts (date:year, source …), not document, essay or section: use freq --by document for counts per document")
        }
    }

    func run() async throws {
        try input.prepare(grouping: by)
        let wanted = try termList.terms()
        let sink = try output.open(reading: input.paths)
        let progress = ProgressBar()
        let extra = wanted.map { [TermListOptions.lexicon(of: $0, name: "trend terms")] } ?? []
        let lexicon = try await lexiconOptions.lexicon(for: input.paths, readerOptions: input.readerOptions, adding: extra)
        let analysis = CorpusAnalysis(readerOptions: input.readerOptions, lexicon: lexicon, progress: { progress.update($0) })
        let options = try terms.options()
        let (counter, diagnostics) = await analysis.count(input.paths) { TrendCounter(grouping: by, terms: wanted, options: options) }
        DiagnosticReporter.report(diagnostics)
        try input.checkFields(grouping: by)
        if partialOptions.partial {
            let header = counter.partialOptions + PartialFormat.describe(options) + PartialFormat.describe(input.readerOptions)
                + [("lexicon", PartialFormat.describe(lexicon))]
            try PartialOptions.write(command: TrendCounter.partialName, options: header, records: counter.partialRecords(), to: sink)
        } else {
            Self.notes(counter)
            try output.write(Self.table(counter, minCount: minCount, top: top), to: sink, diagnostics: diagnostics)
        }
        try DiagnosticReporter.exitIfFailed(diagnostics)
    }

    /// The trend table: the one code path from counts to rows, for a run and for `merge`.
    static func table(_ counter: TrendCounter, minCount: Int, top: Int) -> Table {
        if counter.terms != nil {
            return Table.trend(counter.rows(), grouping: counter.grouping, ranked: false)
        }
        return Table.trend(counter.changingRows(minCount: minCount, top: top), grouping: counter.grouping, ranked: true)
    }

    /// Warns of documents without a date and notes a trend of one group, on standard error.
    static func notes(_ counter: TrendCounter) {
        if counter.undated > 0 {
            let examples = counter.undatedExamples.joined(separator: ", ")
            StandardError.write("zhtext: warning: \(counter.undated) document\(counter.undated == 1 ? "" : "s") without a date in the --by date field (\(examples)\(counter.undated > counter.undatedExamples.count ? ", …" : "")): counted under an empty period\n")
        }
        let groups = counter.groupKeys
        if groups.count == 1, !counter.grouping.keys.isEmpty {
            let name = groups[0].fields.joined(separator: ", ")
            StandardError.write("zhtext: note: every document falls in one group (\(name.isEmpty ? "empty" : name)): the trend has a single point\(counter.terms == nil ? ", and no change to rank by" : "")\n")
        }
    }
}
