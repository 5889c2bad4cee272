import Foundation

/// Writes a `Report` as one self-contained HTML page (inline SVG charts, tables sortable by a
/// click on their header, no network needed) or as Markdown.
public enum ReportWriter {
    /// The report as HTML.
    public static func html(_ report: Report) -> String {
        var body = "<h1>\(escape(report.title))</h1>\n"
        // A table of contents: every section has an anchor (#section-N) to link to, and the
        // number of rows of its tables.
        body += "<nav><ol>\n"
        for (number, section) in zip(1..., report.sections) {
            let rows = section.blocks.reduce(0) { total, block in
                if case .table(_, let table) = block { return total + table.rows.count }
                return total
            }
            body += "<li><a href=\"#section-\(number)\">\(escape(section.heading))</a> <span class=\"rows\">(\(rows) rows)</span></li>\n"
        }
        body += "</ol></nav>\n"
        // Each section folds (a click on its heading); each table has a filter box.
        for (number, section) in zip(1..., report.sections) {
            body += "<section id=\"section-\(number)\"><details open>\n<summary><h2>\(escape(section.heading))</h2></summary>\n"
            for block in section.blocks {
                switch block {
                case .paragraph(let text): body += "<p>\(escape(text))</p>\n"
                case .bars(let title, _, let bars): body += svgBars(title: title, bars: bars)
                case .table(let name, let table): body += htmlTable(table, name: name)
                case .curves(let title, let periods, let series): body += svgCurves(title: title, periods: periods, series: series)
                case .network(let title, let nodes, let edges): body += svgNetwork(title: title, nodes: nodes, edges: edges)
                }
            }
            body += "</details></section>\n"
        }
        body += contextPanel(report.contexts)
        return """
            <!DOCTYPE html>
            <html lang="zh">
            <head>
            <meta charset="utf-8">
            <title>\(escape(report.title))</title>
            <style>
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; margin: 2em auto; max-width: 1100px; color: #222; }
            nav ol { columns: 2; margin: 0 0 2em; }
            div.table { overflow: auto; max-height: 44em; margin: 0.5em 0 1.5em; }
            table { border-collapse: collapse; font-size: 0.9em; }
            th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; }
            th { background: #f0f0f0; cursor: pointer; position: sticky; top: 0; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            svg text { font-family: inherit; font-size: 13px; }
            section { margin-bottom: 2em; }
            summary { cursor: pointer; }
            summary h2 { display: inline; }
            span.rows { color: #777; font-size: 0.85em; }
            input.filter { margin: 0.5em 0 0; padding: 0.2em 0.4em; width: 18em; }
            td.link, text.link { color: #1a55a0; fill: #1a55a0; cursor: pointer; text-decoration: underline dotted; }
            #context-panel { position: fixed; right: 1em; bottom: 1em; max-width: 46em; max-height: 45vh; overflow: auto;
              background: #fff; border: 1px solid #999; box-shadow: 0 2px 8px #0003; padding: 0.5em 1em; }
            #context-panel td.left { text-align: right; }
            #context-panel td.keyword { font-weight: bold; }
            </style>
            </head>
            <body>
            \(body)<script>
            // A click on a term that has lines of context (in a table or a chart) shows them.
            var contexts = JSON.parse((document.getElementById("contexts") || {}).textContent || "{}");
            var panel = document.getElementById("context-panel");
            function showContext(term) {
              var lines = contexts[term];
              if (!lines || !panel) return;
              var list = panel.querySelector("tbody");
              list.textContent = "";
              lines.forEach(function (line) {
                var row = list.insertRow();
                [line[0], line[1], line[2], line[3]].forEach(function (text, index) {
                  var cell = row.insertCell();
                  cell.textContent = text;
                  if (index === 0) cell.className = "left";
                  if (index === 1) cell.className = "keyword";
                });
              });
              panel.querySelector("h3").textContent = term + ": " + lines.length + " lines of context";
              panel.hidden = false;
            }
            if (panel) panel.querySelector("button").addEventListener("click", function () { panel.hidden = true; });
            document.querySelectorAll("td, svg text").forEach(function (node) {
              if (!contexts[node.textContent]) return;
              node.classList.add("link");
              node.addEventListener("click", function () { showContext(node.textContent); });
            });
            // Filter boxes: a table shows only the rows that contain what is typed.
            document.querySelectorAll("input.filter").forEach(function (input) {
              var table = document.getElementById(input.dataset.table);
              input.addEventListener("input", function () {
                var wanted = input.value.trim();
                Array.from(table.tBodies[0].rows).forEach(function (row) {
                  row.style.display = wanted === "" || row.textContent.indexOf(wanted) >= 0 ? "" : "none";
                });
              });
            });
            // A click on a speaker in the summary lists what they said in the quotations table.
            var quotes = document.querySelector("input.filter[data-table=table-quotes]");
            document.querySelectorAll("#table-quotes-summary tbody tr").forEach(function (row) {
              var cell = row.cells[1];
              if (!quotes || !cell || cell.textContent === "") return;
              cell.className = "link";
              cell.title = "show this speaker's quotations";
              cell.addEventListener("click", function () {
                quotes.value = cell.textContent;
                quotes.dispatchEvent(new Event("input"));
                quotes.scrollIntoView();
              });
            });
            document.querySelectorAll("table").forEach(function (table) {
              table.querySelectorAll("th").forEach(function (th, column) {
                th.addEventListener("click", function () {
                  var rows = Array.from(table.tBodies[0].rows);
                  var ascending = th.dataset.order !== "asc";
                  th.dataset.order = ascending ? "asc" : "desc";
                  rows.sort(function (a, b) {
                    var x = a.cells[column].textContent, y = b.cells[column].textContent;
                    var nx = parseFloat(x), ny = parseFloat(y);
                    var result = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, "zh");
                    return ascending ? result : -result;
                  });
                  rows.forEach(function (row) { table.tBodies[0].appendChild(row); });
                });
              });
            });
            </script>
            </body>
            </html>

            """
    }

    /// The report as Markdown: headings, paragraphs, tables; charts become tables of values.
    public static func markdown(_ report: Report) -> String {
        var text = "# \(markdownText(report.title))\n\n"
        for section in report.sections {
            text += "## \(markdownText(section.heading))\n\n"
            for block in section.blocks {
                switch block {
                case .paragraph(let paragraph): text += markdownText(paragraph) + "\n\n"
                case .bars(let title, let label, let bars):
                    var table = Table(columns: [label, title])
                    for bar in bars { table.append([.text(bar.label), .number(bar.value, decimals: 2)]) }
                    text += markdownTable(table)
                case .table(_, let table): text += markdownTable(table)
                case .curves(let title, let periods, let series): text += markdownTable(curveTable(title: title, periods: periods, series: series))
                case .network(_, let nodes, _):
                    // The edges follow as the section's table; the nodes here.
                    var table = Table(columns: ["node", "frequency", "tag"])
                    for node in nodes { table.append([.text(node.label), .integer(node.frequency), .text(node.tag)]) }
                    text += markdownTable(table)
                }
            }
        }
        return text
    }

    /// Text in Markdown that a renderer shows as it is and never runs as HTML: `&`, `<` and
    /// `>` as entities (file names and quotations may hold `<script>` or `<img onerror=…>`),
    /// line breaks as spaces.
    static func markdownText(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\n", "\r\n", "\r": result += " "
            case "\"": result.append(character)
            default: result += escape(String(character))
            }
        }
        return result
    }

    static func markdownTable(_ table: Table) -> String {
        func cell(_ text: String) -> String {
            markdownText(text).replacingOccurrences(of: "|", with: "\\|")
        }
        var lines = ["| " + table.columns.map(cell).joined(separator: " | ") + " |"]
        lines.append("|" + table.columns.map { _ in " --- |" }.joined())
        for row in table.rows { lines.append("| " + row.map { cell($0.description) }.joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n") + "\n\n"
    }

    static func htmlTable(_ table: Table, name: String) -> String {
        // Long tables scroll inside their box (the header stays in view), so that one table
        // of thousands of quotations does not make the page endless.
        let id = "table-" + escape(name)
        var html = table.rows.count > 5
            ? "<input class=\"filter\" type=\"search\" placeholder=\"filter rows\" data-table=\"\(id)\">\n" : ""
        html += "<div class=\"table\"><table id=\"\(id)\">\n<thead><tr>" + table.columns.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>" + row.map { cell in
                cell.isNumeric ? "<td class=\"n\">\(escape(cell.description))</td>" : "<td>\(escape(cell.description))</td>"
            }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }

    /// The hidden panel that shows a term's lines of context, and the lines as JSON (every
    /// `<`, `>` and `&` escaped, so no text can end the script).
    static func contextPanel(_ contexts: [String: [Report.Context]]) -> String {
        guard !contexts.isEmpty else { return "" }
        var json = "{"
        for (index, term) in contexts.keys.sorted().enumerated() {
            if index > 0 { json += "," }
            json += jsonString(term) + ":["
            json += contexts[term]!.map { line in
                "[" + [line.left, line.keyword, line.right, line.place].map(jsonString).joined(separator: ",") + "]"
            }.joined(separator: ",")
            json += "]"
        }
        json += "}"
        return """
            <div id="context-panel" hidden><button type="button">close</button><h3></h3>
            <table><thead><tr><th>left</th><th>term</th><th>right</th><th>where</th></tr></thead><tbody></tbody></table></div>
            <script type="application/json" id="contexts">\(json)</script>

            """
    }

    /// `text` as a JSON string whose characters cannot close an HTML script element.
    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "<", ">", "&", "\u{2028}", "\u{2029}": result += String(format: "\\u%04x", scalar.value)
            default:
                if scalar.value < 0x20 { result += String(format: "\\u%04x", scalar.value) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }

    static func svgBars(title: String, bars: [(label: String, value: Double)]) -> String {
        guard !bars.isEmpty else { return "" }
        let rowHeight = 22, labelWidth = 170, barWidth = 520
        let height = bars.count * rowHeight + 30
        let maximum = max(bars.map(\.value).max() ?? 1, 1e-9)
        var svg = "<svg role=\"img\" aria-label=\"\(escape(title))\" width=\"\(labelWidth + barWidth + 80)\" height=\"\(height)\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        svg += "<text x=\"0\" y=\"16\" font-weight=\"bold\">\(escape(title))</text>\n"
        for (index, bar) in bars.enumerated() {
            let y = 26 + index * rowHeight
            let width = max(1, Int(Double(barWidth) * max(bar.value, 0) / maximum))
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(escape(bar.label))</text>"
            svg += "<rect class=\"bar\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"\(rowHeight - 6)\" fill=\"#4a7ab8\"><title>\(escape(bar.label)): \(Cell.format(bar.value, decimals: 2))</title></rect>"
            svg += "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 15)\">\(Cell.format(bar.value, decimals: bar.value == bar.value.rounded() ? 0 : 2))</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// Curves as a table: one row per series, one column per period.
    static func curveTable(title: String, periods: [String], series: [(name: String, values: [Double])]) -> Table {
        var table = Table(columns: [title] + periods.map { $0.isEmpty ? "(no date)" : $0 })
        for line in series {
            table.append([.text(line.name)] + periods.indices.map { .number($0 < line.values.count ? line.values[$0] : 0, decimals: 2) })
        }
        return table
    }

    /// A small line chart: periods along the bottom, one polyline and dot per value for each
    /// series, a legend on the right; each dot's title gives the series, period and value.
    static func svgCurves(title: String, periods: [String], series: [(name: String, values: [Double])]) -> String {
        guard !periods.isEmpty, !series.isEmpty else { return "" }
        let colors = ["#4a7ab8", "#c8553d", "#3d9970", "#8e6bb8", "#d4a017", "#555555"]
        let left = 60, top = 28, plotWidth = 460, plotHeight = 150, legendWidth = 200
        let maximum = max(series.flatMap(\.values).max() ?? 1, 1e-9)
        let step = periods.count > 1 ? Double(plotWidth) / Double(periods.count - 1) : 0
        func x(_ index: Int) -> Int { left + Int((Double(index) * step).rounded()) + (periods.count == 1 ? plotWidth / 2 : 0) }
        func y(_ value: Double) -> Int { top + plotHeight - Int((Double(plotHeight) * max(value, 0) / maximum).rounded()) }
        var svg = "<svg role=\"img\" aria-label=\"\(escape(title))\" width=\"\(left + plotWidth + legendWidth)\" height=\"\(top + plotHeight + 40)\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        svg += "<text x=\"0\" y=\"16\" font-weight=\"bold\">\(escape(title))</text>\n"
        svg += "<line x1=\"\(left)\" y1=\"\(top + plotHeight)\" x2=\"\(left + plotWidth)\" y2=\"\(top + plotHeight)\" stroke=\"#999\"/>"
        svg += "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(top + plotHeight)\" stroke=\"#999\"/>\n"
        svg += "<text x=\"\(left - 6)\" y=\"\(top + 5)\" text-anchor=\"end\">\(Cell.format(maximum, decimals: maximum >= 10 ? 0 : 2))</text>"
        svg += "<text x=\"\(left - 6)\" y=\"\(top + plotHeight)\" text-anchor=\"end\">0</text>\n"
        for (index, period) in periods.enumerated() {
            svg += "<text x=\"\(x(index))\" y=\"\(top + plotHeight + 18)\" text-anchor=\"middle\">\(escape(period.isEmpty ? "(no date)" : period))</text>"
        }
        svg += "\n"
        for (number, line) in series.enumerated() {
            let color = colors[number % colors.count]
            let points = line.values.prefix(periods.count).enumerated().map { "\(x($0.offset)),\(y($0.element))" }.joined(separator: " ")
            svg += "<polyline class=\"curve\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" points=\"\(points)\"/>"
            for (index, value) in line.values.prefix(periods.count).enumerated() {
                svg += "<circle cx=\"\(x(index))\" cy=\"\(y(value))\" r=\"3\" fill=\"\(color)\"><title>\(escape(line.name)) \(escape(periods[index])): \(Cell.format(value, decimals: 2))</title></circle>"
            }
            let legendY = top + 4 + number * 20
            svg += "<rect x=\"\(left + plotWidth + 20)\" y=\"\(legendY)\" width=\"12\" height=\"12\" fill=\"\(color)\"/>"
            svg += "<text x=\"\(left + plotWidth + 38)\" y=\"\(legendY + 11)\">\(escape(line.name))</text>\n"
        }
        return svg + "</svg>\n"
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
