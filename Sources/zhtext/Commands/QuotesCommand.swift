import ArgumentParser
import Foundation
import ZhText
import ZhTextReport

struct QuotesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Quotations: who is quoted, saying what, with which verb.",
        discussion: """
            Columns: document, essay, section, paragraph, kind (speech, citation or term), \
            speaker (as written), canonical_speaker (titles off, pronouns and aliases resolved), \
            verb, text (without the outer marks), start and end (character offsets of the text in \
            the decoded document), method (what decided the speaker: frame, pronoun, adjacent, \
            alternation or turn), speaker_start and speaker_end (character offsets of the speaker's \
            mention, empty when none), anonymous (yes when the speaker is an unnamed source, given by \
            its description). Transcript turns (问：…, 答：…, 主持人：…, NAME：…) are quotations too. --summary sums up by speaker and lists quoted terms.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(help: "Aliases file: one person per line, the canonical name first, then its aliases.")
    var aliases: String?

    @Flag(help: "Sum up by speaker: quotations, documents, essays, verbs and most frequent quotes; then quoted terms.")
    var summary = false

    @OptionGroup var output: TableOutputOptions

    func run() async throws {
        try input.prepare()
        let sink = try output.open(reading: input.paths)
        var aliasMap: [String: String] = [:]
        if let aliases {
            let bytes = try OptionFile.bytes(
                aliases, option: "--aliases", takes: "an aliases file (one person per line, the canonical name first)")
            aliasMap = QuotationFinder.aliases(fromText: String(decoding: bytes, as: UTF8.self))
        }
        let lexicon = try await lexiconOptions.lexicon(for: input.paths, readerOptions: input.readerOptions)
        let finder = QuotationFinder(aliases: aliasMap, lexicon: lexicon)
        let readerOptions = input.readerOptions.learning(with: lexicon)
        // Quotations are written as they are found, or summed up: never kept.
        let rows = output.stream(summary ? Table.quotationSummary([]) : Table.quotations([]), to: sink)
        var tally = QuotationSummary()
        let diagnostics = await Corpus.forEachDocument(
            input.paths, options: readerOptions, transform: { document, _ in finder.quotations(in: document) },
            combine: { found, _ in
                if summary { tally.add(found) } else { rows.append(Table.quotations(found).rows) }
            })
        DiagnosticReporter.report(diagnostics)
        try input.checkFields()
        if summary { rows.append(Table.quotationSummary(tally).rows) }
        try rows.finish(diagnostics: diagnostics)
        try DiagnosticReporter.exitIfFailed(diagnostics)
    }
}
