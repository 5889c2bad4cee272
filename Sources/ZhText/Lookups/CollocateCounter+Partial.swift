extension CollocateCounter: CorpusCounter {
    /// `collocates`.
    public static let partialName = "collocates"
    /// `span GROUP NAME WORDS NODES`, `word GROUP WORD COUNT`, `near GROUP WORD LEFT RIGHT`.
    public static let sumFields = ["span": 2, "word": 1, "near": 2]

    /// The counts as partial records, groups in order and words by their bytes, so that equal
    /// counts give equal files.
    public func partialRecords() -> [UInt8] {
        var out: [UInt8] = []
        for group in groups.keys.sorted() {
            let counts = groups[group]!
            let id = group.partialID(corpusID: "*")
            out += Array("span\t\(id)\t\(PartialFormat.escape(counts.name))\t\(counts.words)\t\(counts.nodes)\n".utf8)
            for (key, count) in counts.frequencies.sorted(by: { $0.key.bytes.lexicographicallyPrecedes($1.key.bytes) }) {
                out += Array("word\t\(id)\t\(PartialFormat.escape(key.text))\t\(count)\n".utf8)
            }
            for (key, near) in counts.near.sorted(by: { $0.key.bytes.lexicographicallyPrecedes($1.key.bytes) }) {
                out += Array("near\t\(id)\t\(PartialFormat.escape(key.text))\t\(near.left)\t\(near.right)\n".utf8)
            }
        }
        return out
    }

    /// The counts that summed records of collocates partials hold (see
    /// `PartialMerger.summedRecords`).
    package init(node: String, span: CollocateSpan, grouping: Grouping, records: [SummedRecord]) throws(PartialError) {
        self.init(node: node, span: span, grouping: grouping)
        var names: [String: String] = [:]
        for record in records where record.kind == "span" { names[record.group] = record.text }
        let keys = try PartialGroupIDs.keys(for: records.map(\.group), names: names, grouping: grouping)
        for record in records {
            let group = keys[record.group]!
            var counts = groups[group] ?? Counts()
            switch record.kind {
            case "span":
                counts.name = group.document ?? ""
                counts.words += record.sums[0]
                counts.nodes += record.sums[1]
            case "word":
                counts.frequencies[TermKey(Array(record.text.utf8)), default: 0] += record.sums[0]
            case "near":
                let key = TermKey(Array(record.text.utf8))
                counts.near[key, default: Near()].left += record.sums[0]
                counts.near[key, default: Near()].right += record.sums[1]
            default:
                throw PartialError(source: "partials", message: "a `\(record.kind)` record does not belong in a partial of collocates")
            }
            groups[group] = counts
        }
    }
}
