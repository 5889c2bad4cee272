import ArgumentParser
import ZhText
import ZhTextReport

struct CountCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "count",
        abstract: "Count the words of each category of a dictionary (policy tools, slogans, sentiment).",
        discussion: """
            The dictionary is YAML (a category maps to a list of terms and prefix* patterns, one \
            term, or sub-categories) or LIWC's .dic format. Every word (as freq counts them, stop \
            words included) is matched whole, or by its start for a pattern; a sub-category's \
            matches count for its parents too, a word once. Columns, after the --by columns: \
            category (sub-categories as parent/child), count (the sum of the freq counts of the \
            words it matched), per_million (per million running words of the group), documents \
            (with at least one match), matched (each word matched and its count).
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(help: ArgumentHelp("The categories: a YAML file, or LIWC's .dic format.", valueName: "file"))
    var dictionary: String

    @Option(help: ArgumentHelp(
        "Group counts by KEY[,KEY...]: corpus, document, essay, section, a field name, or FIELD:year, FIELD:quarter, FIELD:month or FIELD:day.",
        valueName: "keys"))
    var by: Grouping = .corpus

    @Flag(name: .customLong("numbers"), help: "Count numbers as words.")
    var includeNumbers = false

    @OptionGroup var output: TableOutputOptions
    @OptionGroup var partialOptions: PartialOptions

    func validate() throws {
        try partialOptions.validate(adapt: lexiconOptions.adapt)
    }

    /// The dictionary, or a one-line error naming the file and line.
    static func load(_ path: String) throws -> CategoryDictionary {
        do {
            return try CategoryDictionary(contentsOf: path)
        } catch {
            StandardError.write("zhtext: error: \(error)\n")
            throw ExitCode.validationFailure
        }
    }

    func run() async throws {
        let categories = try Self.load(dictionary)
        try input.prepare(grouping: by)
        let sink = try output.open(reading: input.paths)
        let progress = ProgressBar()
        let lexicon = try await lexiconOptions.lexicon(for: input.paths, readerOptions: input.readerOptions)
        let analysis = CorpusAnalysis(readerOptions: input.readerOptions, lexicon: lexicon,
                                      progress: { progress.update($0) })
        let options = NGramOptions(includeNumbers: includeNumbers, stopWords: .none)
        let grouping = by
        let (counter, diagnostics) = await analysis.count(input.paths) {
            DictionaryCounter(dictionary: categories, options: options, grouping: grouping)
        }
        DiagnosticReporter.report(diagnostics)
        try input.checkFields(grouping: by)
        if partialOptions.partial {
            let header = [("dictionary", DictionaryCounter.describe(categories)), ("by", by.description),
                          ("numbers", String(includeNumbers))]
                + PartialFormat.describe(input.readerOptions) + [("lexicon", PartialFormat.describe(lexicon))]
            try PartialOptions.write(command: DictionaryCounter.partialName, options: header,
                                     records: counter.partialRecords(), to: sink)
        } else {
            try output.write(Table.dictionaryCounts(counter.rows(), grouping: by), to: sink, diagnostics: diagnostics)
        }
        try DiagnosticReporter.exitIfFailed(diagnostics)
    }
}
