import Foundation
import ZhTextCore

/// The line format of partial results (`zhtext freq|collocations|compare --partial`): raw
/// counts that add up exactly, so that runs over parts of a corpus (Spark partitions, machines,
/// days) merge into the table one run over the whole would give.
///
/// UTF-8, one record per line, fields separated by tabs; in text fields a backslash, tab, line
/// feed and carriage return are written `\\`, `\t`, `\n`, `\r`. A partial starts with a header:
///
/// ```
/// zhtext-partial	1	freq
/// option	by	document
/// option	unit	word
/// …
/// ```
/// The `option` lines hold every option that changes the counts (unit, n-gram sizes, stop
/// words, parts of speech, window, grouping, Simplified conversion, encoding, lexicon); merging
/// refuses partials whose headers differ. Then the records, each ending with its sums:
///
/// | record | fields | sums |
/// | --- | --- | --- |
/// | `group` | group id, document name | running words (or Han characters) |
/// | `term` | group id, the n-gram's words joined by a space | count, documents |
/// | `total` | — | word pairs counted (collocations) |
/// | `pair` | first word, second word | count |
/// | `first`, `second` | word | pairs with the word in that place |
///
/// The records end with a trailer, `end<TAB>RECORDS<TAB>CHECKSUM`: the number of record lines
/// since the header and the FNV-1a hash (64 bits, lower-case hex) of their bytes, line feeds
/// included. A partial without it (cut short, or still being written) or whose records do not
/// match it is refused, and so is a partial whose records are those of one merged already (the
/// same partial given twice).
///
/// Records with equal leading fields add up (`reduceByKey` on everything but the last one or
/// two fields), and records may come in any order. Group ids: `*` is the whole corpus,
/// `target` and `reference` the two corpora of `compare`; any other id belongs to one document
/// and is local to its partial: `ORDER[:ESSAY[:SECTION]]`, where ORDER is one or more integers
/// joined by dots that put documents in input order (a merge takes the partials in the order
/// given, so the documents of the second come after those of the first; a tool that merges
/// partials itself prefixes the partial's number: `3.17`).
package enum PartialFormat {
    /// The first field of a header line.
    package static let magic = "zhtext-partial"
    /// The format's version, the header's second field; a merge reads only partials of this version.
    package static let version = 1

    /// How many trailing fields of each record kind are sums, for every command.
    package static let sumFields: [String: Int] = FrequencyCounter.sumFields.merging(CollocationCounter.sumFields) { first, _ in first }
        .merging(TrendCounter.sumFields) { first, _ in first }

    /// The commands whose partials `PartialMerger` sums without knowing them, by their record
    /// kinds' sums: every record is `KIND<TAB>GROUP<TAB>TEXT<TAB>SUM…`, and records with equal
    /// kind, group and text add up (see `SummedRecord`).
    package static let summedGenerically: [String: [String: Int]] = [
        CollocateCounter.partialName: CollocateCounter.sumFields,
        DictionaryCounter.partialName: DictionaryCounter.sumFields,
        EntityCounter.partialName: EntityCounter.sumFields,
    ]

    /// The header of a partial of `command` made with `options` (name and value, in order).
    /// After the options come `sum<TAB>KIND<TAB>N` lines, one per record kind of the command
    /// (`sums(of:)`): how many trailing fields of such a record are sums, so that a tool
    /// summing partials (the Spark driver) need not know the command.
    package static func header(command: String, options: [(String, String)]) -> String {
        var text = "\(magic)\t\(version)\t\(command)\n"
        for (name, value) in options { text += "option\t\(name)\t\(escape(value))\n" }
        for (kind, count) in sums(of: command).sorted(by: { $0.key < $1.key }) { text += "sum\t\(kind)\t\(count)\n" }
        return text
    }

    /// The record kinds of `command`'s partials and how many trailing fields of each are sums.
    package static func sums(of command: String) -> [String: Int] {
        switch command {
        case FrequencyCounter.partialName, "compare": FrequencyCounter.sumFields
        case CollocationCounter.partialName: CollocationCounter.sumFields
        case TrendCounter.partialName: TrendCounter.sumFields
        default: summedGenerically[command] ?? [:]
        }
    }

    /// The trailer that ends `records` (record lines, each ending in a line feed).
    package static func trailer(for records: [UInt8]) -> String {
        var checksum = RecordChecksum()
        checksum.add(records)
        return "end\t\(checksum.lines)\t\(checksum.hex)\n"
    }

    /// `text` with backslash, tab, line feed and carriage return escaped.
    package static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The text an escaped field stands for.
    package static func unescape(_ field: Substring) -> String {
        guard field.contains("\\") else { return String(field) }
        var result = ""
        var escaped = false
        for scalar in field.unicodeScalars {
            if escaped {
                switch scalar {
                case "t": result += "\t"
                case "n": result += "\n"
                case "r": result += "\r"
                default: result.unicodeScalars.append(scalar)
                }
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    // MARK: Options that change the counts

    /// The options of `NGramOptions` that change counts, for a partial's header.
    package static func describe(_ options: NGramOptions) -> [(String, String)] {
        [
            ("unit", options.unit.rawValue),
            ("ngram", "\(options.sizes.lowerBound)-\(options.sizes.upperBound)"),
            ("numbers", String(options.includeNumbers)),
            ("stopwords", describe(options.stopWords)),
            ("pos", options.partsOfSpeech.map(describe) ?? "all"),
        ]
    }

    /// `chinese` (the built-in list), `none`, or the size and a checksum of another list.
    package static func describe(_ stopWords: StopWords) -> String {
        if stopWords == .chinese { return "chinese" }
        if stopWords.words.isEmpty { return "none" }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for word in stopWords.words.sorted() {
            for byte in word.utf8 + [0x0A] {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
        }
        return "list of \(stopWords.words.count), fnv1a \(String(hash, radix: 16))"
    }

    /// The tags a part-of-speech filter keeps, comma-separated.
    package static func describe(_ filter: PartOfSpeechFilter) -> String {
        PartOfSpeech.names.indices.filter { filter.contains(PartOfSpeech(rawValue: UInt8($0))) }
            .map { PartOfSpeech.names[$0] }.joined(separator: ",")
    }

    /// ICU's version, each lexicon source's kind and size, and a checksum of the compiled
    /// content of them all: partials segmented with other dictionaries (even of the same
    /// size) do not merge.
    package static func describe(_ lexicon: Lexicon) -> String {
        "icu \(ICU.version); " + lexicon.sources.map { "\($0.kind) \($0.entries)/\($0.added)" }.joined(separator: ", ")
            + "; content \(String(lexicon.contentChecksum, radix: 16))"
    }

    /// The reader options that change counts.
    package static func describe(_ options: DocumentReader.Options) -> [(String, String)] {
        [("simplified", String(options.simplified)), ("encoding", options.encoding?.name ?? "detected")]
            + (options.filter.isEmpty ? [] : [("where", options.filter.description)])
    }
}

/// A partial that cannot be read or merged: one line naming the file and line.
public struct PartialError: Error, CustomStringConvertible, Sendable {
    /// Where the partial came from, as given to `PartialMerger.add` (`partials` for the merge as a whole).
    public var source: String
    /// The line the problem is on, from 1; nil when it is the whole partial.
    public var line: Int?
    /// What is wrong.
    public var message: String

    /// An error about `source`, at `line` if known.
    public init(source: String, line: Int? = nil, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    /// `SOURCE: line N: MESSAGE`, or `SOURCE: MESSAGE` without a line.
    public var description: String {
        line.map { "\(source): line \($0): \(message)" } ?? "\(source): \(message)"
    }
}

/// The record count and FNV-1a hash of a partial's record lines, for its trailer.
package struct RecordChecksum: Sendable, Hashable {
    /// Record lines added so far (line feeds counted).
    package private(set) var lines = 0
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The checksum of no lines.
    package init() {}

    /// Adds whole record lines (each ending in a line feed).
    package mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            if byte == 0x0A { lines += 1 }
        }
    }

    /// The hash in lower-case hexadecimal.
    package var hex: String { String(hash, radix: 16) }
}
