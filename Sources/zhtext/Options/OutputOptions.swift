import ArgumentParser
import ZhTextReport

extension TableFormat: ExpressibleByArgument {}

/// How a table of results is written.
struct TableOutputOptions: ParsableArguments {
    @Option(help: "Output format: \(TableFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: TableFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    /// Writes `table` where the options say.
    func write(_ table: Table) throws {
        var sink = try OutputSink(path: output)
        sink.write(TableWriter.render(table, as: format))
        try sink.close()
    }
}
