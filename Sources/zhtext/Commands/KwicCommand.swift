import ArgumentParser
import ZhText
import ZhTextReport

struct KwicCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kwic",
        abstract: "Concordance: every occurrence of a term with its context.",
        discussion: """
            Columns: document, essay, left, keyword, right, offset (character offset of the match \
            in the document). A match must begin and end at word boundaries unless --substring is \
            given; context stays inside the paragraph and is shown as written.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(help: "The word or phrase to find.")
    var term: String

    @Option(help: "Characters of context on each side.")
    var window = 20

    @Flag(help: "Match the term anywhere, also inside longer words.")
    var substring = false

    @OptionGroup var output: TableOutputOptions

    func validate() throws {
        try NumberRange.check(window, 0...10_000, option: "--window")
    }

    func run() async throws {
        try input.prepare()
        let sink = try output.open(reading: input.paths)
        let progress = ProgressBar()
        let analysis = CorpusAnalysis(readerOptions: input.readerOptions, lexicon: try await lexiconOptions.lexicon(for: input.paths, readerOptions: input.readerOptions),
                                      progress: { progress.update($0) })
        // Lines are written as they are found, not kept.
        let rows = output.stream(Table.concordance([]), to: sink)
        let diagnostics = await analysis.concordance(
            input.paths, Concordance(term: term, window: window, substring: substring)) { rows.append(Table.concordance($0).rows) }
        DiagnosticReporter.report(diagnostics)
        try input.checkFields()
        try rows.finish(diagnostics: diagnostics)
        try DiagnosticReporter.exitIfFailed(diagnostics)
    }
}
