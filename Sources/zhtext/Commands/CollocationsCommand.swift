import ArgumentParser
import ZhText
import ZhTextReport

struct CollocationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collocations",
        abstract: "Word pairs that occur together more often than chance.",
        discussion: """
            Counts ordered pairs: the second word within --window words after the first, in the \
            same sentence. Columns: first, second, count, first_count and second_count (pairs with \
            that word in that place), expected (first_count × second_count / all pairs), pmi \
            (log2 of count / expected), log_likelihood (G² of the pair's 2×2 table), t_score \
            ((count − expected) / √count). Sorted by log_likelihood. Pairs with a stop word are \
            left out.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(help: "How many words after the first word a second word may stand.")
    var window = 5

    @Option(name: .customLong("min-count"), help: "Leave out pairs seen fewer times.")
    var minCount = 3

    @Option(help: "Keep only the N strongest pairs.")
    var top: Int?

    @Flag(name: .customLong("numbers"), help: "Count numbers as words.")
    var includeNumbers = false

    @Flag(name: .customLong("keep-stopwords"), help: "Keep pairs with stop words.")
    var keepStopwords = false

    @OptionGroup var partsOfSpeech: PartOfSpeechOption

    @OptionGroup var output: TableOutputOptions
    @OptionGroup var partialOptions: PartialOptions

    func validate() throws {
        try NumberRange.check(window, 1...100, option: "--window")
        try NumberRange.check(minCount, 0...Int.max, option: "--min-count")
        try NumberRange.check(top, 0...Int.max, option: "--top")
    }

    func run() async throws {
        try input.prepare()
        let sink = try output.open(reading: input.paths)
        let progress = ProgressBar()
        let lexicon = try await lexiconOptions.lexicon(for: input.paths, readerOptions: input.readerOptions)
        let analysis = CorpusAnalysis(readerOptions: input.readerOptions, lexicon: lexicon,
                                      progress: { progress.update($0) })
        let options = NGramOptions(includeNumbers: includeNumbers, stopWords: keepStopwords ? .none : .chinese,
                                   partsOfSpeech: try partsOfSpeech.filter())
        let (counter, diagnostics) = await analysis.collocations(input.paths, window: window, options: options)
        DiagnosticReporter.report(diagnostics)
        try input.checkFields()
        if partialOptions.partial {
            let header = [("window", String(window))] + PartialFormat.describe(options).filter { $0.0 != "unit" && $0.0 != "ngram" }
                + PartialFormat.describe(input.readerOptions) + [("lexicon", PartialFormat.describe(lexicon))]
            try PartialOptions.write(command: "collocations", options: header, records: counter.partialRecords(), to: sink)
        } else {
            try output.write(Self.table(counter, minCount: minCount, top: top), to: sink, diagnostics: diagnostics)
        }
        try DiagnosticReporter.exitIfFailed(diagnostics)
    }

    /// The collocation table: the one code path from counts to rows, for a run and for `merge`.
    static func table(_ counter: CollocationCounter, minCount: Int, top: Int?) -> Table {
        Table.collocations(counter.rows(minCount: minCount, top: top))
    }
}
