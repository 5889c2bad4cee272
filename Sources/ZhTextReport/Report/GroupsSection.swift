import ZhText

extension Report.Section {
    /// "Groups by FIELD": for each group of documents (`--by source`, `--by date:year`), its
    /// documents, running words and the words most overused in it against all the other
    /// documents, by log-likelihood, as `compare --by FIELD` finds them
    /// (`FrequencyCounter.keynessByGroup`): a summary table, a bar chart for each of the first
    /// `charts` groups, and the keyness rows of every group's top `top` words.
    ///
    /// - Parameters:
    ///   - frequencies: word counts by `grouping` (field keys only).
    ///   - documents: how many documents each group holds, by the group's field values.
    ///   - background: orders equally strong keywords, as in `compare`.
    public static func groups(_ frequencies: FrequencyCounter, grouping: Grouping, documents: [[String]: Int],
                              background: BackgroundModel?, top: Int = 10, charts: Int = 8) -> Report.Section {
        let keyness = frequencies.keynessByGroup(against: .rest, minCount: 3, background: background)
        func name(_ group: GroupKey) -> String {
            let text = group.fields.joined(separator: ", ")
            return text.isEmpty ? "(no \(grouping.description))" : text
        }
        var blocks: [Report.Block] = []
        if keyness.count < 2 {
            blocks.append(.paragraph("All documents fall in one group of \(grouping.description): there are no other documents to compare it with."))
        } else {
            blocks.append(.paragraph("Each group's words against all the other documents (log-likelihood, as compare --by \(grouping.description) gives them)."))
        }
        var summary = Table(columns: grouping.columns + ["documents", "running_words", "top keywords against the rest"])
        var rows = Table(columns: grouping.columns + Table.keyness([]).columns)
        var bars: [Report.Block] = []
        for group in keyness {
            let more = Array(group.rows.filter { $0.keyness.direction == .more }.prefix(top))
            let cells = Table.groupCells(group.group, grouping: grouping)
            summary.append(cells + [.integer(documents[group.group.fields] ?? 0), .integer(frequencies.total(of: group.group)),
                                    .text(more.map(\.term).joined(separator: "、"))])
            for row in Table.keyness(more, testedTerms: group.rows.count).rows { rows.append(cells + row) }
            if bars.count < charts, !more.isEmpty, keyness.count > 1 {
                bars.append(.bars(title: "\(name(group.group)): more frequent than in the rest (log-likelihood)",
                                  more.map { ($0.term, $0.keyness.logLikelihood) }))
            }
        }
        blocks.append(.table(name: "groups", summary))
        blocks += bars
        blocks.append(.table(name: "group-keywords", rows))
        return Report.Section(heading: "Groups by \(grouping.description)", blocks: blocks)
    }
}
