import Foundation

/// The partial form of `zhtext lifecycle` (`--partial`, merged by `zhtext merge --as lifecycle`).
///
/// Counts add up; first occurrences, first quotations and the place where each source first
/// used a term are minima, taken over the partials in the order given to the merge: dates
/// first (undated last), then documents in partial order (the documents of the second partial
/// after those of the first), then the offset in the document. Records (tab-separated; SCOPE
/// is `*` for the whole corpus or `=PERIOD`, `=` for documents without a date; a PLACE is
/// DATE, DOCUMENT and OFFSET, DATE empty when undated and DOCUMENT a rank local to the partial):
///
/// | record | fields |
/// | --- | --- |
/// | `documents` | `*`, how many document ranks the partial's places use |
/// | `undated` | `*`, documents without a date |
/// | `period` | SCOPE, running words, documents |
/// | `tally` | form, SCOPE, count, quoted, documents |
/// | `source` | form, SCOPE, source, PLACE (where the source first used the form) |
/// | `first` | form, PLACE, document name, context |
/// | `quotation` | form, PLACE, speaker (the earliest quotation containing the form) |
extension LifecycleCounter {
    /// `lifecycle`.
    public static let partialName = "lifecycle"

    /// The header options that say what was counted; `init(partialOptions:)` reads them back.
    public var partialOptions: [(String, String)] {
        [("date-field", options.dateField), ("source-field", options.sourceField ?? ""), ("period", options.period.rawValue),
         ("window", String(options.window)), ("terms", GroupKey.fieldsJSON(terms)),
         ("variants", GroupKey.fieldsJSON(forms.filter { !terms.contains($0) }))]
    }

    /// An empty counter for the partials made with `options` (header option lines).
    init(partialOptions options: [(name: String, value: String)]) throws(PartialError) {
        let values = Dictionary(options.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        guard let dateField = values["date-field"], let terms = values["terms"].flatMap({ GroupKey.fields(fromJSON: Substring($0)) }),
              let variants = values["variants"].flatMap({ GroupKey.fields(fromJSON: Substring($0)) }),
              let period = values["period"].flatMap(DatePart.init(rawValue:)), let window = values["window"].flatMap({ Int($0) }) else {
            throw PartialError(source: "partials", message: "a lifecycle partial names its date-field, period, window, terms and variants (option lines)")
        }
        let source = values["source-field"].flatMap { $0.isEmpty ? nil : $0 }
        self.init(terms: terms, variants: variants,
                  options: Options(dateField: dateField, sourceField: source, period: period, window: window), finder: QuotationFinder())
    }

    /// The counts as partial records (see the table above), documents numbered by dense ranks in input order.
    public func partialRecords() -> [UInt8] {
        // Document indices become dense ranks, in order: a merge puts the next partial's after.
        var indices: Set<Int> = []
        for state in states.values {
            if let first = state.first { indices.insert(first.place.documentIndex) }
            if let quotation = state.firstQuotation { indices.insert(quotation.place.documentIndex) }
            for tally in [state.total] + Array(state.periods.values) { indices.formUnion(tally.sourcesMet.values.map(\.documentIndex)) }
        }
        let rank = Dictionary(uniqueKeysWithValues: indices.sorted().enumerated().map { ($1, $0) })
        func place(_ place: Place) -> String { "\(place.date?.description ?? "")\t\(rank[place.documentIndex]!)\t\(place.offset)" }
        func text(_ value: String) -> String { PartialFormat.escape(value) }
        var lines = ["documents\t*\t\(indices.count)", "undated\t*\t\(undated)"]
        for period in periods {
            lines.append("period\t=\(text(period))\t\(periodWords[period] ?? 0)\t\(periodDocuments[period]?.documents ?? 0)")
        }
        for (form, state) in states {
            let scopes = [("*", state.total)] + state.periods.map { ("=" + text($0.key), $0.value) }
            for (scope, tally) in scopes {
                lines.append("tally\t\(text(form))\t\(scope)\t\(tally.count)\t\(tally.quoted)\t\(tally.documents)")
                for (source, met) in tally.sourcesMet { lines.append("source\t\(text(form))\t\(scope)\t\(text(source))\t\(place(met))") }
            }
            if let first = state.first {
                lines.append("first\t\(text(form))\t\(place(first.place))\t\(text(first.document))\t\(text(first.context))")
            }
            if let quotation = state.firstQuotation {
                lines.append("quotation\t\(text(form))\t\(place(quotation.place))\t\(text(quotation.speaker))")
            }
        }
        var out: [UInt8] = []
        for line in lines.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) { out += Array(line.utf8) + [0x0A] }
        return out
    }

    /// Adds one record of a partial whose document ranks start at `base`; returns the record's
    /// document span (for `documents` records), else 0.
    mutating func addRecord(_ fields: [Substring], base: Int) throws(PartialError) -> Int {
        func fail(_ message: String) -> PartialError { PartialError(source: "partials", message: message) }
        func number(_ field: Substring) throws(PartialError) -> Int {
            guard let value = Int(field), value >= 0 else { throw fail("`\(field)` is not a count") }
            return value
        }
        // Sums that would pass 2^63 − 1 are an error, never a trap.
        func plus(_ left: Int, _ right: Int) throws(PartialError) -> Int {
            let (total, overflow) = left.addingReportingOverflow(right)
            if overflow { throw fail("the counts add up to more than \(Int.max), the largest count zhtext keeps") }
            return total
        }
        func period(_ scope: Substring) throws(PartialError) -> String? {
            if scope == "*" { return nil }
            guard scope.hasPrefix("=") else { throw fail("`\(scope)` is not a scope (`*` or `=PERIOD`)") }
            return PartialFormat.unescape(scope.dropFirst())
        }
        func place(_ at: Int) throws(PartialError) -> Place {
            let date = fields[at].isEmpty ? nil : FieldDate(parsing: String(fields[at]))
            if date == nil, !fields[at].isEmpty { throw fail("`\(fields[at])` is not a date") }
            return Place(date: date, documentIndex: try plus(base, try number(fields[at + 1])), offset: try number(fields[at + 2]))
        }
        let arity = ["documents": 3, "undated": 3, "period": 4, "tally": 6, "source": 7, "first": 7, "quotation": 6]
        let kind = String(fields[0])
        guard let expected = arity[kind] else { throw fail("a `\(kind)` record does not belong in a partial of lifecycle") }
        guard fields.count == expected else { throw fail("a `\(kind)` record has \(expected) fields, not \(fields.count)") }
        let form = PartialFormat.unescape(fields[1])
        switch kind {
        case "documents":
            return try number(fields[2])
        case "undated":
            undated = try plus(undated, try number(fields[2]))
        case "period":
            let name = try period(fields[1]) ?? ""
            periodWords[name] = try plus(periodWords[name] ?? 0, try number(fields[2]))
            periodDocuments[name] = (try plus(periodDocuments[name]?.documents ?? 0, try number(fields[3])), -1)
        case "tally":
            let scope = try period(fields[2])
            var state = states[form] ?? TermState()
            var tally = scope.map { state.periods[$0] ?? Tally() } ?? state.total
            tally.count = try plus(tally.count, try number(fields[3]))
            tally.quoted = try plus(tally.quoted, try number(fields[4]))
            tally.documents = try plus(tally.documents, try number(fields[5]))
            tally.lastDocument = -1
            if let scope { state.periods[scope] = tally } else { state.total = tally }
            states[form] = state
        case "source":
            let scope = try period(fields[2]), source = PartialFormat.unescape(fields[3]), met = try place(4)
            var state = states[form] ?? TermState()
            if let scope { state.periods[scope, default: Tally()].meet(source, at: met) } else { state.total.meet(source, at: met) }
            states[form] = state
        case "first":
            let at = try place(2)
            if let first = states[form]?.first, first.place < at { break }
            states[form, default: TermState()].first = (at, PartialFormat.unescape(fields[5]), PartialFormat.unescape(fields[6]))
        case "quotation":
            let at = try place(2)
            if let quotation = states[form]?.firstQuotation, quotation.place < at { break }
            states[form, default: TermState()].firstQuotation = (at, PartialFormat.unescape(fields[5]))
        default:
            break
        }
        return 0
    }
}

extension LifecycleCounter.Tally {
    /// Notes that `source` used the term at `place`, if earlier than known.
    mutating func meet(_ source: String, at place: LifecycleCounter.Place) {
        if sourcesMet[source].map({ place < $0 }) ?? true { sourcesMet[source] = place }
    }
}
