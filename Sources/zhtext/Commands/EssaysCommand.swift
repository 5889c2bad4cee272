import ArgumentParser
import ZhText
import ZhTextReport

struct EssaysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "essays",
        abstract: "List the essays found in each document, one row per essay and section.",
        discussion: """
            Columns: document, essay (its number in the document), title, section (body, or \
            preview and paid in documents with ##paidbegin##/##paidend## markers), paragraphs, \
            sentences, characters (non-space characters of the paragraphs).
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: TableOutputOptions

    func run() async throws {
        let sink = try output.open(reading: input.paths)
        // One document at a time: its rows are written as they come.
        let rows = output.stream(Table(columns: Table.essayColumns), to: sink)
        let diagnostics = await Corpus.forEachDocument(
            input.paths, options: input.readerOptions, transform: { document, _ in Table.essays(of: document).rows },
            combine: { found, _ in rows.append(found) })
        DiagnosticReporter.report(diagnostics)
        try rows.finish(diagnostics: diagnostics)
        try DiagnosticReporter.exitIfFailed(diagnostics)
    }
}
