/// A table of results: named columns and rows of cells, ready for any `TableFormat`.
public struct Table: Sendable, Hashable {
    public var columns: [String]
    public var rows: [[Cell]]

    public init(columns: [String], rows: [[Cell]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// Appends a row; it must have one cell per column.
    public mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "a row needs one cell per column")
        rows.append(row)
    }
}

/// One value of a table.
public enum Cell: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case text(String)
    case integer(Int)
    /// A number shown with the given count of decimals.
    case number(Double, decimals: Int)

    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }

    /// The cell as written in text formats.
    public var description: String {
        switch self {
        case .text(let text): text
        case .integer(let value): String(value)
        case .number(let value, let decimals): Self.format(value, decimals: decimals)
        }
    }

    /// Whether the cell is a number (aligned right in tables, unquoted in JSON).
    public var isNumeric: Bool {
        if case .text = self { return false }
        return true
    }

    static func format(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "Inf" : "-Inf") }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if text.contains("e") { return text }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        text = String(parts[0])
        if decimals > 0 {
            text += "." + fraction.padding(to: decimals)
        }
        return text
    }
}

extension String {
    fileprivate func padding(to length: Int) -> String {
        count >= length ? String(prefix(length)) : self + String(repeating: "0", count: length - count)
    }
}
