import Foundation

extension FrequencyCounter {
    /// The counts as partial records (`group` and `term` lines, see `PartialFormat`), groups
    /// in document order and terms by their bytes, so that equal counts give equal files.
    ///
    /// - Parameter corpusID: the group id of the whole corpus: `*`, or `target` and
    ///   `reference` for the two sides of a comparison.
    public func partialRecords(corpusID: String = "*") -> [UInt8] {
        var out: [UInt8] = []
        for group in Set(totals.keys).union(counts.keys).sorted() {
            Self.appendGroupRecords(id: group.partialID(corpusID: corpusID), name: group.document ?? "",
                                    total: totals[group] ?? 0, terms: counts[group] ?? [:], to: &out)
        }
        return out
    }

    /// One group's `group` line and its `term` lines, terms by their bytes.
    static func appendGroupRecords(id: String, name: String, total: Int, terms: [TermKey: Entry], to out: inout [UInt8]) {
        out += Array("group\t\(id)\t\(PartialFormat.escape(name))\t\(total)\n".utf8)
        for (key, entry) in terms.sorted(by: { $0.key.bytes.lexicographicallyPrecedes($1.key.bytes) }) {
            out += Array("term\t\(id)\t".utf8)
            out += Array(PartialFormat.escape(key.text).utf8)
            out += Array("\t\(entry.count)\t\(entry.documents)\n".utf8)
        }
    }
}

extension GroupKey {
    /// `*` (or `corpusID`) for the corpus, else `ORDER[:ESSAY[:SECTION]]` for a document's
    /// group; the values of field keys follow as `=` and a JSON array of strings
    /// (`=["2024","人民日报"]`), alone when the group spans documents.
    func partialID(corpusID: String) -> String {
        var id = ""
        if let documentIndex {
            id = String(documentIndex)
            if let essay { id += ":\(essay)" }
            if let section { id += ":\(section.rawValue)" }
        }
        if !fields.isEmpty { id += "=" + Self.fieldsJSON(fields) }
        return id.isEmpty ? corpusID : id
    }

    /// Field values as a compact JSON array of strings.
    static func fieldsJSON(_ values: [String]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: values, options: [.withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The values of a `fieldsJSON` array, or nil when it is not one.
    static func fields(fromJSON text: Substring) -> [String]? {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String]
    }
}

extension CollocationCounter {
    /// The counts as partial records (`total`, `pair`, `first` and `second` lines, see
    /// `PartialFormat`), sorted so that equal counts give equal files.
    public func partialRecords() -> [UInt8] {
        var out = Array("total\t\(total)\n".utf8)
        let pairLines = pairs.map { key, count -> String in
            let parts = key.split(separator: Self.separator, maxSplits: 1)
            return "pair\t\(PartialFormat.escape(String(parts[0])))\t\(PartialFormat.escape(String(parts[1])))\t\(count)\n"
        }
        for line in pairLines.sorted() { out += Array(line.utf8) }
        for (kind, table) in [("first", firsts), ("second", seconds)] {
            for (word, count) in table.sorted(by: { $0.key < $1.key }) {
                out += Array("\(kind)\t\(PartialFormat.escape(word))\t\(count)\n".utf8)
            }
        }
        return out
    }
}
