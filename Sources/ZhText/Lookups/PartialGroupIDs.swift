/// One record of partials summed by `PartialMerger` for an analysis it reads generically: the
/// record kind, its group id (document ids prefixed with the number of the partial they came
/// from, `PARTIAL.ORDER…`), its one text field, and its sums.
package struct SummedRecord: Sendable, Hashable {
    /// The record's kind, its first field (`words`, `match`, `near`, …).
    public var kind: String
    /// The record's group id, with document ids prefixed by the partial's number.
    public var group: String
    /// The record's one text field, unescaped.
    public var text: String
    /// The record's numbers, summed over every partial that holds it.
    public var sums: [Int]

    /// A record of `kind` for `group` and `text`, with its `sums`.
    public init(kind: String, group: String, text: String, sums: [Int]) {
        self.kind = kind
        self.group = group
        self.text = text
        self.sums = sums
    }
}

/// The groups that partial group ids name (see `PartialFormat`): `*` the corpus, `=[…]` the
/// field values alone, `ORDER[:ESSAY[:SECTION]][=[…]]` a document's group, documents ordered by
/// their dotted ORDER.
enum PartialGroupIDs {
    static func keys(for ids: [String], names: [String: String], grouping: Grouping) throws(PartialError) -> [String: GroupKey] {
        let fieldsFirst = grouping.keys.first?.fieldName != nil
        var parsed: [String: (order: [Int], essay: Int?, section: Section?, fields: [String])] = [:]
        for id in Set(ids) {
            var documentPart = Substring(id)
            var fields: [String] = []
            if let equals = id.firstIndex(of: "=") {
                guard let values = GroupKey.fields(fromJSON: id[id.index(after: equals)...]),
                      values.count == grouping.fieldKeys.count else {
                    throw PartialError(source: "partials", message: "group id `\(id)` does not end in the \(grouping.fieldKeys.count) field values of --by \(grouping)")
                }
                fields = values
                documentPart = id[..<equals]
            }
            if documentPart.isEmpty || documentPart == "*" {
                parsed[id] = ([], nil, nil, fields)
                continue
            }
            let parts = documentPart.split(separator: ":", omittingEmptySubsequences: false)
            let pieces = parts[0].split(separator: ".", omittingEmptySubsequences: false)
            let order = pieces.compactMap { Int($0) }
            guard !order.isEmpty, order.count == pieces.count, parts.count <= 3 else {
                throw PartialError(source: "partials", message: "group id `\(id)` is not ORDER[:ESSAY[:SECTION]]")
            }
            parsed[id] = (order, parts.count > 1 ? Int(parts[1]) : nil, parts.count > 2 ? Section(rawValue: String(parts[2])) : nil, fields)
        }
        let orders = Set(parsed.values.map(\.order).filter { !$0.isEmpty }).sorted { $0.lexicographicallyPrecedes($1) }
        let rank = Dictionary(uniqueKeysWithValues: orders.enumerated().map { ($1, $0) })
        var keys: [String: GroupKey] = [:]
        for (id, found) in parsed {
            guard !found.order.isEmpty else {
                keys[id] = GroupKey(fields: found.fields, fieldsFirst: fieldsFirst)
                continue
            }
            keys[id] = GroupKey(documentIndex: rank[found.order], document: names[id] ?? "", essay: found.essay, section: found.section,
                            fields: found.fields, fieldsFirst: fieldsFirst)
        }
        return keys
    }
}
