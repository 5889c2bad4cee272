import ZhText

extension Table {
    /// A trend: the group's columns (`Grouping.columns`), then `term, count, per_million,
    /// documents, group_documents, share`; rows of terms ranked by change add `chi_squared, df,
    /// p_value, slope`.
    public static func trend(_ rows: [TrendRow], grouping: Grouping, ranked: Bool) -> Table {
        var columns = grouping.columns + ["term", "count", "per_million", "documents", "group_documents", "share"]
        if ranked { columns += ["chi_squared", "df", "p_value", "slope"] }
        var table = Table(columns: columns)
        for row in rows {
            var cells = groupCells(row.group, grouping: grouping)
            cells += [.text(row.term), .integer(row.count), .number(row.perMillion, decimals: 2), .integer(row.documents),
                      .integer(row.groupDocuments), .number(row.share, decimals: 4)]
            if ranked {
                let change = row.change
                cells += [.number(change?.chiSquared ?? 0, decimals: 3), .integer(change?.degreesOfFreedom ?? 0),
                          .scientific(change?.pValue ?? 1), .number(change?.slope ?? 0, decimals: 2)]
            }
            table.append(cells)
        }
        return table
    }
}
