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
        if table.rows.isEmpty, diagnostics.contains(where: { $0.severity == .error }) {
            sink.discard()
            return
        }
        let text = TableWriter.render(table, as: format)
        let bytes: [UInt8]
        do {
            bytes = try TableOutput(encoding: outputEncoding, byteOrderMark: bom).bytes(of: text)
        } catch let unencodable as UnencodableText {
            guard substitute else {
                sink.discard()
                StandardError.write("zhtext: error: \(unencodable); choose another --output-encoding, or add --substitute to write them as a substitute\n")
                throw ExitCode.failure
            }
            StandardError.write("zhtext: warning: \(unencodable); written as a substitute\n")
            bytes = unencodable.substituted
        }
        try bytes.withUnsafeBytes { try sink.write(bytes: $0) }
        try sink.commit()
    }
}
