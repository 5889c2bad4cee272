import ArgumentParser
import ZhText
import ZhTextCore

/// `--partial`: raw counts that `zhtext merge` sums, instead of the table.
struct PartialOptions: ParsableArguments {
    @Flag(help: ArgumentHelp(
        "Write raw, exactly mergeable counts instead of the table; `zhtext merge` sums them and writes the table (--top, --min-count and --format apply there).",
        discussion: "See the README's Partial results section for the line format."))
    var partial = false

    /// Refuses what cannot be merged: a lexicon adapted to each part's own text.
    func validate(adapt: Bool) throws {
        if partial, adapt {
            throw ValidationError("--adapt cannot make partials: each part would learn its own words, so the counts would not add up")
        }
    }

    /// Writes the header and `records` to `sink` (always UTF-8, whatever --format says).
    static func write(command: String, options: [(String, String)], records: [UInt8], to sink: OutputSink) throws {
        try sink.write(PartialFormat.header(command: command, options: options))
        try records.withUnsafeBytes { try sink.write(bytes: $0) }
        try sink.write(PartialFormat.trailer(for: records))
        try sink.commit()
    }
}
