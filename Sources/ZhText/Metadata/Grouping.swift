/// How results are grouped: one or more keys, each a column of the table (`--by KEY[,KEY...]`).
///
/// A key is `corpus` (everything together), `document`, `essay` (each essay of each document),
/// `section` (body, preview or paid text of each essay), the name of a metadata field
/// (`source`), or a date field's period (`date:year`, `date:quarter`, `date:month`,
/// `date:day`; see `FieldDate`).
///
/// ```swift
/// let grouping = try Grouping(parsing: "date:year,source")
/// grouping.columns   // ["date:year", "source"]
/// ```
public struct Grouping: Sendable, Hashable, CustomStringConvertible {
    /// One key of a grouping.
    public enum Key: Sendable, Hashable {
        /// The whole corpus; each document; each essay; each section (body, preview, paid) of each essay.
        case corpus, document, essay, section
        /// A metadata field's value as it is.
        case field(String)
        /// The period of a date field.
        case date(String, DatePart)

        /// The field the key reads, if any.
        public var fieldName: String? {
            switch self {
            case .field(let name), .date(let name, _): name
            default: nil
            }
        }

        /// The key as written on the command line.
        public var name: String {
            switch self {
            case .corpus: "corpus"
            case .document: "document"
            case .essay: "essay"
            case .section: "section"
            case .field(let name): name
            case .date(let name, let part): "\(name):\(part.rawValue)"
            }
        }
    }

    /// The keys, in the order given.
    public private(set) var keys: [Key]

    /// The whole corpus as one group.
    public static let corpus = Grouping(keys: [])
    /// One group per document.
    public static let document = Grouping(keys: [.document])
    /// One group per essay of each document.
    public static let essay = Grouping(keys: [.essay])
    /// One group per section (body, preview, paid) of each essay of each document.
    public static let section = Grouping(keys: [.section])

    /// A grouping by `keys`; `corpus` among them adds nothing.
    public init(keys: [Key]) {
        self.keys = keys.filter { $0 != .corpus }
    }

    /// Reads `KEY[,KEY...]`. Built-in names win over fields of the same name; a field whose
    /// name holds a colon can only be grouped by as a whole when no date part follows it.
    public init(parsing text: String) throws(GroupingError) {
        var keys: [Key] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = part.trimmingWhitespace
            guard !name.isEmpty else { throw GroupingError(message: "--by has an empty key in '\(text)'") }
            switch name {
            case "corpus": keys.append(.corpus)
            case "document": keys.append(.document)
            case "essay": keys.append(.essay)
            case "section": keys.append(.section)
            default:
                if let colon = name.lastIndex(of: ":") {
                    let field = String(name[..<colon]), rest = String(name[name.index(after: colon)...])
                    guard let datePart = DatePart(rawValue: rest) else {
                        throw GroupingError(message: "--by \(name): after the colon comes year, quarter, month or day, not '\(rest)'")
                    }
                    guard !field.isEmpty else { throw GroupingError(message: "--by \(name) names no field") }
                    keys.append(.date(field, datePart))
                } else {
                    keys.append(.field(name))
                }
            }
        }
        guard Set(keys).count == keys.count else { throw GroupingError(message: "--by names a key twice in '\(text)'") }
        self.init(keys: keys)
    }

    /// Whether groups belong to single documents (a document, essay or section key).
    public var isPerDocument: Bool { keys.contains { $0 == .document || $0 == .essay || $0 == .section } }
    /// Whether the grouping includes the essay (`essay` or `section`).
    public var hasEssay: Bool { keys.contains { $0 == .essay || $0 == .section } }
    /// Whether the grouping includes the section.
    public var hasSection: Bool { keys.contains(.section) }
    /// The metadata fields the grouping reads.
    public var fieldNames: [String] { keys.compactMap(\.fieldName) }
    /// The keys that read metadata fields, in order.
    public var fieldKeys: [Key] { keys.filter { $0.fieldName != nil } }

    /// The group columns of a table, in order: a field key's column is named as written; the
    /// document, essay and section keys give `document`, then `essay`, then `section` (the
    /// coarser ones implied), where the first of them stands.
    public var columns: [String] {
        var columns: [String] = []
        var documentDone = false
        for key in keys {
            switch key {
            case .corpus: break
            case .document, .essay, .section:
                guard !documentDone else { continue }
                documentDone = true
                columns.append("document")
                if hasEssay { columns.append("essay") }
                if hasSection { columns.append("section") }
            case .field, .date: columns.append(key.name)
            }
        }
        return columns
    }

    /// The keys as written, joined by commas (`corpus` when there are none).
    public var description: String { keys.isEmpty ? "corpus" : keys.map(\.name).joined(separator: ",") }

    /// The value of each field key for a document with `fields`, in order, and the date values
    /// that could not be read (field name and value) for a warning.
    public func fieldValues(of fields: DocumentFields) -> (values: [String], unreadDates: [(String, String)]) {
        var values: [String] = []
        var unread: [(String, String)] = []
        for key in keys {
            switch key {
            case .field(let name): values.append(fields[name] ?? "")
            case .date(let name, let part):
                guard let text = fields[name], !text.isEmpty else {
                    values.append("")
                    continue
                }
                guard let date = FieldDate(parsing: text) else {
                    unread.append((name, text))
                    values.append("")
                    continue
                }
                values.append(date.period(part) ?? "")
            default: continue
            }
        }
        return (values, unread)
    }
}

/// A `--by` value that cannot be read.
public struct GroupingError: Error, CustomStringConvertible, Sendable {
    /// What is wrong, in one line.
    public var message: String
    /// The message.
    public var description: String { message }
}
