import ArgumentParser
import Foundation
import ZhText
import ZhTextReport

extension CooccurrenceWindow: ExpressibleByArgument {}
extension CooccurrenceWeight: ExpressibleByArgument {}
extension NetworkFormat: ExpressibleByArgument {}

struct NetworkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "The co-occurrence network of the most frequent terms (GEXF, GraphML or an edge list).",
        discussion: """
            Takes the --top N words by frequency (as freq counts them: stop words and numbers \
            left out unless asked for, --pos applies), then counts the --window units \
            (sentences, paragraphs or documents) holding each word and each pair. Edge weights: \
            count = c(a,b), the windows holding both; jaccard = c / (f(a) + f(b) − c); ochiai = \
            c / √(f(a)·f(b)); pmi = log2(c·W / (f(a)·f(b))), where f is the windows holding a \
            word and W all windows holding one of the words. Nodes carry the word's frequency, \
            its most frequent tag and its windows. Edges weaker than --min-weight are left out.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(help: "How many of the most frequent words become nodes.")
    var top = 50

    @Option(help: "The unit inside which words co-occur: sentence, paragraph, document.")
    var window: CooccurrenceWindow = .sentence

    @Option(help: "Edge weight: count, jaccard, ochiai, pmi.")
    var weight: CooccurrenceWeight = .count

    @Option(name: .customLong("min-weight"), help: "Leave out edges with a lower weight (default: keep every edge).")
    var minWeight: Double?

    @Flag(name: .customLong("numbers"), help: "Count numbers as words.")
    var includeNumbers = false

    @Option(help: "Stop-word list to use instead of the built-in one (one word per line).")
    var stopwords: String?

    @Flag(name: .customLong("keep-stopwords"), help: "Keep stop words.")
    var keepStopwords = false

    @OptionGroup var partsOfSpeech: PartOfSpeechOption

    @Option(help: "Output format: gexf, graphml, csv, tsv, json (an edge list).")
    var format: NetworkFormat = .gexf

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (it is replaced only once complete).")
    var output: String?

    func validate() throws {
        try NumberRange.check(top, 1...100_000, option: "--top")
        guard minWeight?.isFinite ?? true else { throw ValidationError("--min-weight must be a number") }
        try OutputSink.validate(output)
    }

    func run() async throws {
        try input.prepare()
        try DiagnosticReporter.requireFiles(input.paths)
        let sink = try OutputSink(path: output, reading: input.paths)
        let progress = ProgressBar()
        let lexicon = try await lexiconOptions.lexicon(for: input.paths, readerOptions: input.readerOptions)
        let analysis = CorpusAnalysis(readerOptions: input.readerOptions, lexicon: lexicon,
                                      progress: { progress.update($0) })
        var stopWords = StopWords.chinese
        if keepStopwords {
            stopWords = .none
        } else if let stopwords {
            guard let data = FileManager.default.contents(atPath: stopwords) else {
                throw ValidationError("cannot read stop-word list \(stopwords)")
            }
            stopWords = StopWords(text: String(decoding: data, as: UTF8.self))
        }
        let options = NGramOptions(includeNumbers: includeNumbers, stopWords: stopWords, partsOfSpeech: try partsOfSpeech.filter())
        // Two passes: the most frequent words, then their co-occurrences.
        let (frequencies, first) = await analysis.frequencies(input.paths, options: options, grouping: .corpus)
        DiagnosticReporter.report(first)
        try input.checkFields()
        let rows = frequencies.rows(top: top)
        let (network, second) = await analysis.network(input.paths, terms: rows.map(\.tokens), window: window, options: options)
        let diagnostics = first + second
        DiagnosticReporter.report(second.filter { !first.contains($0) })
        let text = NetworkWriter.render(network, frequencies: rows.map(\.count),
                                        edges: network.edges(weight: weight, minWeight: minWeight ?? -.infinity), weight: weight, format: format)
        if rows.isEmpty, diagnostics.contains(where: { $0.severity == .error }) {
            sink.discard()
        } else {
            try sink.write(text)
            try sink.commit()
        }
        try DiagnosticReporter.exitIfFailed(diagnostics)
    }
}
