/// Reads CSV as RFC 4180 has it: fields separated by commas, rows by CR LF or LF, a field in
/// double quotes may hold commas, quotes (doubled) and line breaks. The first row names the
/// columns. A UTF-8 byte-order mark before it is dropped.
///
/// ```swift
/// let table = try CSVRecords(text: "id,text\n1,\"他说：“好。”\"\n", source: "a.csv")
/// table.columns     // ["id", "text"]
/// table.rows[0]     // CSVRecords.Row(line: 2, cells: ["1", "他说：“好。”"])
/// ```
package struct CSVRecords: Sendable {
    /// One data row: the line it starts on (from 1, the header being line 1) and its cells.
    package struct Row: Sendable, Hashable {
        /// The line the row starts on, from 1 (the header is line 1).
        package var line: Int
        /// The row's cells, in column order.
        package var cells: [String]
    }

    /// The column names, from the first row.
    package var columns: [String]
    /// The rows with as many cells as there are columns.
    package var rows: [Row]
    /// One error per row with another number of cells (the row is skipped), naming its line.
    package var diagnostics: [Diagnostic]

    /// Parses `text`; an empty text has no columns and no rows.
    package init(text: String, source: String) {
        var parsed: [Row] = []
        var cells: [String] = []
        var cell = String.UnicodeScalarView()
        var quoted = false, afterQuote = false, rowHasContent = false
        var line = 1, rowLine = 1
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar?
        func endCell() {
            cells.append(String(cell))
            cell = String.UnicodeScalarView()
            afterQuote = false
        }
        func endRow() {
            endCell()
            if rowHasContent || cells.count > 1 || !(cells.first ?? "").isEmpty { parsed.append(Row(line: rowLine, cells: cells)) }
            cells = []
            rowHasContent = false
        }
        while let scalar = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" {
                        cell.append("\"")
                    } else {
                        quoted = false
                        afterQuote = true
                        pending = next
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    cell.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where cell.isEmpty && !afterQuote:
                quoted = true
                rowHasContent = true
            case ",":
                endCell()
                rowHasContent = true
            case "\r":
                let next = scalars.next()
                if next != "\n" { pending = next }
                endRow()
                line += 1
                rowLine = line
            case "\n":
                endRow()
                line += 1
                rowLine = line
            default:
                cell.append(scalar)
                rowHasContent = true
            }
        }
        if rowHasContent || !cell.isEmpty || !cells.isEmpty { endRow() }
        if var header = parsed.first?.cells {
            if let first = header.first, first.unicodeScalars.first == "\u{FEFF}" { header[0] = String(first.dropFirst()) }
            columns = header
        } else {
            columns = []
        }
        var diagnostics: [Diagnostic] = []
        if quoted {
            diagnostics.append(Diagnostic(.error, source: source, location: "line \(rowLine)",
                                          message: "a quoted cell is never closed (the row is skipped)"))
            if !parsed.isEmpty, parsed.last!.line == rowLine { parsed.removeLast() }
        }
        let width = columns.count
        rows = []
        for row in parsed.dropFirst() {
            guard row.cells.count == width else {
                diagnostics.append(Diagnostic(
                    .error, source: source, location: "line \(row.line)",
                    message: "\(row.cells.count) cells where the header has \(width) (the row is skipped)"))
                continue
            }
            rows.append(row)
        }
        self.diagnostics = diagnostics
    }
}
