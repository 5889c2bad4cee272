import ArgumentParser
import Foundation
import ZhText
import ZhTextCore
import ZhTextReport

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "One self-contained report of a corpus: overview, top words, keywords, keyness, quotations, concordances.",
        discussion: """
            The keyness chart compares --target with --reference; without them, the first of \
            several inputs with the rest, or the first sub-folder of one folder with the others. \
            --export DIR also writes every table as CSV (with --bom if given); it refuses to \
            replace the tables of an earlier report unless --force is given, and then removes \
            the earlier tables this report no longer has.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, markdown
    }

    @OptionGroup var input: InputOptions
    @OptionGroup var lexiconOptions: LexiconOptions
    @OptionGroup var aliases: AliasOptions

    @Option(help: "Report format: html or markdown.")
    var format: Format = .html

    @Option(name: .shortAndLong, help: "Write the report to this file, - for standard output (default: report.html or report.md, or standard output when it is redirected).")
    var output: String?

    @Option(help: "Also write every table of the report as CSV into this folder.")
    var export: String?

    @Flag(help: "Start exported CSV files with a UTF-8 byte-order mark (for Excel).")
    var bom = false

    @Flag(help: "Let --export replace the tables of an earlier report.")
    var force = false

    @Option(parsing: .upToNextOption, help: "Target corpus of the keyness chart (with --reference).")
    var target: [String] = []

    @Option(parsing: .upToNextOption, help: "Reference corpus of the keyness chart (with --target).")
    var reference: [String] = []

    @Option(name: .customLong("date-field"), help: "Add an Over time section: the words that change most by year, the words new each year, and the lifecycle of the top formulations by this date field.")
    var dateField: String?

    @Option(help: ArgumentHelp("Add a section comparing the groups of documents by KEY[,KEY...] (a field, or FIELD:year, :quarter, :month, :day): each group's documents, running words and keywords against the rest, as compare --by gives them.", valueName: "keys"))
    var by: Grouping?

    func validate() throws {
        try OutputSink.validate(output)
        if let by, by.keys.isEmpty || !by.keys.allSatisfy({ $0.fieldName != nil }) {
            throw ValidationError("report --by takes fields and date parts (source, date:year …), not '\(by)'")
        }
        var isDirectory: ObjCBool = false
        if let export, FileManager.default.fileExists(atPath: export, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw ValidationError("--export \(export) is a file; it takes a folder")
        }
    }

    /// The file the report goes to; nil for standard output: `-o -`, or no `-o` when standard
    /// output is a pipe or a file (`zhtext report Corpus > x.html`).
    var outputPath: String? {
        if output == "-" { return nil }
        if let output { return output }
        return isatty(STDOUT_FILENO) == 0 ? nil : (format == .html ? "report.html" : "report.md")
    }

    /// The output's name in messages.
    var outputName: String { outputPath ?? "standard output" }

    func run() async throws {
        try input.prepare(grouping: by ?? .corpus)
        let inputs = input.paths + target + reference
        try DiagnosticReporter.requireFiles(inputs)
        let sink = try OutputSink(path: outputPath, reading: inputs)
        if let export { try checkExport(export) }
        let lexicon = try await lexiconOptions.lexicon(for: input.paths, readerOptions: input.readerOptions)
        let progress = ProgressBar()
        let corpus = await Corpus.read(input.paths, options: input.readerOptions.learning(with: lexicon), progress: { progress.update($0) })
        DiagnosticReporter.report(corpus.diagnostics)
        try input.checkFields(grouping: by ?? .corpus)
        var builder = CorpusReport(paths: input.paths, lexicon: lexicon, readerOptions: input.readerOptions,
                                   keynessCorpora: !target.isEmpty && !reference.isEmpty ? (target, reference)
                                       : CorpusReport.defaultSubCorpora(of: input.paths))
        builder.aliases = try aliases.map()
        builder.progress = { progress.update($0, done: $1, total: $2) }
        var report = await builder.build(corpus)
        let files = Set(CorpusReport.files(of: corpus.documents)).count
        let essays = corpus.documents.reduce(0) { $0 + $1.essays.count }
        if let dateField {
            report.sections.append(try await Self.overTimeSection(input.paths, dateField: dateField, readerOptions: input.readerOptions,
                                                                 lexiconOptions: lexiconOptions, lexicon: lexicon))
        }
        if let by {
            report.sections.append(await Self.groupsSection(input.paths, by: by, documents: corpus.documents,
                                                            readerOptions: input.readerOptions, lexicon: lexicon))
        }
        try write(report, of: corpus, files: files, essays: essays, to: sink)
        try DiagnosticReporter.exitIfFailed(corpus.diagnostics)
    }

    /// Writes the report (and its tables with --export), then says what it wrote. (Kept out of
    /// the async `run`: Swift 6.3's optimiser crashes on it there.)
    func write(_ report: Report, of corpus: Corpus, files: Int, essays: Int, to sink: OutputSink) throws {
        let text = format == .html ? ReportWriter.html(report) : ReportWriter.markdown(report)
        guard !corpus.documents.isEmpty else {
            sink.discard()
            StandardError.write("zhtext: error: no document could be read; \(outputName) not written\n")
            throw ExitCode.failure
        }
        // The tables are written (not yet in place) before the report, so that a full disk
        // leaves the earlier report and its tables as they were.
        let tables = export.map(TableExport.init(folder:))
        try tables?.prepare(report, byteOrderMark: bom)
        do {
            try sink.write(text)
            try sink.commit()
        } catch {
            tables?.discard()
            throw error
        }
        var wrote = "\(files) documents, \(essays) essays, \(corpus.documents.reduce(0) { $0 + $1.characterCount }) characters"
        if let export, let tables {
            wrote += "; \(try tables.commit()) tables in \(export), as the report shows them"
        }
        StandardError.write("zhtext: wrote \(outputName) (\(wrote))\n")
    }

    /// Before anything is read: refuses to replace an earlier report's tables without --force,
    /// and keeps them out of the inputs.
    func checkExport(_ folder: String) throws {
        let earlier = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter(CorpusReport.isReportTable).sorted()
        guard !earlier.isEmpty else { return }
        guard force else {
            let shown = earlier.prefix(3).joined(separator: ", ") + (earlier.count > 3 ? ", …" : "")
            StandardError.write("zhtext: error: --export \(folder) already holds report tables (\(shown)); add --force to replace them\n")
            throw ExitCode.failure
        }
        for file in earlier {
            if let identity = FileIdentity(path: folder + "/" + file) { InputFiles.markAsOutput(identity) }
        }
    }
}
