/// Conditions on documents' metadata fields (`--where FIELD=VALUE`, repeatable): a document is
/// read only when all of them hold.
///
/// The operators are `=`, `!=`, `>=` and `<=`. When both the field's value and the condition's
/// value read as dates (`FieldDate`), they are compared as dates; `date>=2024` then holds for
/// every day of 2024 and after, and `date<=2024` for every day of 2024 and before (a less
/// precise date covers its whole period, so `date=2024-03` holds for every day of March). Else, when both read as numbers, as numbers; else as
/// text; a field whose value is no date (or number) where the condition's is fails `>=` and `<=`.
/// A document without the field fails every condition but `!=`.
///
/// ```swift
/// let filter = try DocumentFilter(["source=人民日报", "date>=2020"])
/// filter.matches(DocumentFields([("source", "人民日报"), ("date", "2021-05-01")]))   // true
/// ```
public struct DocumentFilter: Sendable, Hashable, CustomStringConvertible {
    /// One condition.
    public struct Condition: Sendable, Hashable, CustomStringConvertible {
        /// How a field's value is compared with the condition's: `=`, `!=`, `>=` or `<=`.
        public enum Operator: String, Sendable, Hashable, CaseIterable {
            /// `=`, `!=`, `>=` and `<=`.
            case equal = "=", notEqual = "!=", atLeast = ">=", atMost = "<="
        }

        /// The field's name.
        public var field: String
        /// How the value is compared.
        public var op: Operator
        /// The value compared with, as written after the operator.
        public var value: String

        /// Reads `FIELD=VALUE`, `FIELD!=VALUE`, `FIELD>=VALUE` or `FIELD<=VALUE`.
        public init(parsing text: String) throws(GroupingError) {
            let operators: [(String, Operator)] = [("!=", .notEqual), (">=", .atLeast), ("<=", .atMost), ("=", .equal)]
            var best: (range: Range<String.Index>, op: Operator)?
            for (symbol, op) in operators {
                guard let range = text.range(of: symbol) else { continue }
                if best == nil || range.lowerBound < best!.range.lowerBound { best = (range, op) }
            }
            guard let best else {
                throw GroupingError(message: "--where takes FIELD=VALUE, FIELD!=VALUE, FIELD>=VALUE or FIELD<=VALUE, not '\(text)'")
            }
            field = text[text.startIndex..<best.range.lowerBound].trimmingWhitespace
            op = best.op
            value = String(text[best.range.upperBound...])
            guard !field.isEmpty else { throw GroupingError(message: "--where '\(text)' names no field") }
        }

        /// Whether a document with `fields` meets the condition.
        public func holds(for fields: DocumentFields) -> Bool {
            guard let actual = fields[field] else { return op == .notEqual }
            let order = Self.compare(actual, value)
            switch op {
            case .equal: return order == .same || order == .within
            case .notEqual: return order != .same && order != .within
            case .atLeast: return order == .same || order == .after || order == .within
            case .atMost: return order == .same || order == .before || order == .within
            }
        }

        /// `incomparable`: the condition's value is a date or number and the field's is not.
        enum Order { case before, same, after, within, incomparable }

        /// How `actual` stands to `wanted`: dates as dates (a date within a less precise one
        /// is `within` it), numbers as numbers, else text.
        static func compare(_ actual: String, _ wanted: String) -> Order {
            let wantedDate = FieldDate(parsing: wanted), actualDate = FieldDate(parsing: actual)
            if let a = actualDate, let b = wantedDate {
                if a == b { return .same }
                if b.month == nil ? a.year == b.year : (b.day == nil && a.year == b.year && a.month == b.month) {
                    return .within
                }
                let key = { (date: FieldDate) in (date.year, date.month ?? 0, date.day ?? 0) }
                return key(a) < key(b) ? .before : .after
            }
            let wantedNumber = Double(wanted.trimmingWhitespace)
            if let a = Double(actual.trimmingWhitespace), let b = wantedNumber {
                return a == b ? .same : a < b ? .before : .after
            }
            if actual == wanted { return .same }
            if wantedDate != nil || wantedNumber != nil { return .incomparable }
            return actual < wanted ? .before : .after
        }

        /// The condition as written: `FIELD`, operator, `VALUE`.
        public var description: String { "\(field)\(op.rawValue)\(value)" }
    }

    /// The conditions; a document must meet all of them.
    public var conditions: [Condition]

    /// A filter of these conditions; with none, every document is read.
    public init(conditions: [Condition] = []) { self.conditions = conditions }

    /// Reads each `--where` expression.
    public init(_ expressions: [String]) throws(GroupingError) {
        var conditions: [Condition] = []
        for expression in expressions { conditions.append(try Condition(parsing: expression)) }
        self.init(conditions: conditions)
    }

    /// Whether there are no conditions (every document is read).
    public var isEmpty: Bool { conditions.isEmpty }

    /// Whether a document with `fields` meets every condition.
    public func matches(_ fields: DocumentFields) -> Bool { conditions.allSatisfy { $0.holds(for: fields) } }

    /// The conditions joined by ` and ` (for a partial's header).
    public var description: String { conditions.map(\.description).joined(separator: " and ") }
}
