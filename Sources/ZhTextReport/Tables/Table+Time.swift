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

extension Table {
    /// Lifecycles: `term, first_date, first_document, first_context, first_speaker, count,
    /// documents, sources, peak, quoted_share, variants`; sources joined by `; ` in the order
    /// they first used the term, variants as `FORM (COUNT)` joined by `; `.
    public static func lifecycles(_ rows: [LifecycleRow]) -> Table {
        var table = Table(columns: ["term", "first_date", "first_document", "first_context", "first_speaker", "count",
                                    "documents", "sources", "peak", "quoted_share", "variants"])
        for row in rows {
            table.append([
                .text(row.term), .text(row.firstDate), .text(row.firstDocument), .text(row.firstContext), .text(row.firstSpeaker),
                .integer(row.count), .integer(row.documents), .text(row.sources.joined(separator: "; ")), .text(row.peak),
                .number(row.quotedShare, decimals: 4), .text(row.variants.map { "\($0.form) (\($0.count))" }.joined(separator: "; ")),
            ])
        }
        return table
    }

    /// Lifecycles per period: `term, PERIOD (named as the --by key), count, per_million,
    /// documents, sources, quoted_share`.
    public static func lifecyclePeriods(_ rows: [LifecyclePeriodRow], periodColumn: String) -> Table {
        var table = Table(columns: ["term", periodColumn, "count", "per_million", "documents", "sources", "quoted_share"])
        for row in rows {
            table.append([
                .text(row.term), .text(row.period), .integer(row.count), .number(row.perMillion, decimals: 2),
                .integer(row.documents), .text(row.sources.joined(separator: "; ")), .number(row.quotedShare, decimals: 4),
            ])
        }
        return table
    }
}
