import ArgumentParser
import ZhText

extension InputFormat.Kind: ExpressibleByArgument {}

/// How input files are decoded.
struct DecodingOptions: ParsableArguments {
    @Option(help: "Read every input in this encoding (e.g. GB18030, Big5, UTF-16LE) instead of detecting it.")
    var encoding: String?

    @Flag(help: "Convert Traditional characters to Simplified.")
    var simplified = false

    @Option(name: .customLong("input-format"), help: ArgumentHelp(
        "auto (.jsonl files as JSON Lines, the rest as text), text, or jsonl: one document per line, {\"id\": …, \"text\": …}.",
        valueName: "format"))
    var inputFormat: InputFormat.Kind = .auto

    @Option(name: .customLong("id-field"), help: "The JSON Lines member that names a document (the document column).")
    var idField = "id"

    @Option(name: .customLong("text-field"), help: "The JSON Lines member that holds a document's text.")
    var textField = "text"

    /// An unknown encoding is reported once, before any file is read.
    func validate() throws {
        if let encoding, !TextEncoding(encoding).isKnown {
            throw ValidationError("unknown --encoding '\(encoding)' (e.g. UTF-8, GB18030, Big5, UTF-16LE)")
        }
    }

    var readerOptions: DocumentReader.Options {
        DocumentReader.Options(encoding: encoding.map(TextEncoding.init), simplified: simplified,
                               format: InputFormat(inputFormat, idField: idField, textField: textField))
    }
}

/// Where the text comes from and how it is decoded.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files, folders or - (standard input).")
    var paths: [String]

    @OptionGroup var decoding: DecodingOptions

    var simplified: Bool { decoding.simplified }
    var readerOptions: DocumentReader.Options { decoding.readerOptions }
}
