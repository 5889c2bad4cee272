import ArgumentParser
import ZhText
import ZhTextCore
import ZhTextReport

/// `keywords --by FIELD`: each group's keywords against all other documents.
extension KeywordsCommand {
    /// Columns: the group's keys, rank, term, score (log-likelihood G² against the rest, as
    /// `compare --by KEY` gives it), count (in the group). Only terms more frequent in the group
    /// (direction +), seen at least 3 times in the whole corpus; content words (nouns, verbal
    /// nouns, idioms, abbreviations, Latin words) unless --pos says otherwise.
    func runGroups() async throws {
        try input.prepare(grouping: by)
        let sink = try output.open(reading: input.paths)
        let lexicon = try await lexiconOptions.lexicon(for: input.paths, readerOptions: input.readerOptions)
        let progress = ProgressBar()
        let analysis = CorpusAnalysis(readerOptions: input.readerOptions, lexicon: lexicon, progress: { progress.update($0) })
        let options = NGramOptions(partsOfSpeech: try partsOfSpeech.filter() ?? KeywordExtractor.contentWords)
        let (counter, diagnostics) = await analysis.frequencies(input.paths, options: options, grouping: by)
        DiagnosticReporter.report(diagnostics)
        try input.checkFields(grouping: by)
        UndatedWarning.report(counter, grouping: by)
        var table = Table(columns: by.columns + ["rank", "term", "score", "count"])
        for group in counter.keynessByGroup(against: .rest, minCount: 3, background: BackgroundModel(lexicon: lexicon)) {
            let cells = Table.groupCells(group.group, grouping: by)
            for (rank, row) in group.rows.filter({ $0.keyness.direction == .more }).prefix(top).enumerated() {
                table.append(cells + [.integer(rank + 1), .text(row.term), .number(row.keyness.logLikelihood, decimals: 3),
                                      .integer(row.keyness.targetCount)])
            }
        }
        try output.write(table, to: sink, diagnostics: diagnostics)
        try DiagnosticReporter.exitIfFailed(diagnostics)
    }
}
