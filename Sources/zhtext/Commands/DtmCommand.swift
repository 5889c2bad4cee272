import ArgumentParser
import Foundation
import ZhText
import ZhTextReport

struct DtmCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dtm",
        abstract: "Write a document-term matrix for R or Python (triplets, document variables, Matrix Market).",
        discussion: """
            Writes DIR/triplets.csv (doc_id,feature,count: every non-zero cell, documents in \
            input order), DIR/docvars.csv (doc_id and the documents' fields) and, with --mtx, \
            DIR/dtm.mtx with DIR/rows.txt and DIR/columns.txt. Features are counted as freq \
            counts them (the same --unit, --ngram, --pos, stop words and numbers); n-grams are \
            written with their words joined by a space. doc_id is the document's name.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var terms: TermOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the files to (created if needed).", valueName: "dir"))
    var output: String

    @Option(name: .customLong("min-count"), help: "Keep only features seen at least this often in the whole corpus.")
    var minCount = 1

    @Flag(help: "Also write Matrix Market (dtm.mtx, rows.txt, columns.txt).")
    var mtx = false

    func validate() throws {
        try NumberRange.check(minCount, 0...Int.max, option: "--min-count")
    }

    func run() async throws {
        try input.prepare()
        try DiagnosticReporter.requireFiles(input.paths)
        let progress = ProgressBar()
        let lexicon = try await lexiconOptions.lexicon(for: input.paths, readerOptions: input.readerOptions)
        let analysis = CorpusAnalysis(readerOptions: input.readerOptions, lexicon: lexicon,
                                      progress: { progress.update($0) })
        let options = try terms.options()
        let (counter, diagnostics) = await analysis.count(input.paths) { DocumentTermCounter(options: options) }
        DiagnosticReporter.report(diagnostics)
        try input.checkFields()
        if counter.documents.isEmpty, diagnostics.contains(where: { $0.severity == .error }) {
            try DiagnosticReporter.exitIfFailed(diagnostics)
        }
        do {
            try DocumentTermMatrixFiles.write(counter, minCount: minCount, to: output, matrixMarket: mtx)
        } catch {
            StandardError.write("zhtext: error: cannot write \(output): \(error.localizedDescription)\n")
            throw ExitCode.failure
        }
        try DiagnosticReporter.exitIfFailed(diagnostics)
    }
}
