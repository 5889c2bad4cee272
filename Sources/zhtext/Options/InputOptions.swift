import ArgumentParser
import ZhText

/// How input files are decoded.
struct DecodingOptions: ParsableArguments {
    @Option(help: "Read every input in this encoding (e.g. GB18030, Big5, UTF-16LE) instead of detecting it.")
    var encoding: String?

    @Flag(help: "Convert Traditional characters to Simplified.")
    var simplified = false

    /// An unknown encoding is reported once, before any file is read.
    func validate() throws {
        if let encoding, !TextEncoding(encoding).isKnown {
            throw ValidationError("unknown --encoding '\(encoding)' (e.g. UTF-8, GB18030, Big5, UTF-16LE)")
        }
    }

    var readerOptions: DocumentReader.Options {
        DocumentReader.Options(encoding: encoding.map(TextEncoding.init), simplified: simplified)
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
