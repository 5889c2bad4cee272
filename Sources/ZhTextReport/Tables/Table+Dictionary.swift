import ZhText

extension Table {
    /// Dictionary counts: after the group's columns, `category, count, per_million, documents,
    /// matched` (the words matched with their counts, `社区:51 居民:50`).
    public static func dictionaryCounts(_ rows: [DictionaryRow], grouping: Grouping) -> Table {
        var table = Table(columns: grouping.columns + ["category", "count", "per_million", "documents", "matched"])
        for row in rows {
            table.append(groupCells(row.group, grouping: grouping) + [
                .text(row.category), .integer(row.count), .number(row.perMillion, decimals: 2), .integer(row.documents),
                .text(row.matched.map { "\($0.term):\($0.count)" }.joined(separator: " ")),
            ])
        }
        return table
    }
}
