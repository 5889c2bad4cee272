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
        "auto (.jsonl files as JSON Lines, .csv files as CSV, the rest as text), text, jsonl (one document per line, {\"id\": …, \"text\": …, other fields…}) or csv (one document per row, with a header row).",
        valueName: "format"))
    var inputFormat: InputFormat.Kind = .auto

    @Option(name: .customLong("id-field"), help: "The JSON Lines member or CSV column that names a document (the document column).")
    var idField = "id"

    @Option(name: .customLong("text-field"), help: "The JSON Lines member or CSV column that holds a document's text.")
    var textField = "text"

    @Option(help: ArgumentHelp(
        "A CSV table of fields for text files: a path column (relative to the table's folder, or absolute) and any other columns as fields.",
        valueName: "file.csv"))
    var metadata: String?

    @Option(name: .customLong("where"), help: ArgumentHelp(
        "Read only documents whose fields meet this: FIELD=VALUE, FIELD!=VALUE, FIELD>=VALUE or FIELD<=VALUE (dates compared as dates, numbers as numbers); repeatable, all must hold.",
        valueName: "condition"))
    var conditions: [String] = []

    /// An unknown encoding, a bad condition or an unreadable metadata table is reported once,
    /// before any file is read.
    func validate() throws {
        if let encoding, !TextEncoding(encoding).isKnown {
            throw ValidationError("unknown --encoding '\(encoding)' (e.g. UTF-8, GB18030, Big5, UTF-16LE)")
        }
        do { _ = try DocumentFilter(conditions) } catch { throw ValidationError(error.message) }
    }

    /// The reader's options; the metadata table is read once per run (`RunInputs`).
    var readerOptions: DocumentReader.Options {
        var options = DocumentReader.Options(
            encoding: encoding.map(TextEncoding.init), simplified: simplified,
            format: InputFormat(inputFormat, idField: idField, textField: textField),
            metadata: metadata.flatMap(RunInputs.metadata), filter: (try? DocumentFilter(conditions)) ?? DocumentFilter())
        options.census = RunInputs.census
        options.dateFields = RunInputs.dateFields
        return options
    }
}

/// Where the text comes from and how it is decoded.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files, folders or - (standard input).")
    var paths: [String]

    @OptionGroup var decoding: DecodingOptions

    var simplified: Bool { decoding.simplified }
    var readerOptions: DocumentReader.Options { decoding.readerOptions }

    /// Readies the run's inputs before anything is read: the date fields `grouping` reads (a
    /// value that is no date is then a warning), and the metadata table, which must read.
    func prepare(grouping: Grouping = .corpus) throws {
        RunInputs.dateFields = grouping.keys.compactMap { key in
            if case .date(let name, _) = key { return name }
            return nil
        } + (try DocumentFilter(decoding.conditions)).conditions.compactMap { condition in
            FieldDate(parsing: condition.value) != nil ? condition.field : nil
        }
        try RunInputs.requireMetadata(readerOptions, path: decoding.metadata)
    }

    /// Refuses a `--by` or `--where` naming a field that no document had (call once the inputs
    /// are read).
    func checkFields(grouping: Grouping = .corpus) throws {
        try RunInputs.checkFields(grouping: grouping, filter: readerOptions.filter)
    }
}
