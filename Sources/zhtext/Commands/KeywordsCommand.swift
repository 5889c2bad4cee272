import ArgumentParser
import ZhText
import ZhTextReport

extension KeywordExtractor.Method: ExpressibleByArgument {}

struct KeywordsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keywords",
        abstract: "Key terms and phrases of each essay, document or the corpus.",
        discussion: "Columns: document, essay, rank, term, score, count. See the README for the methods."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(help: "Terms per unit.")
    var top = 10

    @Option(help: "Unit: essay, document or corpus; or fields and date parts (source, date:year …), each group's keywords against the other documents.")
    var by: Grouping = .essay

    @Option(help: "Method: auto, tfidf or textrank.")
    var method: KeywordExtractor.Method = .auto

    @OptionGroup var partsOfSpeech: PartOfSpeechOption

    @OptionGroup var output: TableOutputOptions

    func validate() throws {
        try NumberRange.check(top, 0...Int.max, option: "--top")
        if by.keys.allSatisfy({ $0.fieldName != nil }), !by.keys.isEmpty { return }
        guard [Grouping.corpus, .document, .essay, .section].contains(by) else {
            throw ValidationError("keywords --by takes one unit (essay, document or corpus) or fields and date parts (source, date:year …), not '\(by)'")
        }
    }

    func run() async throws {
        if by.keys.first?.fieldName != nil {
            try await runGroups()
            return
        }
        try input.prepare()
        let sink = try output.open(reading: input.paths)
        let lexicon = try await lexiconOptions.lexicon(for: input.paths, readerOptions: input.readerOptions)
        let progress = ProgressBar()
        let corpus = await Corpus.read(input.paths, options: input.readerOptions.learning(with: lexicon), progress: { progress.update($0) })
        DiagnosticReporter.report(corpus.diagnostics)
        try input.checkFields()
        var miner = PhraseMiner()
        miner.minimumCount = 2
        progress.update("mining phrases", done: 0, total: 1)
        let phrases = miner.phrases(in: corpus.documents, lexicon: lexicon)
        var extractor = KeywordExtractor(lexicon: lexicon, method: method, top: top)
        extractor.progress = { progress.update("ranking keywords", done: $0, total: $1) }
        if let filter = try partsOfSpeech.filter() { extractor.partsOfSpeech = filter }
        let keywords = extractor.keywords(of: corpus.documents, grouping: by, phrases: phrases)
        // The unit's columns: none for the corpus, the document for documents, both for essays
        // and sections (an empty document and essay 0 said nothing).
        let unit = by == .corpus ? [] : by == .document ? ["document"] : ["document", "essay"]
        var table = Table(columns: unit + ["rank", "term", "score", "count"])
        for keyword in keywords {
            let place: [Cell] = [.text(keyword.document), .integer(keyword.essay)]
            table.append(Array(place.prefix(unit.count)) + [.integer(keyword.rank), .text(keyword.term),
                          .number(keyword.score, decimals: 3), .integer(keyword.count)])
        }
        try output.write(table, to: sink, diagnostics: corpus.diagnostics)
        try DiagnosticReporter.exitIfFailed(corpus.diagnostics)
    }
}
