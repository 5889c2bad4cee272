import ArgumentParser
import Foundation
import ZhText
import ZhTextReport

struct EntitiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "The people, places and organisations a corpus mentions, and how often each is quoted.",
        discussion: """
            Entities are the names the segmenter tags as people (nr, nrfg, nrt), places (ns) or \
            organisations (nt), of two characters or more, and the speakers quotations are \
            attributed to (as quotes finds them, titles off, aliases resolved). Columns: entity \
            (canonical form), kind, aliases (| between them), mentions (occurrences of the name \
            or an alias in the documents it was found in, longer forms first, none counted \
            twice), documents, quoted (quotations it is the speaker of), first_document, after \
            the --by columns (documents and fields; not essays or sections). --partial writes the \
            counts for `merge --as entities` (mentions, documents and quoted sum, first_document \
            is the earliest, aliases the union).
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    @OptionGroup var aliases: AliasOptions

    @Option(name: .customLong("min-mentions"), help: "Leave out entities mentioned fewer times (quoted speakers stay).")
    var minMentions = 1

    @Option(help: "Keep only the N most mentioned entities (of each group).")
    var top: Int?

    @Option(help: ArgumentHelp(
        "Group by KEY[,KEY...]: corpus, document, a field name, or FIELD:year, FIELD:quarter, FIELD:month or FIELD:day.",
        valueName: "keys"))
    var by: Grouping = .corpus

    @OptionGroup var output: TableOutputOptions
    @OptionGroup var partialOptions: PartialOptions

    func validate() throws {
        try NumberRange.check(minMentions, 0...Int.max, option: "--min-mentions")
        try NumberRange.check(top, 0...Int.max, option: "--top")
        try partialOptions.validate(adapt: lexiconOptions.adapt)
        try Self.check(by)
    }

    /// Refuses a grouping by essay or section: mentions are counted over a document's text.
    static func check(_ grouping: Grouping) throws {
        if grouping.hasEssay {
            throw ValidationError("--by \(grouping): entities are counted per document; group by corpus, document or fields")
        }
    }

    func run() async throws {
        try input.prepare(grouping: by)
        let sink = try output.open(reading: input.paths)
        let aliasMap = try aliases.map()
        let progress = ProgressBar()
        let lexicon = try await lexiconOptions.lexicon(for: input.paths, readerOptions: input.readerOptions)
        let analysis = CorpusAnalysis(readerOptions: input.readerOptions, lexicon: lexicon,
                                      progress: { progress.update($0) })
        let finder = QuotationFinder(aliases: aliasMap, lexicon: lexicon)
        let (counter, diagnostics) = await analysis.entities(input.paths, aliases: aliasMap, grouping: by, finder: finder)
        DiagnosticReporter.report(diagnostics)
        try input.checkFields(grouping: by)
        if partialOptions.partial {
            let header = [("by", by.description), ("aliases", EntityCounter.describe(aliases: aliasMap))]
                + PartialFormat.describe(input.readerOptions) + [("lexicon", PartialFormat.describe(lexicon))]
            try PartialOptions.write(command: EntityCounter.partialName, options: header,
                                     records: counter.partialRecords(), to: sink)
        } else {
            let rows = counter.rows(minMentions: minMentions, top: top)
            try output.write(Table.entities(rows, grouping: by), to: sink, diagnostics: diagnostics)
        }
        try DiagnosticReporter.exitIfFailed(diagnostics)
    }
}
