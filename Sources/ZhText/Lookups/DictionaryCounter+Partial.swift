extension DictionaryCounter: CorpusCounter {
    /// `count`.
    public static let partialName = "count"
    /// `words GROUP NAME N`, `category GROUP PATH DOCUMENTS`, `match GROUP PATH␟WORD COUNT`.
    public static let sumFields = ["words": 1, "category": 1, "match": 1]

    /// The counts as partial records: per group, its running words, then each category's documents and its matched words' counts.
    public func partialRecords() -> [UInt8] {
        var out: [UInt8] = []
        for group in groups.keys.sorted() {
            let counts = groups[group]!
            let id = group.partialID(corpusID: "*")
            out += Array("words\t\(id)\t\(PartialFormat.escape(group.document ?? ""))\t\(counts.words)\n".utf8)
            for (index, entry) in counts.categories.sorted(by: { $0.key < $1.key }) {
                let path = PartialFormat.escape(dictionary.categories[index].path)
                out += Array("category\t\(id)\t\(path)\t\(entry.documents)\n".utf8)
                for (term, count) in entry.matched.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
                    out += Array("match\t\(id)\t\(path)\u{1F}\(PartialFormat.escape(term))\t\(count)\n".utf8)
                }
            }
        }
        return out
    }
}

extension DictionaryCounter {
    /// The counts that summed records of `count` partials hold (see
    /// `PartialMerger.summedRecords`), for the dictionary they were made with.
    package init(dictionary: CategoryDictionary, grouping: Grouping, records: [SummedRecord]) throws(PartialError) {
        self.init(dictionary: dictionary, grouping: grouping)
        let index = Dictionary(dictionary.categories.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
        var names: [String: String] = [:]
        for record in records where record.kind == "words" { names[record.group] = record.text }
        let keys = try PartialGroupIDs.keys(for: records.map(\.group), names: names, grouping: grouping)
        for record in records {
            let group = keys[record.group]!
            var counts = groups[group] ?? Counts()
            func category(_ path: Substring) throws(PartialError) -> Int {
                guard let found = index[String(path)] else {
                    throw PartialError(source: "partials", message: "category '\(path)' is not in the dictionary given to merge")
                }
                return found
            }
            switch record.kind {
            case "words":
                counts.words += record.sums[0]
            case "category":
                counts.categories[try category(Substring(record.text)), default: Entry()].documents += record.sums[0]
            case "match":
                let parts = record.text.split(separator: "\u{1F}", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2 else { throw PartialError(source: "partials", message: "a `match` record is CATEGORY␟WORD") }
                let found = try category(parts[0])
                counts.categories[found, default: Entry()].count += record.sums[0]
                counts.categories[found, default: Entry()].matched[String(parts[1]), default: 0] += record.sums[0]
            default:
                throw PartialError(source: "partials", message: "a `\(record.kind)` record does not belong in a partial of count")
            }
            groups[group] = counts
        }
    }

    /// The dictionary's categories and entries, as a checksum for a partial's header: partials
    /// counted with other dictionaries do not merge.
    public static func describe(_ dictionary: CategoryDictionary) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for category in dictionary.categories {
            for text in [category.path] + category.terms + category.prefixes.map({ $0 + "*" }) {
                for byte in text.utf8 + [0x0A] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            }
        }
        return "\(dictionary.categories.count) categories, \(dictionary.entryCount) entries, fnv1a \(String(hash, radix: 16))"
    }
}
