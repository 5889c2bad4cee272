import Foundation

/// Writes a `Report` as one self-contained HTML page (inline SVG charts, tables sortable by a
/// click on their header, no network needed) or as Markdown.
public enum ReportWriter {
    /// The report as HTML.
    public static func html(_ report: Report) -> String {
        var body = "<h1>\(escape(report.title))</h1>\n"
        for section in report.sections {
            body += "<section>\n<h2>\(escape(section.heading))</h2>\n"
            for block in section.blocks {
                switch block {
                case .paragraph(let text): body += "<p>\(escape(text))</p>\n"
                case .bars(let title, let bars): body += svgBars(title: title, bars: bars)
                case .table(_, let table): body += htmlTable(table)
                case .curves(let title, let periods, let series): body += svgCurves(title: title, periods: periods, series: series)
                }
            }
            body += "</section>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="zh">
            <head>
            <meta charset="utf-8">
            <title>\(escape(report.title))</title>
            <style>
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; margin: 2em auto; max-width: 1100px; color: #222; }
            table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.9em; }
            th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; }
            th { background: #f0f0f0; cursor: pointer; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            svg text { font-family: inherit; font-size: 13px; }
            section { margin-bottom: 2em; }
            </style>
            </head>
            <body>
            \(body)<script>
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
                case .bars(let title, let bars):
                    var table = Table(columns: [title, "value"])
                    for bar in bars { table.append([.text(bar.label), .number(bar.value, decimals: 2)]) }
                    text += markdownTable(table)
                case .table(_, let table): text += markdownTable(table)
                case .curves(let title, let periods, let series): text += markdownTable(curveTable(title: title, periods: periods, series: series))
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
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\n", "\r\n", "\r": result += " "
            default: result.append(character)
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

    static func htmlTable(_ table: Table) -> String {
        var html = "<table>\n<thead><tr>" + table.columns.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>" + row.map { cell in
                cell.isNumeric ? "<td class=\"n\">\(escape(cell.description))</td>" : "<td>\(escape(cell.description))</td>"
            }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
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
