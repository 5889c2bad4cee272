import Foundation
import ZhText
import ZhTextCore

/// zhtext's report of a corpus, as `zhtext report` writes it: an overview, the top words, key
/// phrases of the corpus and of each essay, keyness, quotations and the top key phrases in
/// context.
///
/// ```swift
/// let lexicon = try Lexicon.standard()
/// let corpus = await Corpus.read(["Corpus"], options: DocumentReader.Options().learning(with: lexicon))
/// let report = await CorpusReport(paths: ["Corpus"], lexicon: lexicon).build(corpus)
/// print(ReportWriter.markdown(report))
/// ```
public struct CorpusReport {
    /// The inputs as given: the report's title, and the corpus keyness compares.
    public var paths: [String]
    /// The lexicon every analysis segments with.
    public var lexicon: Lexicon
    /// How the corpus was read (keyness between sub-corpora reads them again).
    public var readerOptions: DocumentReader.Options
    /// The target and reference of the keyness section; nil compares the corpus with general
    /// Chinese (`defaultSubCorpora(of:)` gives the usual choice).
    public var keynessCorpora: (target: [String], reference: [String])?
    /// Other names of speakers, each mapped to its canonical name (`QuotationFinder.aliases`).
    public var aliases: [String: String] = [:]
    /// Told each step's name and how far it has come.
    public var progress: (@Sendable (_ step: String, _ done: Int, _ total: Int) -> Void)?

    /// The quotations the report lists; the summary counts them all.
    public static let shownQuotations = 2_000
    /// Words the top-words section shows.
    public static let shownTopWords = 20
    /// Concordance lines shown for each key phrase.
    public static let shownConcordanceLines = 10
    /// Inputs of up to this many characters are segmented once and their tokens kept for every
    /// analysis (about 40 bytes a character); larger ones are segmented by each analysis again.
    public static let keptTokensLimit = 20_000_000

    /// A report of `paths` segmented with `lexicon`; by default read with the default options and keyness against general Chinese.
    public init(paths: [String], lexicon: Lexicon, readerOptions: DocumentReader.Options = .init(),
                keynessCorpora: (target: [String], reference: [String])? = nil) {
        self.paths = paths
        self.lexicon = lexicon
        self.readerOptions = readerOptions
        self.keynessCorpora = keynessCorpora
    }

    /// The report of `corpus`.
    public func build(_ corpus: Corpus) async -> Report {
        let characters = corpus.documents.reduce(0) { $0 + $1.characterCount }
        // Each document is segmented once and every analysis below takes its tokens, unless the
        // input is too large to hold them: then each analysis segments again.
        let sentences = characters <= Self.keptTokensLimit ? segment(corpus.documents) : nil
        var report = Report(title: "zhtext report: " + paths.joined(separator: ", "))

        let files = Self.files(of: corpus.documents)
        var frequencies = FrequencyCounter(options: NGramOptions(), grouping: .corpus)
        let tokenizer = DocumentTokenizer(lexicon: lexicon)
        for (index, document) in corpus.documents.enumerated() {
            frequencies.add(sentences?[index] ?? tokenizer.sentences(of: document), of: document, index: files[index])
        }
        report.sections.append(overview(corpus, files: files, runningWords: frequencies.total(of: .corpus)))
        report.sections.append(topWords(frequencies))
        report.sections.append(network(frequencies, corpus: corpus, sentences: sentences))
        let (keyPhrases, corpusKeywords) = keywords(corpus, sentences: sentences)
        report.sections.append(keyPhrases)
        report.sections.append(await keyness(frequencies))
        report.sections.append(quotations(corpus))
        report.sections.append(concordances(of: Array(corpusKeywords.prefix(3)), in: corpus))
        report.contexts = contexts(of: shownTerms(report), in: corpus)
        return report
    }

    /// The terms of the report's word tables (top words, key phrases, keyness), in order.
    private func shownTerms(_ report: Report) -> [String] {
        var seen: Set<String> = []
        var terms: [String] = []
        for section in report.sections {
            for case .table(let name, let table) in section.blocks where ["freq", "keywords", "compare"].contains(name) {
                guard let column = table.columns.firstIndex(of: "term") else { continue }
                for row in table.rows where seen.insert(row[column].description).inserted {
                    terms.append(row[column].description)
                }
            }
        }
        return terms
    }

    /// Up to `shownConcordanceLines` lines of context of each term, from the first documents
    /// that hold it.
    private func contexts(of terms: [String], in corpus: Corpus) -> [String: [Report.Context]] {
        let tokenizer = DocumentTokenizer(lexicon: lexicon)
        var result: [String: [Report.Context]] = [:]
        for term in terms {
            var lines: [Report.Context] = []
            for document in corpus.documents where lines.count < Self.shownConcordanceLines {
                for line in Concordance(term: term, window: 15).lines(in: document, tokenizer: tokenizer)
                    .prefix(Self.shownConcordanceLines - lines.count) {
                    lines.append(Report.Context(left: line.left, keyword: line.keyword, right: line.right,
                                                place: "\(line.document), essay \(line.essay)"))
                }
            }
            if !lines.isEmpty { result[term] = lines }
        }
        return result
    }

    // MARK: Sections

    private func overview(_ corpus: Corpus, files: [Int], runningWords: Int) -> Report.Section {
        let overview = Self.overview(of: corpus.documents, files: files)
        let essays = corpus.documents.reduce(0) { $0 + $1.essays.count }
        let characters = corpus.documents.reduce(0) { $0 + $1.characterCount }
        var blocks: [Report.Block] = [
            .paragraph("\(overview.rows.count) documents, \(essays) essays, \(characters) characters, \(runningWords) running words."),
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
        return .init(heading: "Overview", blocks: blocks)
    }

    /// The top words of two characters or more: single characters say little on their own.
    private func topWords(_ frequencies: FrequencyCounter) -> Report.Section {
        let words = frequencies.rows().filter { $0.term.count >= 2 }
        let top = Array(words.prefix(Self.shownTopWords))
        var blocks: [Report.Block] = [
            .bars(title: "count", top.map { ($0.term, Double($0.count)) }),
            .table(name: "freq", Table.frequencies(top, grouping: .corpus)),
        ]
        if words.count > top.count {
            blocks.insert(.paragraph("The \(top.count) most frequent of \(words.count) words of two characters or more "
                + "(stop words left out); zhtext freq lists them all."), at: 0)
        }
        return .init(heading: "Top words (two characters or more)", blocks: blocks)
    }

    /// The co-occurrence network of the top words (see `Report.Section.network`).
    private func network(_ frequencies: FrequencyCounter, corpus: Corpus, sentences: [[TokenizedSentence]]?) -> Report.Section {
        let top = Array(frequencies.rows().filter { $0.term.count >= 2 }.prefix(Report.Section.networkTerms))
        var network = CooccurrenceNetwork(terms: top.map(\.term), window: .paragraph, options: NGramOptions())
        let tokenizer = DocumentTokenizer(lexicon: lexicon)
        for (index, document) in corpus.documents.enumerated() {
            network.add(sentences?[index] ?? tokenizer.sentences(of: document))
        }
        return .network(network, frequencies: top.map(\.count))
    }

    /// Key phrases of the corpus and of each essay; also the corpus's, for the concordances.
    private func keywords(_ corpus: Corpus, sentences: [[TokenizedSentence]]?) -> (Report.Section, [Keyword]) {
        var miner = PhraseMiner()
        miner.minimumCount = 2
        progress?("mining phrases", 0, 1)
        let phrases = miner.phrases(in: corpus.documents, lexicon: lexicon)
        var extractor = KeywordExtractor(lexicon: lexicon, top: 15)
        let progress = self.progress
        extractor.progress = { progress?("keywords of the corpus", $0, $1) }
        let corpusKeywords = extractor.keywords(of: corpus.documents, grouping: .corpus, phrases: phrases, sentences: sentences)
        extractor.top = 10
        extractor.progress = { progress?("keywords of each essay", $0, $1) }
        let essayKeywords = extractor.keywords(of: corpus.documents, grouping: .essay, phrases: phrases, sentences: sentences)
        var keywordTable = Table(columns: ["document", "essay", "rank", "term", "score", "count"])
        for keyword in essayKeywords {
            keywordTable.append([.text(keyword.document), .integer(keyword.essay), .integer(keyword.rank),
                                 .text(keyword.term), .number(keyword.score, decimals: 3), .integer(keyword.count)])
        }
        var blocks: [Report.Block] = [.bars(title: "corpus key phrases (score)", corpusKeywords.map { ($0.term, $0.score) })]
        // One chart per essay, in the order essays first appear: one pass, grouped by essay.
        struct Unit: Hashable { var document: String; var essay: Int }
        var unitOrder: [Unit] = []
        var unitTerms: [Unit: [(String, Double)]] = [:]
        for keyword in essayKeywords {
            let unit = Unit(document: keyword.document, essay: keyword.essay)
            if unitTerms[unit] == nil { unitOrder.append(unit) }
            unitTerms[unit, default: []].append((keyword.term, keyword.score))
        }
        // Each chart is named by its essay's title where it has one.
        var titles: [Unit: String] = [:]
        for document in corpus.documents {
            for essay in document.essays where !essay.title.isEmpty {
                titles[Unit(document: document.source, essay: essay.number)] = essay.title
            }
        }
        for unit in unitOrder {
            let place = "\(unit.document), essay \(unit.essay)"
            blocks.append(.bars(title: titles[unit].map { "\($0) (\(place))" } ?? place, unitTerms[unit] ?? []))
        }
        blocks.append(.table(name: "keywords", keywordTable))
        return (.init(heading: "Key phrases", blocks: blocks), corpusKeywords)
    }

    /// Keyness between sub-corpora, or of the whole input against general Chinese.
    private func keyness(_ frequencies: FrequencyCounter) async -> Report.Section {
        let heading: String
        let rows: [KeynessRow]
        if let (target, reference) = keynessCorpora {
            let analysis = CorpusAnalysis(readerOptions: readerOptions, lexicon: lexicon)
            rows = await analysis.keyness(target: target, reference: reference, options: NGramOptions(), minCount: 3).rows
            heading = "Keyness: \(target.joined(separator: ", ")) against \(reference.joined(separator: ", "))"
        } else {
            rows = KeynessRow.rows(target: frequencies, background: BackgroundModel(lexicon: lexicon), minCount: 3)
            heading = "Keyness: \(paths.joined(separator: ", ")) against general Chinese"
        }
        let positive = Array(rows.filter { $0.keyness.direction == .more }.prefix(15))
        let negative = Array(rows.filter { $0.keyness.direction == .less }.prefix(15))
        return .init(heading: heading, blocks: [
            .bars(title: "more frequent in the target (log-likelihood)", positive.map { ($0.term, $0.keyness.logLikelihood) }),
            .bars(title: "less frequent in the target (log-likelihood)", negative.map { ($0.term, $0.keyness.logLikelihood) }),
            .table(name: "compare", Table.keyness(positive + negative, testedTerms: rows.count)),
        ])
    }

    private func quotations(_ corpus: Corpus) -> Report.Section {
        let finder = QuotationFinder(aliases: aliases, lexicon: lexicon)
        var tally = QuotationSummary()
        var shown: [Quotation] = []
        var found = 0
        for document in corpus.documents {
            let quotations = finder.quotations(in: document)
            tally.add(quotations)
            found += quotations.count
            shown += quotations.prefix(Self.shownQuotations - shown.count)
        }
        let speakers = tally.speakers.prefix(15)
        var blocks: [Report.Block] = [
            .bars(title: "quotations by speaker", label: "speaker", speakers.map { ($0.name, Double($0.quotations)) }),
            .table(name: "quotes-summary", Table.quotationSummary(tally)),
        ]
        if found > shown.count {
            blocks.append(.paragraph("\(found) quotations; the first \(shown.count) are listed (zhtext quotes lists them all)."))
        }
        blocks.append(.table(name: "quotes", Table.quotations(shown)))
        return .init(heading: "Quotations", blocks: blocks)
    }

    private func concordances(of keywords: [Keyword], in corpus: Corpus) -> Report.Section {
        var blocks: [Report.Block] = []
        let tokenizer = DocumentTokenizer(lexicon: lexicon)
        for keyword in keywords {
            let term = keyword.term
            var occurrences = 0
            var lines: [ConcordanceLine] = []
            for document in corpus.documents {
                let found = Concordance(term: term, window: 15).lines(in: document, tokenizer: tokenizer)
                occurrences += found.count
                lines += found.prefix(Self.shownConcordanceLines - lines.count)
            }
            blocks.append(.paragraph(occurrences > lines.count
                ? "\(term): \(occurrences) occurrences; the first \(lines.count) are shown (zhtext kwic --term \(term) lists them all)."
                : "\(term): \(occurrences) occurrences"))
            blocks.append(.table(name: "kwic-\(keyword.rank)", Table.concordance(lines)))
        }
        return .init(heading: "Key phrases in context", blocks: blocks)
    }

    // MARK: Parts

    /// For each document, the index of the document its file begins with: the pieces of a
    /// file too large to read whole are one document of the input.
    public static func files(of documents: [Document]) -> [Int] {
        var first = 0
        return documents.indices.map { index in
            if documents[index].piece <= 1 || documents[index].source != documents[first].source { first = index }
            return first
        }
    }

    /// One row per file, its pieces summed up.
    public static func overview(of documents: [Document], files: [Int]) -> Table {
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

    /// Each document's sentences with their tokens, segmented once for all the analyses.
    private func segment(_ documents: [Document]) -> [[TokenizedSentence]] {
        let tokenizer = DocumentTokenizer(lexicon: lexicon)
        let total = documents.reduce(0) { $0 + $1.characterCount }
        var done = 0
        return documents.map { document in
            defer {
                done += document.characterCount
                progress?("segmenting", done, total)
            }
            return tokenizer.sentences(of: document)
        }
    }

    /// The usual target and reference of keyness: the first input against the rest, or the
    /// first sub-folder of a single folder against the others; nil when there are neither.
    public static func defaultSubCorpora(of paths: [String]) -> (target: [String], reference: [String])? {
        if paths.count >= 2 { return ([paths[0]], Array(paths.dropFirst())) }
        guard let folder = paths.first,
              let children = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
        let folders = children.filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".")
                && FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isDirectory) && isDirectory.boolValue
        }.sorted().map { folder.hasSuffix("/") ? folder + $0 : folder + "/" + $0 }
        return folders.count >= 2 ? ([folders[0]], Array(folders.dropFirst())) : nil
    }

    /// Whether `file` is the name of a table a report exports: fixed ones and `kwic-N`.
    public static func isReportTable(_ file: String) -> Bool {
        let fixed = ["documents", "warnings", "freq", "network", "keywords", "compare", "quotes-summary", "quotes"]
            + ["trend", "new-words", "lifecycle", "groups", "group-keywords"]  // --date-field, --by
        guard file.hasSuffix(".csv") else { return false }
        let stem = String(file.dropLast(4))
        return fixed.contains(stem) || (stem.hasPrefix("kwic-") && Int(stem.dropFirst(5)) != nil)
    }
}
