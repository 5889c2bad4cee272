import ZhText

extension Table {
    /// Collocates of a node word: after the group's columns, `collocate, position, count, left,
    /// right, collocate_count, node_count`, then one column per measure (`CollocateMeasure.column`).
    public static func collocates(_ rows: [CollocateRow], measures: [CollocateMeasure], grouping: Grouping) -> Table {
        var table = Table(columns: grouping.columns + ["collocate", "position", "count", "left", "right",
                                                       "collocate_count", "node_count"] + measures.map(\.column))
        for row in rows {
            var cells = groupCells(row.group, grouping: grouping)
            cells += [.text(row.collocate), .text(row.position), .integer(row.count), .integer(row.left),
                      .integer(row.right), .integer(row.collocateCount), .integer(row.nodeCount)]
            cells += row.measures.map { .number($0, decimals: 3) }
            table.append(cells)
        }
        return table
    }
}
