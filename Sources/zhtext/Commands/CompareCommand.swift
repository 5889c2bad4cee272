import ArgumentParser
import ZhText
import ZhTextCore
import ZhTextReport

struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Keywords: terms over- and under-used in a target corpus against a reference, or against general Chinese.",
        discussion: """
            Without --reference the reference is general Chinese: each word's frequency in \
            jieba's dictionary (ICU's costs for the words only ICU knows), as a corpus of \
            60,101,967 words; a word n-gram's expected count is that of independent words, and \
            a word the lexicon lacks counts 0 there. Only word terms (--unit word) have this \
            background.

            Columns: term, tokens, n, target_count, reference_count, target_per_million, \
            reference_per_million, log_likelihood (G², 4-cell form), p_value (of G², one degree \
            of freedom; Bonferroni-corrected with --bonferroni), log_ratio (log2 of the ratio of \
            relative frequencies, zeros as 0.5), percent_diff (%DIFF), chi_squared, direction (+ \
            more frequent in the target, - less). Positive keywords first, each direction by \
            log_likelihood.
            """
    )

    @Option(parsing: .upToNextOption, help: "Files or folders of the target corpus.")
    var target: [String] = []

    @Option(parsing: .upToNextOption, help: "Files or folders of the reference corpus (default: general Chinese).")
    var reference: [String] = []

    @Argument(help: "With --by: the files or folders whose groups are compared.")
    var paths: [String] = []

    @Option(help: ArgumentHelp(
        "Compare each group of documents by this key (a field or a date part: source, date:year …) with the others; see --against.",
        valueName: "key"))
    var by: Grouping?

    @Option(help: "With --by: rest (each group against all other documents) or previous (each period against the one before).")
    var against: GroupReference = .rest

    @OptionGroup var decoding: DecodingOptions
    @OptionGroup var terms: TermOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(name: .customLong("min-count"), help: "Leave out terms seen fewer times in both corpora together.")
    var minCount = 3

    @Option(name: .customLong("p-value"), help: "Keep only terms with a p-value at or below this, e.g. 0.05.")
    var maximumPValue: Double?

    @Flag(help: "Multiply p-values by the number of terms tested (Bonferroni correction).")
    var bonferroni = false

    @Option(help: "Keep only the N strongest terms in each direction.")
    var top: Int?

    @OptionGroup var output: TableOutputOptions
    @OptionGroup var partialOptions: PartialOptions

    func validate() throws {
        try NumberRange.check(top, 0...Int.max, option: "--top")
        try NumberRange.checkProbability(maximumPValue, option: "--p-value")
        try partialOptions.validate(adapt: lexiconOptions.adapt)
        if let by {
            try validateGroups(by)
            return
        }
        if !paths.isEmpty { throw ValidationError("files without --target or --reference go with --by KEY (each group against the rest)") }
        if target.isEmpty, !partialOptions.partial { throw ValidationError("Missing expected argument '--target <target> ...'") }
        if target.isEmpty, reference.isEmpty { throw ValidationError("--partial needs --target or --reference files (or both)") }
    }

    func run() async throws {
        if let by {
            try await runGroups(by)
            return
        }
        let sink = try output.open(reading: target + reference)
        let progress = ProgressBar()
        let lexicon = try await lexiconOptions.lexicon(for: target + reference, readerOptions: decoding.readerOptions)
        let analysis = CorpusAnalysis(readerOptions: decoding.readerOptions, lexicon: lexicon,
                                      progress: { progress.update($0) })
        let options = try terms.options()
        if partialOptions.partial {
            try await writePartial(analysis, options: options, lexicon: lexicon, to: sink)
            return
        }
        let (all, diagnostics): ([KeynessRow], [Diagnostic])
        if reference.isEmpty {
            guard options.unit == .word else {
                throw ValidationError("compare without --reference needs word terms: general Chinese has no character n-grams")
            }
            (all, diagnostics) = await analysis.keyness(
                target: target, background: BackgroundModel(lexicon: lexicon), options: options, minCount: minCount)
        } else {
            (all, diagnostics) = await analysis.keyness(
                target: target, reference: reference, options: options, minCount: minCount)
        }
        DiagnosticReporter.report(diagnostics)
        let table = Self.table(all, maximumPValue: maximumPValue, bonferroni: bonferroni, top: top)
        if table.rows.count < Self.fewRows, minCount > 1 {
            StandardError.write("zhtext: note: \(all.count) terms tested; terms seen fewer than \(minCount) times "
                + "in both corpora together are left out (--min-count \(minCount))\n")
        }
        try output.write(table, to: sink, diagnostics: diagnostics)
        try DiagnosticReporter.exitIfFailed(diagnostics)
    }

    /// A table with fewer rows than this says what `--min-count` left out.
    static let fewRows = 10

    /// The keyword table from all tested rows: the one code path from rows to table, for a run
    /// and for `merge`.
    static func table(_ all: [KeynessRow], maximumPValue: Double?, bonferroni: Bool, top: Int?) -> Table {
        let tested = all.count
        var rows = all
        if let maximumPValue {
            rows = rows.filter { (bonferroni ? min(1, $0.keyness.pValue * Double(tested)) : $0.keyness.pValue) <= maximumPValue }
        }
        if let top {
            rows = Array(rows.filter { $0.keyness.direction == .more }.prefix(top))
                + Array(rows.filter { $0.keyness.direction == .less }.prefix(top))
        }
        return Table.keyness(rows, bonferroni: bonferroni, testedTerms: tested)
    }

    /// `--partial`: the raw counts of the target and the reference (either may be missing in
    /// one partial). Only a comparison against a reference corpus has a partial form: without
    /// --reference in any partial, `merge` refuses, since general Chinese is no counted corpus.
    func writePartial(_ analysis: CorpusAnalysis, options: NGramOptions, lexicon: Lexicon, to sink: OutputSink) async throws {
        var records: [UInt8] = []
        var diagnostics: [Diagnostic] = []
        for (side, paths) in [("target", target), ("reference", reference)] where !paths.isEmpty {
            let (counter, found) = await analysis.frequencies(paths, options: options, grouping: .corpus)
            records += counter.partialRecords(corpusID: side)
            diagnostics += found
        }
        DiagnosticReporter.report(diagnostics)
        let header = PartialFormat.describe(options) + PartialFormat.describe(decoding.readerOptions)
            + [("lexicon", PartialFormat.describe(lexicon))]
        try PartialOptions.write(command: "compare", options: header, records: records, to: sink)
        try DiagnosticReporter.exitIfFailed(diagnostics)
    }
}
