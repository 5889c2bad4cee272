import ZhText

extension Report.Section {
    /// "Over time": the per-million curves of the words whose frequency changes most across
    /// the periods (`TrendCounter.changingRows`), the words new in each period, and for each of
    /// the top formulations of `lifecycle` two small charts, uses per period and the share of
    /// them inside quotation marks, with its lifecycle row.
    public static func overTime(trend: TrendCounter, lifecycle: LifecycleCounter, formulations: [LifecycleRow],
                                changing: Int = 5) -> Report.Section {
        let periods = trend.groupKeys
        let labels = periods.map { $0.fields.joined(separator: ",") }
        var blocks: [Report.Block] = []
        if periods.count < 2 {
            blocks.append(.paragraph("All documents fall in one period (\(labels.first ?? "")): there is no change over time to show."))
        }
        let rows = trend.changingRows(minCount: 5, top: changing)
        var series: [(name: String, values: [Double])] = []
        for start in stride(from: 0, to: rows.count, by: max(periods.count, 1)) {
            let slice = rows[start..<min(rows.count, start + periods.count)]
            series.append((slice.first?.term ?? "", slice.map(\.perMillion)))
        }
        blocks.append(.curves(title: "the words that change most (per million words)", periods: labels, series: series))
        blocks.append(.table(name: "trend", Table.trend(rows, grouping: trend.grouping, ranked: true)))
        var fresh = Table(columns: ["period", "new words (count in the corpus)"])
        for (group, terms) in trend.newTerms(minCount: 3, top: 10) {
            fresh.append([.text(group.fields.joined(separator: ",")), .text(terms.map { "\($0.term) (\($0.count))" }.joined(separator: "、"))])
        }
        blocks.append(.table(name: "new-words", fresh))
        if !formulations.isEmpty {
            blocks.append(.table(name: "lifecycle", Table.lifecycles(formulations)))
            let periodRows = lifecycle.periodRows(of: formulations.map(\.term))
            let lifecyclePeriods = lifecycle.periods
            for row in formulations {
                let mine = periodRows.filter { $0.term == row.term }
                blocks.append(.curves(title: "\(row.term): uses per period", periods: lifecyclePeriods,
                                      series: [("uses", mine.map { Double($0.count) })]))
                blocks.append(.curves(title: "\(row.term): share in quotation marks", periods: lifecyclePeriods,
                                      series: [("quoted share", mine.map(\.quotedShare))]))
            }
        }
        return Report.Section(heading: "Over time", blocks: blocks)
    }
}
