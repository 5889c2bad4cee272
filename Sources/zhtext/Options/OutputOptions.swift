import ArgumentParser
import ZhTextReport

extension TableFormat: ExpressibleByArgument {}

/// How a table of results is written.
struct TableOutputOptions: ParsableArguments {
    @Option(help: "Output format: \(TableFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: TableFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Start UTF-8 output with a byte-order mark (Excel needs it to show Chinese).")
    var bom = false

    @Option(name: .customLong("output-encoding"), help: "Write in this encoding, e.g. GB18030 for older Windows tools (default UTF-8).")
    var outputEncoding: String = "UTF-8"

    /// Writes `table` where the options say.
    func write(_ table: Table) throws {
        var sink = try OutputSink(path: output)
        let text = TableWriter.render(table, as: format)
        let bytes: [UInt8]
        do {
            bytes = try TableOutput(encoding: outputEncoding, byteOrderMark: bom).bytes(of: text)
        } catch {
            throw ValidationError("cannot write \(outputEncoding): \(error)")
        }
        bytes.withUnsafeBytes { sink.write(bytes: $0) }
        try sink.close()
    }
}
