import ZhText

extension Table {
    /// Entities: after the group's columns, `entity, kind, aliases` (separated by `|`),
    /// `mentions, documents, quoted, first_document`.
    public static func entities(_ rows: [EntityRow], grouping: Grouping = .corpus) -> Table {
        var table = Table(columns: grouping.columns + ["entity", "kind", "aliases", "mentions", "documents", "quoted", "first_document"])
        for row in rows {
            table.append(groupCells(row.group, grouping: grouping) + [
                .text(row.entity), .text(row.kind.rawValue), .text(row.aliases.joined(separator: "|")),
                .integer(row.mentions), .integer(row.documents), .integer(row.quoted), .text(row.firstDocument),
            ])
        }
        return table
    }
}
