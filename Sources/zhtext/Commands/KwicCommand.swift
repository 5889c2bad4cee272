import ArgumentParser
import Foundation
import ZhText
import ZhTextReport

struct KwicCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kwic",
        abstract: "Concordance: every occurrence of a term, pattern or tag with its context.",
        discussion: """
            Columns: document, essay, the --fields asked for, left, keyword, right, offset and end \
            (character offsets of the hit's first character and of the one after its last, in \
            the document), then with --sort the words at each sort position. A term must begin \
            and end at word boundaries unless --substring is given; --regex matches are taken as \
            they are; with --pos, a term or pattern must cover whole words of those tags, and \
            without one every word of those tags is a hit. Context stays inside the paragraph \
            and is shown as written.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(help: "A word or phrase to find (repeatable).")
    var term: [String] = []

    @Option(help: ArgumentHelp("A file of terms to find, one per line (lines starting with # are skipped).", valueName: "file"))
    var terms: String?

    @Option(help: ArgumentHelp("A regular expression (ICU syntax) to find in the text.", valueName: "pattern"))
    var regex: String?

    @OptionGroup var partsOfSpeech: PartOfSpeechOption

    @Option(help: "Characters of context on each side.")
    var window = 20

    @Flag(help: "Match terms anywhere, also inside longer words.")
    var substring = false

    @Option(help: ArgumentHelp("Sort by the words at these positions, e.g. 1R,2R,1L (AntConc's sort levels).", valueName: "positions"))
    var sort: String?

    @Option(help: "Keep a random sample of N lines (reproducible with --seed).")
    var sample: Int?

    @Option(help: "The seed of --sample's random choice.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Document fields to show as columns, comma-separated.", valueName: "names"))
    var fields: String?

    @OptionGroup var output: TableOutputOptions

    func validate() throws {
        try NumberRange.check(window, 0...10_000, option: "--window")
        try NumberRange.check(sample, 0...Int.max, option: "--sample")
        _ = try positions()
        if term.contains(where: \.isEmpty) { throw ValidationError("--term is empty") }
        if regex?.isEmpty ?? false { throw ValidationError("--regex is empty") }
        if term.isEmpty, terms == nil, regex == nil, partsOfSpeech.list == nil {
            throw ValidationError("give what to find: --term, --terms FILE, --regex or --pos")
        }
    }

    func positions() throws -> [ContextPosition] {
        guard let sort else { return [] }
        switch ContextPosition.list(sort) {
        case .success(let positions): return positions
        case .failure(let error): throw ValidationError("--sort: \(error)")
        }
    }

    var fieldNames: [String] {
        (fields ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// `--term`s and the lines of `--terms`.
    func allTerms() throws -> [String] {
        guard let terms else { return term }
        guard let data = FileManager.default.contents(atPath: terms) else {
            throw ValidationError("cannot read the terms file \(terms)")
        }
        let listed = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        guard !listed.isEmpty else { throw ValidationError("the terms file \(terms) lists no terms") }
        return term + listed
    }

    func run() async throws {
        try input.prepare()
        let search: ConcordanceSearch
        do {
            search = try ConcordanceSearch(terms: allTerms(), pattern: regex, tags: partsOfSpeech.filter(), window: window,
                                           substring: substring, positions: positions(), fields: fieldNames)
        } catch let error as ConcordancePatternError {
            throw ValidationError("--regex: \(error)")
        }
        let sink = try output.open(reading: input.paths)
        let progress = ProgressBar()
        let analysis = CorpusAnalysis(readerOptions: input.readerOptions, lexicon: try await lexiconOptions.lexicon(for: input.paths, readerOptions: input.readerOptions),
                                      progress: { progress.update($0) })
        let template = Table.concordance([], fields: search.fields, positions: search.positions)
        let diagnostics: [Diagnostic]
        if sample == nil, search.positions.isEmpty {
            // Lines are written as they are found, not kept.
            let rows = output.stream(template, to: sink)
            diagnostics = await analysis.concordance(input.paths, search) {
                rows.append(Table.concordance($0, fields: search.fields, positions: search.positions).rows)
            }
            try finish(diagnostics: diagnostics)
            try rows.finish(diagnostics: diagnostics)
        } else {
            var kept: [ConcordanceHit] = []
            var chosen = sample.map { ConcordanceSample(size: $0, seed: seed) }
            diagnostics = await analysis.concordance(input.paths, search) { hits in
                if chosen != nil { for hit in hits { chosen!.add(hit) } } else { kept += hits }
            }
            try finish(diagnostics: diagnostics)
            if let chosen { kept = chosen.hits }
            if !search.positions.isEmpty { kept = kept.sortedByWords() }
            try output.write(Table.concordance(kept, fields: search.fields, positions: search.positions), to: sink,
                             diagnostics: diagnostics)
        }
        try DiagnosticReporter.exitIfFailed(diagnostics)
    }

    private func finish(diagnostics: [Diagnostic]) throws {
        DiagnosticReporter.report(diagnostics)
        try input.checkFields()
        if !fieldNames.isEmpty { try RunInputs.checkFields(names: fieldNames) }
    }
}
