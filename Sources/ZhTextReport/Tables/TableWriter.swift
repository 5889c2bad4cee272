import Foundation
import ZhTextCore

/// Writes tables as aligned text, CSV, TSV or JSON.
public enum TableWriter {
    /// The text of `table` in `format`, ending with a line break.
    public static func render(_ table: Table, as format: TableFormat) -> String {
        var text = ""
        let stream = TableStream(columns: table.columns, rightAligned: table.rightAligned, caption: table.caption, format: format) {
            text += $0
        }
        stream.append(table.rows)
        stream.finish()
        return text
    }

    /// CSV lines of `rows`, each ending with CR LF, control characters other than tab and line
    /// breaks as U+FFFD, quoted as RFC 4180 says: a field with a
    /// comma, a double quote or a line break is put in double quotes, its double quotes
    /// doubled. (CSV.swift's writer did this before; it searches every field with Foundation
    /// and writes one scalar at a time through a stream, which took half the time of
    /// `kwic --format csv`. The tests read our CSV back with CSV.swift's reader.)
    static func csvLines(_ rows: [[String]]) -> String {
        var text = ""
        for row in rows {
            for (index, field) in row.enumerated() {
                if index > 0 { text += "," }
                appendCSVField(field, to: &text)
            }
            text += "\r\n"
        }
        return text
    }

    /// Whether `byte` is a control character that CSV and TSV never carry raw: C0 controls other
    /// than tab, line feed and carriage return, and DEL. NUL ends a field in many readers, and
    /// ESC sequences change a terminal's state.
    static func isHiddenControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
    }

    /// `field` with each hidden control character (see `isHiddenControl`) replaced by U+FFFD,
    /// the mark of a character that could not be kept.
    static func withoutHiddenControls(_ field: String) -> String {
        guard field.utf8.contains(where: isHiddenControl) else { return field }
        var scalars = String.UnicodeScalarView()
        for scalar in field.unicodeScalars {
            scalars.append(scalar.value < 0x80 && isHiddenControl(UInt8(scalar.value)) ? "\u{FFFD}" : scalar)
        }
        return String(scalars)
    }

    private static func appendCSVField(_ field: String, to text: inout String) {
        let field = withoutHiddenControls(field)
        let needsQuotes = field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else {
            text += field
            return
        }
        text += "\""
        for character in field.unicodeScalars {
            if character == "\"" { text += "\"" }
            text.unicodeScalars.append(character)
        }
        text += "\""
    }

    /// A TSV line: tabs and line breaks inside a cell become spaces.
    static func tsvLine(_ cells: [String]) -> String {
        cells.map { cell in String(withoutHiddenControls(cell).map { $0 == "\t" || $0.isNewline ? " " : $0 }) }
            .joined(separator: "\t") + "\n"
    }

    /// A JSON object of `row` whose keys are `keys` (already JSON strings).
    static func jsonObject(_ row: [Cell], keys: [String]) -> String {
        let fields = zip(keys, row).map { key, cell in
            let value: String
            switch cell {
            case .text(let text): value = JSONText.quoted(text)
            case .number(let number, _) where !number.isFinite: value = "null"
            default: value = cell.description
            }
            return "\(key): \(value)"
        }
        return "  {" + fields.joined(separator: ", ") + "}"
    }

    /// Terminal columns taken by `text`.
    public static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ICUCharacterProperties.displayWidth(of: $1) }
    }
}

/// The column widths and alignment of an aligned table, taken from its first rows.
///
/// A cell wider than `maximumWidth` terminal columns is cut there and ends with "…", so one
/// huge cell (a 100,000-character quotation) cannot pad every other row to its width; CSV,
/// TSV and JSON keep every cell whole.
struct AlignedLayout {
    /// The widest a cell is shown, in terminal columns.
    static let maximumWidth = 160

    var widths: [Int]
    var numericColumns: [Bool]
    var rightAligned: Set<String>
    var columns: [String]

    init(columns: [String], rightAligned: Set<String>, rows: [[Cell]]) {
        self.columns = columns
        self.rightAligned = rightAligned
        widths = columns.map { TableWriter.displayWidth(Self.shown($0)) }
        for row in rows {
            for (column, cell) in row.enumerated() {
                widths[column] = max(widths[column], TableWriter.displayWidth(Self.shown(cell.description)))
            }
        }
        numericColumns = columns.indices.map { column in !rows.isEmpty && rows.allSatisfy { $0[column].isNumeric } }
    }

    /// One line; a cell wider than its column (after the rows the widths came from) pushes
    /// the rest of the line to the right.
    func line(_ row: [Cell]?) -> String {
        let texts = row.map { $0.map { Self.shown($0.description) } } ?? columns.map(Self.shown)
        var line = ""
        for (column, text) in texts.enumerated() {
            let padding = String(repeating: " ", count: max(0, widths[column] - TableWriter.displayWidth(text)))
            let alignRight = rightAligned.contains(columns[column]) || (row.map { $0[column].isNumeric } ?? numericColumns[column])
            let isLast = column == texts.count - 1
            line += alignRight ? padding + text : (isLast ? text : text + padding)
            if !isLast { line += "  " }
        }
        return line + "\n"
    }
}

extension AlignedLayout {
    /// `text` as a cell shows it: control characters as U+FFFD, line breaks as spaces, cut at `maximumWidth` columns with "…".
    static func shown(_ text: String) -> String {
        let flat = TableWriter.withoutHiddenControls(text).replacingLineBreaks
        guard flat.utf8.count > maximumWidth / 2, TableWriter.displayWidth(flat) > maximumWidth else { return flat }
        var kept = String.UnicodeScalarView()
        var width = 0
        for scalar in flat.unicodeScalars {
            let next = ICUCharacterProperties.displayWidth(of: scalar)
            if width + next > maximumWidth - 1 { break }
            kept.append(scalar)
            width += next
        }
        return String(kept) + "…"
    }
}

extension String {
    fileprivate var replacingLineBreaks: String {
        String(map { $0.isNewline ? " " : $0 })
    }
}

/// JSON string literals.
package enum JSONText {
    /// `text` as a JSON string literal (quotes, backslashes and control characters escaped).
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

extension Cell {
    /// The cell as written in CSV and TSV: a text of two or more characters that a spreadsheet
    /// would read as a formula (it starts with =, +, -, @, a tab or a carriage return) gets a
    /// leading apostrophe, so Excel and LibreOffice show it as text instead of running it
    /// (OWASP's advice against CSV injection). Numbers, and a lone + or - (compare's direction,
    /// standard input's name), are written as they are.
    var spreadsheetSafeText: String {
        guard case .text(let text) = self, text.unicodeScalars.count >= 2, let first = text.unicodeScalars.first,
              "=+-@\t\r".unicodeScalars.contains(first) else { return description }
        return "'" + text
    }
}
