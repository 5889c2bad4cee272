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
            sentences, characters (non-space characters of the paragraphs); when documents can \
            have metadata fields (JSON Lines or CSV input, or --metadata), a last column fields \
            holds each document's fields as a JSON object.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: TableOutputOptions

    func run() async throws {
        try input.prepare()
        let sink = try output.open(reading: input.paths)
        let options = input.readerOptions
        let withFields = options.metadata != nil || InputFiles.expand(input.paths).items.contains(where: options.format.isRecords)
        // One document at a time: its rows are written as they come.
        let rows = output.stream(Table(columns: Table.essayColumns + (withFields ? ["fields"] : [])), to: sink)
        let diagnostics = await Corpus.forEachDocument(
            input.paths, options: options,
            transform: { document, _ in Table.essays(of: document, withFields: withFields).rows },
            combine: { found, _ in rows.append(found) })
        DiagnosticReporter.report(diagnostics)
        try input.checkFields()
        try rows.finish(diagnostics: diagnostics)
        try DiagnosticReporter.exitIfFailed(diagnostics)
    }
}
