import ArgumentParser
import ZhText
import ZhTextReport

/// A table written to the output as its rows come in (see `TableStream`), in the format and
/// encoding the user chose, so that memory holds one batch of rows, not the table.
final class TableSink {
    private let sink: OutputSink
    private let options: TableOutputOptions
    private var stream: TableStream!
    private var encoder: TextEncoder

    /// A sink for rows of `template`'s columns (its rows are not written).
    init(_ template: Table, options: TableOutputOptions, sink: OutputSink) {
        self.sink = sink
        self.options = options
        encoder = TableOutput(encoding: options.outputEncoding, byteOrderMark: options.bom).encoder()
        // CSV and TSV stay a header and rows: their caption goes to standard error.
        if let caption = template.caption, options.format == .csv || options.format == .tsv {
            StandardError.write("zhtext: note: \(caption.text)\n")
        }
        stream = TableStream(columns: template.columns, rightAligned: template.rightAligned, caption: template.caption,
                             format: options.format, neutralizesFormulas: !options.rawCells) {
            [unowned self] text in self.emit(text)
        }
    }

    /// Appends rows. A write that fails (a full disk, a closed pipe) ends the run at once with
    /// one line and status 1, leaving a file that was to be replaced as it was.
    func append(_ rows: [[Cell]]) {
        stream.append(rows)
    }

    /// Ends the table and puts the file in place. An empty table from a run with errors
    /// replaces nothing; characters the output encoding lacks fail the run unless
    /// `--substitute` was given.
    func finish(diagnostics: [Diagnostic]) throws {
        if stream.rowCount == 0, diagnostics.contains(where: { $0.severity == .error }) {
            sink.discard()
            return
        }
        stream.finish()
        if let unencodable = encoder.unencodable {
            guard options.substitute else {
                sink.discard()
                StandardError.write("zhtext: error: \(unencodable); choose another --output-encoding, or add --substitute to write them as a substitute\n")
                throw ExitCode.failure
            }
            StandardError.write("zhtext: warning: \(unencodable); written as a substitute\n")
        }
        try sink.commit()
    }

    private func emit(_ text: String) {
        do {
            let bytes = try encoder.encode(text)
            try bytes.withUnsafeBytes { try sink.write(bytes: $0) }
        } catch {
            sink.discard()
            StandardError.write("zhtext: error: \(error)\n")
            ExitCode.failure.exitNow()
        }
    }
}

extension ExitCode {
    /// Ends the process with this status.
    func exitNow() -> Never {
        ZhTextCommand.exit(withError: self)
    }
}
