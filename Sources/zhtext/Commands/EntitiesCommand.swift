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
            twice), documents, quoted (quotations it is the speaker of), first_document.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    @OptionGroup var aliases: AliasOptions

    @Option(name: .customLong("min-mentions"), help: "Leave out entities mentioned fewer times (quoted speakers stay).")
    var minMentions = 1

    @Option(help: "Keep only the N most mentioned entities.")
    var top: Int?

    @OptionGroup var output: TableOutputOptions

    func validate() throws {
        try NumberRange.check(minMentions, 0...Int.max, option: "--min-mentions")
        try NumberRange.check(top, 0...Int.max, option: "--top")
    }

    func run() async throws {
        try input.prepare()
        let sink = try output.open(reading: input.paths)
        let aliasMap = try aliases.map()
        let progress = ProgressBar()
        let lexicon = try await lexiconOptions.lexicon(for: input.paths, readerOptions: input.readerOptions)
        let analysis = CorpusAnalysis(readerOptions: input.readerOptions, lexicon: lexicon,
                                      progress: { progress.update($0) })
        let finder = QuotationFinder(aliases: aliasMap, lexicon: lexicon)
        let (counter, diagnostics) = await analysis.entities(input.paths, aliases: aliasMap, finder: finder)
        DiagnosticReporter.report(diagnostics)
        try input.checkFields()
        var rows = counter.rows(minMentions: minMentions)
        if let top { rows = Array(rows.prefix(top)) }
        try output.write(Table.entities(rows), to: sink, diagnostics: diagnostics)
        try DiagnosticReporter.exitIfFailed(diagnostics)
    }
}
