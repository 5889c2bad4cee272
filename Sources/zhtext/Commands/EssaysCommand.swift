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
        let corpus = await Corpus.read(input.paths, options: input.readerOptions)
        DiagnosticReporter.report(corpus.diagnostics)
        try output.write(Table.essays(corpus), to: sink, diagnostics: corpus.diagnostics)
        try DiagnosticReporter.exitIfFailed(corpus.diagnostics)
    }
}
