import Foundation

/// A table of results: named columns and rows of cells, ready for any `TableFormat`.
public struct Table: Sendable, Hashable {
    /// The column names, in order.
    public var columns: [String]
    /// The rows, each with one cell per column.
    public var rows: [[Cell]]
    /// Text columns that aligned tables align to the right (numbers always are).
    public var rightAligned: Set<String> = []
    /// A line about the whole table (the settings it was made with): the first line of an
    /// aligned table, a member of the JSON object beside `rows`; CSV and TSV leave it out.
    public var caption: TableCaption?

    /// A table with these columns and, by default, no rows yet.
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

/// A line about a whole table, and the name of its member in JSON.
public struct TableCaption: Sendable, Hashable {
    /// The JSON member's name (`cpn`).
    public var name: String
    /// The line, e.g. `CPN: logDice, L5-R5, C1-NC2; node 发展`.
    public var text: String

    /// A caption `text`, written as the JSON member `name`.
    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}

/// One value of a table.
public enum Cell: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    /// Text, as it is.
    case text(String)
    /// An integer.
    case integer(Int)
    /// A number shown with the given count of decimals.
    case number(Double, decimals: Int)
    /// A number shown with four significant digits, in scientific notation when small (p-values).
    case scientific(Double)

    /// A text cell.
    public init(stringLiteral value: String) { self = .text(value) }
    /// An integer cell.
    public init(integerLiteral value: Int) { self = .integer(value) }

    /// The cell as written in text formats.
    public var description: String {
        switch self {
        case .text(let text): text
        case .integer(let value): String(value)
        case .number(let value, let decimals): Self.format(value, decimals: decimals)
        case .scientific(let value): Self.scientific(value)
        }
    }

    /// Whether the cell is a number (aligned right in tables, unquoted in JSON).
    public var isNumeric: Bool {
        if case .text = self { return false }
        return true
    }

    static func scientific(_ value: Double) -> String {
        guard value.isFinite else { return format(value, decimals: 0) }
        if value == 0 || (value >= 0.001 && value < 1e6) { return format(value, decimals: value == 0 ? 0 : 4) }
        var exponent = Int(log10(abs(value)).rounded(.down))
        var mantissa = value / pow(10, Double(exponent))
        if abs(mantissa) >= 9.9995 {
            mantissa /= 10
            exponent += 1
        }
        return format(mantissa, decimals: 3) + "e" + (exponent < 0 ? "-" : "+") + String(format2: abs(exponent))
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
    fileprivate init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : String(value)
    }

    fileprivate func padding(to length: Int) -> String {
        count >= length ? String(prefix(length)) : self + String(repeating: "0", count: length - count)
    }
}
