extension EntityCounter {
    /// `entities`.
    public static let partialName = "entities"
    /// `entity GROUP NAME PERSON PLACE ORGANIZATION MENTIONS DOCUMENTS QUOTED` (the tag counts
    /// of each kind, then the counts), `alias GROUP NAME␟ALIAS 1` (a union: the sum only says
    /// how many partials saw it), `earliest ORDER[=FIELDS] NAME␟DOCUMENT 1` (the first document
    /// of a partial that mentions it in the group, whose id is the document's, so that merge
    /// orders documents across partials and keeps the first: a minimum).
    public static let sumFields = ["entity": 6, "alias": 1, "earliest": 1]

    /// The counts as partial records, groups in order and names by their bytes, so that equal
    /// counts give equal files.
    public func partialRecords() -> [UInt8] {
        var out: [UInt8] = []
        func bytesFirst(_ lhs: String, _ rhs: String) -> Bool { lhs.utf8.lexicographicallyPrecedes(rhs.utf8) }
        for group in groups.keys.sorted() {
            let id = group.partialID(corpusID: "*")
            let fieldsPart = group.fields.isEmpty ? "" : "=" + GroupKey.fieldsJSON(group.fields)
            for (name, entry) in groups[group]!.sorted(by: { bytesFirst($0.key, $1.key) }) {
                let kinds = EntityKind.allCases.map { String(entry.kinds[$0] ?? 0) }
                let counts = kinds + [String(entry.mentions), String(entry.documents), String(entry.quoted)]
                out += Array((["entity", id, PartialFormat.escape(name)] + counts).joined(separator: "\t").utf8) + [0x0A]
                for alias in shownAliases(name, entry) {
                    out += Array("alias\t\(id)\t\(PartialFormat.escape(name + "\u{1F}" + alias))\t1\n".utf8)
                }
                if entry.firstIndex != Int.max {
                    let earliest = "\(entry.firstIndex)\(fieldsPart)"
                    out += Array("earliest\t\(earliest)\t\(PartialFormat.escape(name + "\u{1F}" + entry.firstDocument))\t1\n".utf8)
                }
            }
        }
        return out
    }

    /// The counts that summed records of entities partials hold (see
    /// `PartialMerger.summedRecords`).
    package init(grouping: Grouping, records: [SummedRecord]) throws(PartialError) {
        self.init(grouping: grouping)
        let keys = try PartialGroupIDs.keys(for: records.map(\.group), names: [:], grouping: grouping)
        func split(_ text: String, _ kind: String) throws(PartialError) -> (String, String) {
            let parts = text.split(separator: "\u{1F}", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { throw PartialError(source: "partials", message: "an `\(kind)` record is NAME␟VALUE") }
            return (String(parts[0]), String(parts[1]))
        }
        // Document names come with the earliest records; a per-document group takes its name
        // from them.
        var documentNames: [String: String] = [:]
        for record in records where record.kind == "earliest" { documentNames[record.group] = try split(record.text, record.kind).1 }
        func group(_ id: String) -> GroupKey {
            var key = keys[id]!
            if key.documentIndex != nil { key.document = documentNames[id] ?? "" }
            return key
        }
        for record in records {
            switch record.kind {
            case "entity":
                guard record.sums.count == 6 else { throw PartialError(source: "partials", message: "an `entity` record has 6 sums") }
                var entry = groups[group(record.group), default: [:]][record.text] ?? Entry()
                for (index, kind) in EntityKind.allCases.enumerated() where record.sums[index] > 0 || kind == .person {
                    entry.kinds[kind, default: 0] += record.sums[index]
                }
                entry.mentions += record.sums[3]
                entry.documents += record.sums[4]
                entry.quoted += record.sums[5]
                groups[group(record.group), default: [:]][record.text] = entry
            case "alias":
                let (name, alias) = try split(record.text, record.kind)
                groups[group(record.group), default: [:]][name, default: Entry()].aliases.insert(alias)
            case "earliest":
                let (name, document) = try split(record.text, record.kind)
                let documentKey = keys[record.group]!
                // The entity's group: the document's own for a grouping by document, else the
                // field values alone (the corpus without fields).
                var outer = documentKey
                outer.document = document
                if !grouping.isPerDocument { outer = GroupKey(fields: documentKey.fields, fieldsFirst: grouping.keys.first?.fieldName != nil) }
                var entry = groups[outer, default: [:]][name] ?? Entry()
                if let index = documentKey.documentIndex, index < entry.firstIndex {
                    entry.firstIndex = index
                    entry.firstDocument = document
                }
                groups[outer, default: [:]][name] = entry
            default:
                throw PartialError(source: "partials", message: "a `\(record.kind)` record does not belong in a partial of entities")
            }
        }
    }

    /// The aliases, as a checksum for a partial's header: partials counted with other aliases
    /// do not merge.
    public static func describe(aliases: [String: String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (alias, canonical) in aliases.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            for byte in alias.utf8 + [0x09] + canonical.utf8 + [0x0A] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        return "\(aliases.count) aliases, fnv1a \(String(hash, radix: 16))"
    }
}
