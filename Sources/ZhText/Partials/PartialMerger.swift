import Foundation

/// Sums partial results (see `PartialFormat`) into the counters a single run would have made,
/// for the same tables.
///
/// ```swift
/// var merger = PartialMerger(command: "freq")
/// for path in partials { try merger.add(bytes(of: path), source: path) }
/// let table = Table.frequencies(try merger.frequencyCounter().rows(), grouping: merger.grouping)
/// ```
/// Every partial must come from the same command with the same options (the header's
/// `option` lines); the first one's options are `options`.
package struct PartialMerger {
    /// The command whose partials it merges, as the header names it (a counter's `partialName`: `freq`, `trend`, `count` …).
    package let command: String
    /// The options of the partials, in the order of the first header.
    package private(set) var options: [(name: String, value: String)] = []
    private var optionsSource = ""
    private var sectionOptions: [(name: String, value: String)] = []
    private var sectionSource = ""
    private var section = -1
    /// The records of the partial being read, for its trailer.
    private var sectionChecksum = RecordChecksum()
    private var sectionEnded = true
    /// The partials merged so far, by their trailers, and where each came from.
    private var seen: [String: String] = [:]

    /// A group as the partials name it: global ids (`*`, `target`, `reference`) in section
    /// -1, document ids in the section (partial) they came from.
    struct RawGroup: Hashable {
        var section: Int
        var id: String
    }

    private var names: [RawGroup: String] = [:]
    private var totals: [RawGroup: Int] = [:]
    private var terms: [RawGroup: [TermKey: FrequencyCounter.Entry]] = [:]
    private var collocations = CollocationCounter()
    /// Records of commands summed generically, by kind, group and text.
    struct SummedKey: Hashable {
        var kind: String
        var group: String
        var text: String
    }
    private var summed: [SummedKey: [Int]] = [:]
    /// The sums of `trend` partials (terms as the partials hold them).
    private var trend: TrendCounter?
    /// The sums and minima of `lifecycle` partials, and where the document ranks of the
    /// partial being read start (after those of the partials before it).
    private var lifecycle: LifecycleCounter?
    private var lifecycleBase = 0
    private var lifecycleNextBase = 0

    /// A merger of partials of `command`; a partial of another command is an error.
    package init(command: String) { self.command = command }

    /// Adds the partials in `bytes` (one or more, concatenated), read from `source`.
    package mutating func add(_ bytes: [UInt8], source: String) throws(PartialError) {
        var lineNumber = 0
        var start = 0
        let before = section
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            lineNumber += 1
            let line = String(decoding: bytes[start..<end], as: UTF8.self)
            let kind = line.prefix { $0 != "\t" }
            if end > start, kind != PartialFormat.magic, kind != "option", kind != "sum", kind != "end" {
                sectionChecksum.add(bytes[start..<min(end + 1, bytes.count)])
                if end == bytes.count { sectionChecksum.add([0x0A]) }
            }
            start = end + 1
            if line.isEmpty { continue }
            try addLine(line, source: source, lineNumber: lineNumber)
        }
        try finishSection()
        if section == before {
            throw PartialError(source: source, message: bytes.isEmpty ? "empty: not a zhtext partial" : "holds no partial")
        }
    }

    private mutating func addLine(_ line: String, source: String, lineNumber: Int) throws(PartialError) {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        func fail(_ message: String) -> PartialError { PartialError(source: source, line: lineNumber, message: message) }
        let kind = String(fields[0])
        if kind == PartialFormat.magic {
            try finishSection()
            sectionChecksum = RecordChecksum()
            sectionEnded = false
            guard fields.count == 3 else { throw fail("a header is `\(PartialFormat.magic)<TAB>VERSION<TAB>COMMAND`") }
            guard fields[1] == String(PartialFormat.version) else {
                throw fail("partial format version \(fields[1]); this zhtext reads version \(PartialFormat.version)")
            }
            guard fields[2] == command else {
                throw fail("a partial of \(fields[2]), not of \(command) (merge it with --as \(fields[2]))")
            }
            section += 1
            lifecycleBase = lifecycleNextBase
            sectionSource = source
            sectionOptions = []
            return
        }
        guard section >= 0 else { throw fail("not a zhtext partial (it does not start with a `\(PartialFormat.magic)` header)") }
        if sectionEnded { throw fail("a record after the partial's `end` line (two partials run together without a header?)") }
        if kind == "end" {
            guard fields.count == 3, let lines = Int(fields[1]) else { throw fail("an end line is `end<TAB>RECORDS<TAB>CHECKSUM`") }
            guard lines == sectionChecksum.lines, fields[2] == sectionChecksum.hex else {
                throw fail("the records do not match the partial's end line (\(sectionChecksum.lines) records read, \(lines) written): "
                    + "the partial is damaged")
            }
            let signature = "\(lines) \(fields[2])"
            if lines > 0, let first = seen[signature] {
                throw fail("the same records as the partial in \(first): a partial given twice would count its documents twice")
            }
            seen[signature] = sectionSource
            sectionEnded = true
            return
        }
        if kind == "sum" {
            guard fields.count == 3, let count = Int(fields[2]), PartialFormat.sums(of: command)[String(fields[1])] == count else {
                throw fail("a sum line this zhtext does not know for \(command) partials: `\(line)`")
            }
            return
        }
        if kind == "option" {
            guard fields.count == 3 else { throw fail("an option line is `option<TAB>NAME<TAB>VALUE`") }
            sectionOptions.append((String(fields[1]), PartialFormat.unescape(fields[2])))
            return
        }
        if command == LifecycleCounter.partialName {
            do throws(PartialError) {
                if lifecycle == nil { lifecycle = try LifecycleCounter(partialOptions: sectionOptions) }
                lifecycleNextBase += try lifecycle!.addRecord(fields, base: lifecycleBase)
            } catch {
                throw fail(error.message)
            }
            return
        }
        if let generic = PartialFormat.summedGenerically[command] {
            try addSummedRecord(fields, sums: generic, fail: fail)
            return
        }
        guard let sums = PartialFormat.sumFields[kind] else { throw fail("unknown record `\(kind)`") }
        let expected: Int = switch kind {
        case "group", "pair": 3 + sums
        case "term": 3 + sums
        case "total": 1 + sums
        default: 2 + sums
        }
        guard fields.count == expected else { throw fail("a `\(kind)` record has \(expected) fields, not \(fields.count)") }
        var numbers: [Int] = []
        for field in fields.suffix(sums) {
            guard let number = Int(field), number >= 0 else { throw fail("`\(field)` is not a count") }
            numbers.append(number)
        }
        // Sums that would pass 2^63 − 1 are an error, never a trap.
        func sum(_ left: Int, _ right: Int) throws(PartialError) -> Int {
            let (total, overflow) = left.addingReportingOverflow(right)
            if overflow { throw fail("the counts add up to more than \(Int.max), the largest count zhtext keeps") }
            return total
        }
        switch (command, kind) {
        case ("freq", "group"), ("compare", "group"):
            let group = rawGroup(fields[1])
            names[group] = PartialFormat.unescape(fields[2])
            totals[group] = try sum(totals[group] ?? 0, numbers[0])
        case ("freq", "term"), ("compare", "term"):
            let group = rawGroup(fields[1])
            let key = TermKey(Array(PartialFormat.unescape(fields[2]).utf8))
            var entry = terms[group, default: [:]][key] ?? FrequencyCounter.Entry()
            entry.count = try sum(entry.count, numbers[0])
            entry.documents = try sum(entry.documents, numbers[1])
            terms[group, default: [:]][key] = entry
        case ("collocations", "total"):
            collocations.total = try sum(collocations.total, numbers[0])
        case ("collocations", "pair"):
            let key = PartialFormat.unescape(fields[1]) + String(CollocationCounter.separator) + PartialFormat.unescape(fields[2])
            collocations.pairs[key] = try sum(collocations.pairs[key] ?? 0, numbers[0])
        case ("collocations", "first"):
            let key = PartialFormat.unescape(fields[1])
            collocations.firsts[key] = try sum(collocations.firsts[key] ?? 0, numbers[0])
        case ("collocations", "second"):
            let key = PartialFormat.unescape(fields[1])
            collocations.seconds[key] = try sum(collocations.seconds[key] ?? 0, numbers[0])
        case ("trend", "period"), ("trend", "term"), ("trend", "undated"):
            if trend == nil {
                let by = sectionOptions.first { $0.name == "by" }?.value ?? "corpus"
                trend = TrendCounter(grouping: (try? Grouping(parsing: by)) ?? .corpus)
            }
            try trend!.addRecord(kind: kind, id: String(fields[1]), term: kind == "term" ? PartialFormat.unescape(fields[2]) : nil,
                                 sums: numbers)
        default:
            throw fail("a `\(kind)` record does not belong in a partial of \(command)")
        }
    }

    /// A record of a command summed generically (`PartialFormat.summedGenerically`): kind, group
    /// id, text, sums; document ids become `PARTIAL.ID` so that documents stay apart and in order.
    private mutating func addSummedRecord(_ fields: [Substring], sums kinds: [String: Int],
                                          fail: (String) -> PartialError) throws(PartialError) {
        let kind = String(fields[0])
        guard let sums = kinds[kind] else { throw fail("a `\(kind)` record does not belong in a partial of \(command)") }
        guard fields.count == 3 + sums else { throw fail("a `\(kind)` record has \(3 + sums) fields, not \(fields.count)") }
        var numbers: [Int] = []
        for field in fields.suffix(sums) {
            guard let number = Int(field), number >= 0 else { throw fail("`\(field)` is not a count") }
            numbers.append(number)
        }
        let group = rawGroup(fields[1])
        let key = SummedKey(kind: kind, group: group.section < 0 ? group.id : "\(group.section).\(group.id)",
                            text: PartialFormat.unescape(fields[2]))
        var total = summed[key] ?? Array(repeating: 0, count: sums)
        for index in numbers.indices {
            let (value, overflow) = total[index].addingReportingOverflow(numbers[index])
            if overflow { throw fail("the counts add up to more than \(Int.max), the largest count zhtext keeps") }
            total[index] = value
        }
        summed[key] = total
    }

    /// The records of generically summed partials, added up, in an order that depends only on
    /// them.
    package func summedRecords() -> [SummedRecord] {
        summed.map { SummedRecord(kind: $0.key.kind, group: $0.key.group, text: $0.key.text, sums: $0.value) }
            .sorted { ($0.group, $0.kind, $0.text) < ($1.group, $1.kind, $1.text) }
    }

    private func rawGroup(_ id: Substring) -> RawGroup {
        // Groups of field values alone (`=[…]`) span documents, and so partials.
        let isGlobal = id == "*" || id == "target" || id == "reference" || id.hasPrefix("=")
        return RawGroup(section: isGlobal ? -1 : section, id: String(id))
    }

    /// Checks the options of the partial just read against the first one's.
    private mutating func finishSection() throws(PartialError) {
        guard section >= 0, !sectionSource.isEmpty else { return }
        defer { sectionSource = "" }
        guard sectionEnded else {
            throw PartialError(source: sectionSource, message: "cut short: the partial has no `end` line (it was truncated, or is still being written)")
        }
        if section == 0 {
            options = sectionOptions
            optionsSource = sectionSource
            return
        }
        let mine = Dictionary(sectionOptions, uniquingKeysWith: { $1 })
        let first = Dictionary(options, uniquingKeysWith: { $1 })
        guard mine != first else { return }
        let names = Set(mine.keys).union(first.keys).sorted().filter { mine[$0] != first[$0] }
        let differences = names.map { "\($0) \(first[$0] ?? "(none)") in \(optionsSource), \(mine[$0] ?? "(none)") in \(sectionSource)" }
        throw PartialError(source: sectionSource, message: "made with other options than \(optionsSource): "
            + differences.joined(separator: "; ") + "; partials merge only when made with the same options")
    }

    /// How many partials (headers) have been read.
    package var partialCount: Int { section + 1 }

    /// The value of option `name` in the partials.
    package func option(_ name: String) -> String? { options.first { $0.name == name }?.value }

    /// The grouping of a `freq` partial.
    package var grouping: Grouping { option("by").flatMap { try? Grouping(parsing: $0) } ?? .corpus }

    /// The frequency counts of `freq` partials, documents in input order.
    package func frequencyCounter() throws(PartialError) -> FrequencyCounter {
        var counter = FrequencyCounter(options: NGramOptions(), grouping: grouping)
        // Documents in order: by partial, then by the dotted order of their ids.
        struct Order: Hashable, Comparable {
            var section: Int
            var order: [Int]
            static func < (lhs: Order, rhs: Order) -> Bool {
                if lhs.section != rhs.section { return lhs.section < rhs.section }
                return lhs.order.lexicographicallyPrecedes(rhs.order)
            }
        }
        var parsed: [RawGroup: (order: Order, essay: Int?, section: Section?)] = [:]
        var fieldValues: [RawGroup: [String]] = [:]
        let fieldsFirst = grouping.keys.first?.fieldName != nil
        for group in Set(totals.keys).union(terms.keys) {
            guard let equals = group.id.firstIndex(of: "=") else { continue }
            guard let values = GroupKey.fields(fromJSON: group.id[group.id.index(after: equals)...]),
                  values.count == grouping.fieldKeys.count else {
                throw PartialError(source: "partials", message: "group id `\(group.id)` does not end in the \(grouping.fieldKeys.count) field values of --by \(grouping)")
            }
            fieldValues[group] = values
        }
        for group in Set(totals.keys).union(terms.keys) where group.section >= 0 {
            let documentPart = group.id.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let parts = documentPart.split(separator: ":", omittingEmptySubsequences: false)
            let pieces = parts[0].split(separator: ".", omittingEmptySubsequences: false)
            let order = pieces.compactMap { Int($0) }
            guard !order.isEmpty, order.count == pieces.count, parts.count <= 3 else {
                throw PartialError(source: "partials", message: "group id `\(group.id)` is not ORDER[:ESSAY[:SECTION]]")
            }
            parsed[group] = (Order(section: group.section, order: order), parts.count > 1 ? Int(parts[1]) : nil,
                             parts.count > 2 ? Section(rawValue: String(parts[2])) : nil)
        }
        let documentRank = Dictionary(uniqueKeysWithValues: Set(parsed.values.map(\.order)).sorted().enumerated().map { ($1, $0) })
        func key(_ group: RawGroup) -> GroupKey {
            let fields = fieldValues[group] ?? []
            guard let found = parsed[group] else { return GroupKey(fields: fields, fieldsFirst: fieldsFirst) }
            return GroupKey(documentIndex: documentRank[found.order], document: names[group] ?? "", essay: found.essay,
                            section: found.section, fields: fields, fieldsFirst: fieldsFirst)
        }
        func sum(_ left: Int, _ right: Int) throws(PartialError) -> Int {
            let (total, overflow) = left.addingReportingOverflow(right)
            if overflow {
                throw PartialError(source: "partials", message: "the counts add up to more than \(Int.max), the largest count zhtext keeps")
            }
            return total
        }
        for (group, total) in totals { counter.totals[key(group)] = try sum(counter.totals[key(group)] ?? 0, total) }
        for (group, entries) in terms {
            let groupKey = key(group)
            var mine = counter.counts[groupKey] ?? [:]
            for (term, entry) in entries {
                var merged = mine[term] ?? FrequencyCounter.Entry()
                merged.count = try sum(merged.count, entry.count)
                merged.documents = try sum(merged.documents, entry.documents)
                mine[term] = merged
            }
            counter.counts[groupKey] = mine
        }
        return counter
    }

    /// The target and reference counts of `compare` partials.
    package func comparisonCounters() -> (target: FrequencyCounter, reference: FrequencyCounter) {
        func counter(_ id: String) -> FrequencyCounter {
            var counter = FrequencyCounter(options: NGramOptions(), grouping: .corpus)
            let group = RawGroup(section: -1, id: id)
            if let total = totals[group] { counter.totals[.corpus] = total }
            if let entries = terms[group] { counter.counts[.corpus] = entries }
            return counter
        }
        return (counter("target"), counter("reference"))
    }

    /// The counts of `trend` partials: over the terms the partials name with `option terms`
    /// (a JSON array) when they were made with `--term`, else every term they hold.
    package func trendCounter() -> TrendCounter {
        let grouping = option("by").flatMap { try? Grouping(parsing: $0) } ?? .corpus
        let terms = option("terms").flatMap { GroupKey.fields(fromJSON: Substring($0)) }
        var counter = TrendCounter(grouping: grouping, terms: terms)
        if let trend { counter.merge(trend) }
        return counter
    }

    /// The counts and first occurrences of `lifecycle` partials.
    package func lifecycleCounter() throws(PartialError) -> LifecycleCounter {
        if let lifecycle { return lifecycle }
        return try LifecycleCounter(partialOptions: options)
    }

    /// The pair counts of `collocations` partials.
    package func collocationCounter() -> CollocationCounter {
        var counter = CollocationCounter(window: Int(option("window") ?? "") ?? 5)
        counter.merge(collocations)
        return counter
    }
}

extension PartialMerger {
    /// The sums as one partial (header and records), for merging in stages (a tree of merges
    /// on a cluster): document ids become `PARTIAL.ID`, PARTIAL being the number of the partial
    /// they came from in this merge, so documents stay apart and in order when the result is
    /// merged again.
    package func mergedPartial() -> [UInt8] {
        let header = Array(PartialFormat.header(command: command, options: options.map { ($0.name, $0.value) }).utf8)
        var out: [UInt8] = []
        if PartialFormat.summedGenerically[command] != nil {
            var records: [UInt8] = []
            for record in summedRecords() {
                records += Array(([record.kind, record.group, PartialFormat.escape(record.text)] + record.sums.map(String.init))
                    .joined(separator: "\t").utf8) + [0x0A]
            }
            return header + records + Array(PartialFormat.trailer(for: records).utf8)
        }
        if command == LifecycleCounter.partialName, let lifecycle {
            let records = lifecycle.partialRecords()
            return header + records + Array(PartialFormat.trailer(for: records).utf8)
        }
        if command == "collocations" || command == "trend" {
            let records = command == "trend" ? trendCounter().partialRecords() : collocations.partialRecords()
            return header + records + Array(PartialFormat.trailer(for: records).utf8)
        }
        func id(_ group: RawGroup) -> String { group.section < 0 ? group.id : "\(group.section).\(group.id)" }
        for group in Set(totals.keys).union(terms.keys).sorted(by: { ($0.section, $0.id) < ($1.section, $1.id) }) {
            FrequencyCounter.appendGroupRecords(id: id(group), name: names[group] ?? "", total: totals[group] ?? 0,
                                                terms: terms[group] ?? [:], to: &out)
        }
        return header + out + Array(PartialFormat.trailer(for: out).utf8)
    }
}
