import ZhText

extension Table {
    /// A frequency list with dispersion: the group's columns, `term, tokens, n, count,
    /// documents, per_million`, then `parts, range, juilland_d, dp` (see `Dispersion`;
    /// juilland_d is empty for a group of one part).
    public static func dispersion(_ rows: [DispersionRow], grouping: Grouping) -> Table {
        var table = Table(columns: grouping.columns + ["term", "tokens", "n", "count", "documents", "per_million",
                                                       "parts", "range", "juilland_d", "dp"])
        for row in rows {
            let frequency = row.frequency, dispersion = row.dispersion
            var cells = groupCells(frequency.group, grouping: grouping)
            cells += [.text(frequency.term), .text(frequency.tokens), .integer(frequency.n), .integer(frequency.count),
                      .integer(frequency.documents), .number(frequency.perMillion, decimals: 2),
                      .integer(dispersion.parts), .integer(dispersion.range),
                      dispersion.juillandD.map { .number($0, decimals: 4) } ?? .text(""), .number(dispersion.dp, decimals: 4)]
            table.append(cells)
        }
        return table
    }
}
