/// A document's metadata: named fields in the order its source gave them, such as a JSON
/// Lines record's members other than the id and text (`date`, `source`, `author`), a CSV row's
/// other columns, or a `--metadata` table's row for a text file.
///
/// Every value is kept as text: strings as they are, numbers and booleans as JSON writes them,
/// anything else (arrays, objects) as its JSON text. `FieldComparison` reads them as dates or
/// numbers where a comparison asks for it.
///
/// ```swift
/// let fields = DocumentFields([("date", "2024-03-05"), ("source", "人民日报")])
/// fields["source"]   // "人民日报"
/// ```
public struct DocumentFields: Sendable, Hashable, Sequence {
    /// The field names, in order.
    public private(set) var names: [String] = []
    /// The values, in the order of `names`.
    public private(set) var values: [String] = []

    /// No fields.
    public init() {}

    /// Fields with these names and values, in order; a repeated name keeps its first value.
    public init(_ pairs: [(String, String)]) {
        for (name, value) in pairs { set(name, value) }
    }

    /// The value of `name`, or nil when the document has no such field.
    public subscript(name: String) -> String? {
        names.firstIndex(of: name).map { values[$0] }
    }

    /// Sets `name` to `value`: a new field goes last, an existing one keeps its place.
    public mutating func set(_ name: String, _ value: String) {
        if let index = names.firstIndex(of: name) {
            values[index] = value
        } else {
            names.append(name)
            values.append(value)
        }
    }

    /// These fields, then those of `other` that these lack.
    public func adding(_ other: DocumentFields) -> DocumentFields {
        var result = self
        for (name, value) in other where self[name] == nil { result.set(name, value) }
        return result
    }

    /// Whether there are no fields.
    public var isEmpty: Bool { names.isEmpty }
    /// Number of fields.
    public var count: Int { names.count }

    /// The fields as (name, value) pairs, in order.
    public func makeIterator() -> some IteratorProtocol<(name: String, value: String)> {
        zip(names, values).lazy.map { (name: $0.0, value: $0.1) }.makeIterator()
    }
}
