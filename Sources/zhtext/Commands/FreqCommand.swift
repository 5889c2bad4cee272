import ArgumentParser
import ZhText
import ZhTextReport

struct FreqCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "freq",
        abstract: "Word or character n-gram frequencies.",
        discussion: """
            Columns: term (the n-gram as written), tokens (its words joined by a space), n, count, \
            documents (documents it occurs in), per_million (count per million running words, or \
            Han characters with --unit char, of its group); with --by, the group's document, essay \
            and section come first. Word n-grams stay inside a sentence and do not cross \
            punctuation or numbers; character n-grams stay inside runs of Han characters. \
            Punctuation and numbers are left out, and so are word n-grams with a stop word.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var terms: TermOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(help: ArgumentHelp(
        "Group counts by KEY[,KEY...]: corpus, document, essay, section, a field name, or FIELD:year, FIELD:quarter, FIELD:month or FIELD:day.",
        valueName: "keys"))
    var by: Grouping = .corpus

    @Option(name: .customLong("min-count"), help: "Leave out terms seen fewer times (in their group).")
    var minCount = 1

    @Option(help: "Keep only the N most frequent terms of each group.")
    var top: Int?

    @Flag(help: "Add each term's dispersion over the parts of its group: parts, range, juilland_d, dp (see the README).")
    var dispersion = false

    @Option(name: .customLong("dispersion-by"), help: ArgumentHelp(
        "With --dispersion: the parts, document (the default) or fields and date parts (source, date:year …).",
        valueName: "keys"))
    var dispersionBy: Grouping?

    @OptionGroup var output: TableOutputOptions
    @OptionGroup var partialOptions: PartialOptions

    /// The grouping counted: `--by`, then with --dispersion the parts inside each group.
    func countingGrouping() throws -> Grouping {
        guard dispersion else { return by }
        do { return try by.dispersion(parts: dispersionBy ?? .document) } catch { throw ValidationError(error.message) }
    }

    func validate() throws {
        try NumberRange.check(minCount, 0...Int.max, option: "--min-count")
        try NumberRange.check(top, 0...Int.max, option: "--top")
        try partialOptions.validate(adapt: lexiconOptions.adapt)
        if dispersionBy != nil, !dispersion { throw ValidationError("--dispersion-by goes with --dispersion") }
        _ = try countingGrouping()
    }

    func run() async throws {
        let counted = try countingGrouping()
        try input.prepare(grouping: counted)
        let sink = try output.open(reading: input.paths)
        let progress = ProgressBar()
        let lexicon = try await lexiconOptions.lexicon(for: input.paths, readerOptions: input.readerOptions)
        let analysis = CorpusAnalysis(readerOptions: input.readerOptions, lexicon: lexicon,
                                      progress: { progress.update($0) })
        let options = try terms.options()
        let (counter, diagnostics) = await analysis.frequencies(input.paths, options: options, grouping: counted)
        DiagnosticReporter.report(diagnostics)
        try input.checkFields(grouping: counted)
        UndatedWarning.report(counter, grouping: counted)
        if partialOptions.partial {
            let parts = dispersion ? [("dispersion", (dispersionBy ?? .document).description)] : []
            let header = [("by", counted.description)] + parts + PartialFormat.describe(options) + PartialFormat.describe(input.readerOptions)
                + [("lexicon", PartialFormat.describe(lexicon))]
            try PartialOptions.write(command: "freq", options: header, records: counter.partialRecords(), to: sink)
        } else {
            let table = dispersion
                ? Table.dispersion(counter.dispersionRows(grouping: by, minCount: minCount, top: top), grouping: by)
                : Self.table(counter, minCount: minCount, top: top, grouping: by)
            try output.write(table, to: sink, diagnostics: diagnostics)
        }
        try DiagnosticReporter.exitIfFailed(diagnostics)
    }

    /// The frequency table: the one code path from counts to rows, for a run and for `merge`.
    static func table(_ counter: FrequencyCounter, minCount: Int, top: Int?, grouping: Grouping) -> Table {
        Table.frequencies(counter.rows(minCount: minCount, top: top), grouping: grouping)
    }
}
