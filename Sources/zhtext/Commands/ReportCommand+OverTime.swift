import ZhText
import ZhTextCore
import ZhTextReport

/// `report --date-field FIELD`: the "Over time" section.
extension ReportCommand {
    /// Trend of the changing words by year, the words new each year, and the lifecycle of the
    /// three most widely used formulations (as `zhtext lifecycle` finds them without --term).
    static func overTimeSection(_ paths: [String], dateField: String, readerOptions: DocumentReader.Options,
                                lexiconOptions: LexiconOptions, lexicon: Lexicon) async throws -> Report.Section {
        let grouping = Grouping(keys: [.date(dateField, .year)])
        let analysis = CorpusAnalysis(readerOptions: readerOptions, lexicon: lexicon)
        let (trend, _) = await analysis.count(paths) { TrendCounter(grouping: grouping) }
        let finder = QuotationFinder(lexicon: lexicon)
        var miner = PhraseMiner()
        miner.minimumCount = 2
        let (pool, _) = await analysis.formulations(paths, miner: miner, finder: finder)
        let variants = LifecycleCounter.variants(of: pool, in: pool)
        let words = pool + variants
        let extended = words.isEmpty ? lexicon : try await lexiconOptions.lexicon(
            for: paths, readerOptions: readerOptions, adding: [TermListOptions.lexicon(of: words, name: "lifecycle terms")])
        let counting = CorpusAnalysis(readerOptions: readerOptions, lexicon: extended)
        let (lifecycle, _) = await counting.lifecycle(paths, terms: pool, variants: variants,
                                                      options: LifecycleCounter.Options(dateField: dateField), finder: finder)
        let top = lifecycle.rows(minDocuments: 3).sorted { ($0.documents, $0.count, $1.term) > ($1.documents, $1.count, $0.term) }
        return .overTime(trend: trend, lifecycle: lifecycle, formulations: Array(top.prefix(3)))
    }
}
