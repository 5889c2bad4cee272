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

    @Option(help: "Report format: html or markdown.")
    var format: Format = .html

    @Option(name: .shortAndLong, help: "Write the report to this file (default: report.html or report.md).")
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

    func validate() throws {
        try OutputSink.validate(output)
        var isDirectory: ObjCBool = false
        if let export, FileManager.default.fileExists(atPath: export, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw ValidationError("--export \(export) is a file; it takes a folder")
        }
    }

    var outputPath: String { output ?? (format == .html ? "report.html" : "report.md") }

    func run() async throws {
        try input.prepare()
        let inputs = input.paths + target + reference
        try DiagnosticReporter.requireFiles(inputs)
        let sink = try OutputSink(path: outputPath, reading: inputs)
        if let export { try checkExport(export) }
        let lexicon = try await lexiconOptions.lexicon(for: input.paths, readerOptions: input.readerOptions)
        let progress = ProgressBar()
        let corpus = await Corpus.read(input.paths, options: input.readerOptions.learning(with: lexicon), progress: { progress.update($0) })
        DiagnosticReporter.report(corpus.diagnostics)
        try input.checkFields()
        // Each document is segmented once and every analysis below takes its tokens, unless the
        // input is too large to hold them: then each analysis segments again.
        let characters = corpus.documents.reduce(0) { $0 + $1.characterCount }
        let sentences = characters <= Self.keptTokensLimit ? Self.segment(corpus.documents, lexicon: lexicon, progress: progress) : nil
        let analysis = CorpusAnalysis(readerOptions: input.readerOptions, lexicon: lexicon)
        var report = Report(title: "zhtext report: " + input.paths.joined(separator: ", "))

        // Overview.
        let files = Self.files(of: corpus.documents)
        let overview = Self.overview(of: corpus.documents, files: files)
        var frequencies = FrequencyCounter(options: NGramOptions(), grouping: .corpus)
        let tokenizer = DocumentTokenizer(lexicon: lexicon)
        for (index, document) in corpus.documents.enumerated() {
            frequencies.add(sentences?[index] ?? tokenizer.sentences(of: document), of: document, index: files[index])
        }
        let essays = corpus.documents.reduce(0) { $0 + $1.essays.count }
        var blocks: [Report.Block] = [
            .paragraph("\(overview.rows.count) documents, \(essays) essays, \(characters) characters, \(frequencies.total(of: .corpus)) running words."),
            .table(name: "documents", overview),
        ]
        if !corpus.diagnostics.isEmpty {
            var warnings = Table(columns: ["severity", "source", "location", "message"])
            for diagnostic in corpus.diagnostics {
                warnings.append([.text(diagnostic.severity.rawValue), .text(diagnostic.source), .text(diagnostic.location),
                                 .text(diagnostic.message)])
            }
            blocks.append(.table(name: "warnings", warnings))
        }
        report.sections.append(.init(heading: "Overview", blocks: blocks))

        // Top words (of two characters or more: single characters say little on their own).
        let top = Array(frequencies.rows().filter { $0.term.count >= 2 }.prefix(20))
        report.sections.append(.init(heading: "Top words (two characters or more)", blocks: [
            .bars(title: "count", top.map { ($0.term, Double($0.count)) }),
            .table(name: "freq", Table.frequencies(top, grouping: .corpus)),
        ]))

        // Keywords.
        var miner = PhraseMiner()
        miner.minimumCount = 2
        progress.update("mining phrases", done: 0, total: 1)
        let phrases = miner.phrases(in: corpus.documents, lexicon: lexicon)
        var extractor = KeywordExtractor(lexicon: lexicon, top: 15)
        extractor.progress = { progress.update("keywords of the corpus", done: $0, total: $1) }
        let corpusKeywords = extractor.keywords(of: corpus.documents, grouping: .corpus, phrases: phrases, sentences: sentences)
        extractor.top = 10
        extractor.progress = { progress.update("keywords of each essay", done: $0, total: $1) }
        let essayKeywords = extractor.keywords(of: corpus.documents, grouping: .essay, phrases: phrases, sentences: sentences)
        var keywordTable = Table(columns: ["document", "essay", "rank", "term", "score", "count"])
        for keyword in essayKeywords {
            keywordTable.append([.text(keyword.document), .integer(keyword.essay), .integer(keyword.rank),
                                 .text(keyword.term), .number(keyword.score, decimals: 3), .integer(keyword.count)])
        }
        var keywordBlocks: [Report.Block] = [.bars(title: "corpus key phrases (score)", corpusKeywords.map { ($0.term, $0.score) })]
        // One chart per essay, in the order essays first appear: one pass, grouped by essay.
        struct Unit: Hashable { var document: String; var essay: Int }
        var unitOrder: [Unit] = []
        var unitTerms: [Unit: [(String, Double)]] = [:]
        for keyword in essayKeywords {
            let unit = Unit(document: keyword.document, essay: keyword.essay)
            if unitTerms[unit] == nil { unitOrder.append(unit) }
            unitTerms[unit, default: []].append((keyword.term, keyword.score))
        }
        for unit in unitOrder {
            keywordBlocks.append(.bars(title: "\(unit.document), essay \(unit.essay)", unitTerms[unit] ?? []))
        }
        keywordBlocks.append(.table(name: "keywords", keywordTable))
        report.sections.append(.init(heading: "Key phrases", blocks: keywordBlocks))

        // Keyness between sub-corpora, or of the whole input against general Chinese.
        let keyness: (heading: String, rows: [KeynessRow])
        if let (target, reference) = subCorpora() {
            let (rows, _) = await analysis.keyness(target: target, reference: reference, options: NGramOptions(), minCount: 3)
            keyness = ("Keyness: \(target.joined(separator: ", ")) against \(reference.joined(separator: ", "))", rows)
        } else {
            let rows = KeynessRow.rows(target: frequencies, background: BackgroundModel(lexicon: lexicon), minCount: 3)
            keyness = ("Keyness: \(input.paths.joined(separator: ", ")) against general Chinese", rows)
        }
        let positive = Array(keyness.rows.filter { $0.keyness.direction == "+" }.prefix(15))
        let negative = Array(keyness.rows.filter { $0.keyness.direction == "-" }.prefix(15))
        report.sections.append(.init(heading: keyness.heading, blocks: [
            .bars(title: "more frequent in the target (log-likelihood)", positive.map { ($0.term, $0.keyness.logLikelihood) }),
            .bars(title: "less frequent in the target (log-likelihood)", negative.map { ($0.term, $0.keyness.logLikelihood) }),
            .table(name: "compare", Table.keyness(positive + negative, testedTerms: keyness.rows.count)),
        ]))

        // Quotations.
        let finder = QuotationFinder(lexicon: lexicon)
        var tally = QuotationSummary()
        var shown: [Quotation] = []
        var found = 0
        for document in corpus.documents {
            let quotations = finder.quotations(in: document)
            tally.add(quotations)
            found += quotations.count
            shown += quotations.prefix(Self.shownQuotations - shown.count)
        }
        let summary = Table.quotationSummary(tally)
        let speakers = summary.rows.filter { $0[0].description != "term" }.prefix(15)
        var quoteBlocks: [Report.Block] = [
            .bars(title: "quotations by speaker", speakers.map { ($0[1].description, Double($0[2].description) ?? 0) }),
            .table(name: "quotes-summary", summary),
        ]
        if found > shown.count {
            quoteBlocks.append(.paragraph(
                "\(found) quotations; the first \(shown.count) are listed (zhtext quotes lists them all)."))
        }
        quoteBlocks.append(.table(name: "quotes", Table.quotations(shown)))
        report.sections.append(.init(heading: "Quotations", blocks: quoteBlocks))

        // Concordances of the top key phrases.
        var kwicBlocks: [Report.Block] = []
        let kwicTokenizer = DocumentTokenizer(lexicon: lexicon)
        for keyword in corpusKeywords.prefix(3) {
            var occurrences = 0
            var lines: [ConcordanceLine] = []
            for document in corpus.documents {
                let found = Concordance(term: keyword.term, window: 15).lines(in: document, tokenizer: kwicTokenizer)
                occurrences += found.count
                lines += found.prefix(10 - lines.count)
            }
            kwicBlocks.append(.paragraph("\(keyword.term): \(occurrences) occurrences"))
            kwicBlocks.append(.table(name: "kwic-\(keyword.rank)", Table.concordance(lines)))
        }
        report.sections.append(.init(heading: "Key phrases in context", blocks: kwicBlocks))

        if let dateField {
            report.sections.append(try await Self.overTimeSection(input.paths, dateField: dateField, readerOptions: input.readerOptions,
                                                                 lexiconOptions: lexiconOptions, lexicon: lexicon))
        }
        try write(report, of: corpus, files: overview.rows.count, essays: essays, to: sink)
        try DiagnosticReporter.exitIfFailed(corpus.diagnostics)
    }

    /// For each document, the index of the document its file begins with: the pieces of a
    /// file too large to read whole are one document of the input.
    static func files(of documents: [Document]) -> [Int] {
        var first = 0
        return documents.indices.map { index in
            if documents[index].piece <= 1 || documents[index].source != documents[first].source { first = index }
            return first
        }
    }

    /// One row per file, its pieces summed up.
    static func overview(of documents: [Document], files: [Int]) -> Table {
        var overview = Table(columns: ["document", "encoding", "essays", "sections", "characters"])
        var index = 0
        while index < documents.count {
            let end = files[index...].firstIndex { $0 != files[index] } ?? documents.count
            let pieces = documents[index..<end]
            let sections = Set(pieces.flatMap { $0.essays.flatMap(\.sections) }).map(\.rawValue).sorted().joined(separator: " ")
            overview.append([
                .text(documents[index].source), .text(documents[index].encoding.name),
                .integer(pieces.reduce(0) { $0 + $1.essays.count }), .text(sections),
                .integer(pieces.reduce(0) { $0 + $1.characterCount }),
            ])
            index = end
        }
        return overview
    }

    /// Writes the report (and its tables with --export), then says what it wrote. (Kept out of
    /// the async `run`: Swift 6.3's optimiser crashes on it there.)
    func write(_ report: Report, of corpus: Corpus, files: Int, essays: Int, to sink: OutputSink) throws {
        let text = format == .html ? ReportWriter.html(report) : ReportWriter.markdown(report)
        guard !corpus.documents.isEmpty else {
            sink.discard()
            StandardError.write("zhtext: error: no document could be read; \(outputPath) not written\n")
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
            wrote += "; \(try tables.commit()) tables in \(export)"
        }
        StandardError.write("zhtext: wrote \(outputPath) (\(wrote))\n")
    }

    /// Inputs of up to this many characters are segmented once and their tokens kept for every
    /// analysis (about 40 bytes a character); larger ones are segmented by each analysis again.
    static let keptTokensLimit = 20_000_000
    /// The quotations the report lists; the summary counts them all.
    static let shownQuotations = 2_000

    /// Each document's sentences with their tokens, segmented once for all the analyses.
    static func segment(_ documents: [Document], lexicon: Lexicon, progress: ProgressBar) -> [[TokenizedSentence]] {
        let tokenizer = DocumentTokenizer(lexicon: lexicon)
        let total = documents.reduce(0) { $0 + $1.characterCount }
        var done = 0
        return documents.map { document in
            defer {
                done += document.characterCount
                progress.update("segmenting", done: done, total: total)
            }
            return tokenizer.sentences(of: document)
        }
    }

    /// Target and reference: the first input against the rest, or the first sub-folder of a
    /// single folder against the others.
    func subCorpora() -> ([String], [String])? {
        if !target.isEmpty, !reference.isEmpty { return (target, reference) }
        if input.paths.count >= 2 { return ([input.paths[0]], Array(input.paths.dropFirst())) }
        guard let folder = input.paths.first,
              let children = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
        let folders = children.filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".")
                && FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isDirectory) && isDirectory.boolValue
        }.sorted().map { folder.hasSuffix("/") ? folder + $0 : folder + "/" + $0 }
        return folders.count >= 2 ? ([folders[0]], Array(folders.dropFirst())) : nil
    }

    /// The names of the tables a report exports: fixed ones and `kwic-N`.
    static func isReportTable(_ file: String) -> Bool {
        let fixed = ["documents", "warnings", "freq", "keywords", "compare", "quotes-summary", "quotes"]
        guard file.hasSuffix(".csv") else { return false }
        let stem = String(file.dropLast(4))
        return fixed.contains(stem) || (stem.hasPrefix("kwic-") && Int(stem.dropFirst(5)) != nil)
    }

    /// Before anything is read: refuses to replace an earlier report's tables without --force,
    /// and keeps them out of the inputs.
    func checkExport(_ folder: String) throws {
        let earlier = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter(Self.isReportTable).sorted()
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
