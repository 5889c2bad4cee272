import ArgumentParser
import ZhText
import ZhTextReport

extension TableFormat: ExpressibleByArgument {}

/// How a table of results is written.
struct TableOutputOptions: ParsableArguments {
    @Option(help: "Output format: \(TableFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: TableFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (it is replaced only once complete).")
    var output: String?

    @Flag(help: "Start UTF-8 output with a byte-order mark (Excel needs it to show Chinese).")
    var bom = false

    @Option(name: .customLong("output-encoding"), help: "Write in this encoding, e.g. GB18030 for older Windows tools (default UTF-8).")
    var outputEncoding: String = "UTF-8"

    @Flag(name: .customLong("raw-cells"), help: "Write CSV and TSV cells as they are, without the apostrophe that keeps Excel from running a cell that starts with =, +, -, @ as a formula.")
    var rawCells = false

    @Flag(help: "Write characters the --output-encoding lacks as its substitute (often ?) and warn with their count, instead of failing.")
    var substitute = false

    func validate() throws {
        try OutputSink.validate(output)
        guard TextEncoding(outputEncoding).isKnown else {
            throw ValidationError("unknown --output-encoding '\(outputEncoding)' (e.g. UTF-8, GB18030, Big5, UTF-16LE)")
        }
    }

    /// Checks the inputs and opens the output, before anything is read.
    func open(reading inputs: [String]) throws -> OutputSink {
        try DiagnosticReporter.requireFiles(inputs)
        return try OutputSink(path: output, reading: inputs)
    }

    /// Writes `table` to `sink` and puts the file in place. An empty table from a run with
    /// errors replaces nothing.
    func write(_ table: Table, to sink: OutputSink, diagnostics: [Diagnostic]) throws {
        let rows = stream(table, to: sink)
        rows.append(table.rows)
        try rows.finish(diagnostics: diagnostics)
    }

    /// A sink that writes rows of `template`'s columns as they come in.
    func stream(_ template: Table, to sink: OutputSink) -> TableSink {
        TableSink(template, options: self, sink: sink)
    }
}
