/// How a table is written.
public enum TableFormat: String, Sendable, CaseIterable {
    /// Columns aligned for the terminal, counting CJK characters as two columns.
    case table
    /// RFC 4180 comma-separated values.
    case csv
    /// Tab-separated values (tabs and line breaks inside cells become spaces).
    case tsv
    /// An array of objects, one per row, keys in column order.
    case json
}
