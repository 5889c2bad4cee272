/// One of zhtext's word lists or rule tables, read from a text file in `Sources/ZhTextCore/Data/`
/// that is embedded in the binary at build time.
///
/// The files are UTF-8. Lines starting with `#` say where the list comes from and how it was
/// made; blank lines are skipped. Every other line is an entry: fields separated by spaces or
/// tabs, the first being the word (for a lexicon, jieba's `word freq tag`).
///
/// ```swift
/// let verbs = WordList.named("speech-verbs").words   // ["说", "表示", …]
/// ```
package struct WordList: Sendable {
    /// The file's base name, such as `speech-verbs`.
    package let name: String
    /// The entries in file order, each split into its fields.
    package let entries: [[String]]

    /// The list in `Data/NAME.txt`. A name with no file is a programming error.
    package static func named(_ name: String) -> WordList {
        guard let text = EmbeddedData.files[name] else {
            preconditionFailure("no data file Data/\(name).txt in ZhTextCore")
        }
        return WordList(name: name, text: text)
    }

    /// A list parsed from `text` in the data files' format.
    package init(name: String, text: String) {
        self.name = name
        entries = text.split(whereSeparator: \.isNewline).compactMap { line in
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let first = fields.first, !first.hasPrefix("#") else { return nil }
            return fields
        }
    }

    /// The first field of every entry, in file order.
    package var words: [String] { entries.map { $0[0] } }

    /// The text of the data file, as written (header included).
    package static func text(of name: String) -> String? { EmbeddedData.files[name] }
}
