import ArgumentParser
import ZhText
import ZhTextReport

struct PhrasesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phrases",
        abstract: "New words and phrases: character sequences that hold together and combine freely.",
        discussion: """
            Columns: term, count, cohesion (minimum PMI over the term's split points, bits), \
            left_entropy and right_entropy (branching entropy of the neighbouring characters, \
            bits), score (cohesion × the smaller entropy × log2(1 + count)). Terms the lexicon \
            already has are left out.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(name: .customLong("min-count"), help: "Leave out terms seen fewer times.")
    var minCount = 3

    @Option(name: .customLong("max-length"), help: "Longest term in characters.")
    var maxLength = 6

    @Option(help: "Keep only the N best terms.")
    var top: Int?

    @OptionGroup var output: TableOutputOptions

    func validate() throws {
        try NumberRange.check(maxLength, 2...50, option: "--max-length")
        try NumberRange.check(minCount, 0...Int.max, option: "--min-count")
        try NumberRange.check(top, 0...Int.max, option: "--top")
        if lexiconOptions.adapt {
            throw ValidationError("--adapt does not apply to phrases: the words it would add are the phrases this command finds")
        }
    }

    func run() async throws {
        try input.prepare()
        let sink = try output.open(reading: input.paths)
        var miner = PhraseMiner()
        miner.minimumCount = minCount
        miner.maximumLength = max(2, maxLength)
        let progress = ProgressBar()
        let analysis = CorpusAnalysis(readerOptions: input.readerOptions, lexicon: try lexiconOptions.lexicon(),
                                      progress: { progress.update($0) })
        let (phrases, diagnostics) = await analysis.phrases(input.paths, miner: miner, top: top)
        DiagnosticReporter.report(diagnostics)
        try input.checkFields()
        var table = Table(columns: ["term", "count", "cohesion", "left_entropy", "right_entropy", "score"])
        for phrase in phrases {
            table.append([
                .text(phrase.term), .integer(phrase.count), .number(phrase.cohesion, decimals: 3),
                .number(phrase.leftEntropy, decimals: 3), .number(phrase.rightEntropy, decimals: 3),
                .number(phrase.score, decimals: 3),
            ])
        }
        try output.write(table, to: sink, diagnostics: diagnostics)
        try DiagnosticReporter.exitIfFailed(diagnostics)
    }
}
