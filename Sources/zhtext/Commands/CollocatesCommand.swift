import ArgumentParser
import ZhText
import ZhTextReport

extension CollocateSpan: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

struct CollocatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collocates",
        abstract: "The collocates of one word: the words within a span of it, ranked by association.",
        discussion: """
            Counts the words within --span L,R words of each occurrence of --term, inside a \
            sentence (punctuation skipped). Columns: collocate, position (left, right or both), \
            count (co-occurrences in the span), left, right, collocate_count (the collocate's \
            frequency, as freq counts it), node_count, then each --measure: logdice = 14 + \
            log2(2·count / (node_count + collocate_count)); mi = log2(count·N / (node_count · \
            collocate_count)); mi3 (count cubed); log_likelihood (G² of the 2×2 table); t_score \
            = (count − node_count·collocate_count/N) / √count; dice. N is the running words of \
            the group. Sorted by the first measure. The settings, as a collocation parameters \
            notation (CPN) line, are the table's first line, the `cpn` member of the JSON \
            object (beside `rows`), and a note on standard error with CSV and TSV.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(help: "The node word (one word, or adjacent words written together).")
    var term: String

    @Option(help: ArgumentHelp("Words on the left and on the right of the node, L,R (or one number for both).", valueName: "L,R"))
    var span = CollocateSpan()

    @Option(help: ArgumentHelp("Measures, comma-separated: \(CollocateMeasure.allCases.map(\.rawValue).joined(separator: ",")); the table is sorted by the first.", valueName: "list"))
    var measure = "logdice"

    @Option(name: .customLong("min-count"), help: "Leave out collocates seen fewer times in the span (NC).")
    var minCount = 1

    @Option(name: .customLong("min-freq"), help: "Leave out collocates less frequent than this in the group (C).")
    var minFrequency = 1

    @Option(help: "Keep only the N strongest collocates of each group.")
    var top: Int?

    @Option(help: ArgumentHelp(
        "Group by KEY[,KEY...]: corpus, document, essay, section, a field name, or FIELD:year, FIELD:quarter, FIELD:month or FIELD:day.",
        valueName: "keys"))
    var by: Grouping = .corpus

    @Flag(name: .customLong("numbers"), help: "Count numbers as words.")
    var includeNumbers = false

    @Flag(name: .customLong("keep-stopwords"), help: "Report stop words as collocates too.")
    var keepStopwords = false

    @OptionGroup var partsOfSpeech: PartOfSpeechOption

    @OptionGroup var output: TableOutputOptions
    @OptionGroup var partialOptions: PartialOptions

    func validate() throws {
        try NumberRange.check(minCount, 0...Int.max, option: "--min-count")
        try NumberRange.check(minFrequency, 0...Int.max, option: "--min-freq")
        try NumberRange.check(top, 0...Int.max, option: "--top")
        try partialOptions.validate(adapt: lexiconOptions.adapt)
        if term.isEmpty { throw ValidationError("--term is empty") }
        _ = try measures()
    }

    func measures() throws -> [CollocateMeasure] {
        do {
            return try CollocateMeasure.list(measure)
        } catch {
            throw ValidationError("--measure: \(error)")
        }
    }

    func run() async throws {
        try input.prepare(grouping: by)
        let sink = try output.open(reading: input.paths)
        let progress = ProgressBar()
        let lexicon = try await lexiconOptions.lexicon(for: input.paths, readerOptions: input.readerOptions)
        let analysis = CorpusAnalysis(readerOptions: input.readerOptions, lexicon: lexicon,
                                      progress: { progress.update($0) })
        let options = NGramOptions(includeNumbers: includeNumbers, stopWords: keepStopwords ? .none : .chinese,
                                   partsOfSpeech: try partsOfSpeech.filter())
        let node = term, span = self.span, grouping = by
        let (counter, diagnostics) = await analysis.count(input.paths) {
            CollocateCounter(node: node, span: span, options: options, grouping: grouping)
        }
        DiagnosticReporter.report(diagnostics)
        try input.checkFields(grouping: by)
        if partialOptions.partial {
            let header = [("node", term), ("span", span.description), ("by", by.description), ("filters", counter.filterDescription)]
                + PartialFormat.describe(options).filter { $0.0 != "unit" && $0.0 != "ngram" }
                + PartialFormat.describe(input.readerOptions) + [("lexicon", PartialFormat.describe(lexicon))]
            try PartialOptions.write(command: CollocateCounter.partialName, options: header,
                                     records: counter.partialRecords(), to: sink)
        } else {
            let table = try Self.table(counter, measures: measures(), minCount: minCount, minFrequency: minFrequency, top: top)
            try output.write(table, to: sink, diagnostics: diagnostics)
        }
        try DiagnosticReporter.exitIfFailed(diagnostics)
    }

    /// The collocates table with its settings as the caption, and a missing node on standard
    /// error: the one code path from counts to rows, for a run and for `merge`.
    /// `filters` is the notation's filters when the counter does not know its options (merged
    /// from partials, whose header says them).
    static func table(_ counter: CollocateCounter, measures: [CollocateMeasure], minCount: Int, minFrequency: Int,
                      top: Int?, filters: String? = nil) -> Table {
        if counter.nodeCount == 0 {
            StandardError.write("zhtext: note: the node word '\(counter.node)' does not occur in the corpus (as a word or adjacent words); the table is empty\n")
        }
        let rows = counter.rows(measures: measures, minCount: minCount, minFrequency: minFrequency, top: top)
        var table = Table.collocates(rows, measures: measures, grouping: counter.grouping)
        let notation = counter.parameterNotation(measures: measures, minCount: minCount, minFrequency: minFrequency, filters: filters)
        table.caption = TableCaption(name: "cpn", text: "CPN: \(notation); node \(counter.node)")
        return table
    }
}
