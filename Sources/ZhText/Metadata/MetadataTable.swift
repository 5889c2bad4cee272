import Foundation

/// Metadata for text files, from a CSV table (`--metadata FILE.csv`): a `path` column naming
/// each file (relative to the table's folder, or absolute) and any other columns as the
/// file's fields.
///
/// ```
/// path,date,source
/// 2023/report-a.txt,2023-03-05,人民日报
/// 2024/report-b.txt,2024-03-05,新华社
/// ```
public struct MetadataTable: Sendable, Hashable {
    /// The table as given (for messages).
    public var source: String
    /// Fields by the file's resolved absolute path.
    var rows: [String: DocumentFields]
    /// Problems with the table's rows (ragged rows, paths given twice).
    public var diagnostics: [Diagnostic]

    /// Reads the table at `path`.
    public init(path: String) throws(InputError) {
        let bytes = try InputFiles.bytes(of: .file(path))
        let decoded = try TextDecoder(encoding: nil).decode(bytes, source: path)
        try self.init(text: decoded.text, source: path,
                      folder: (path as NSString).deletingLastPathComponent)
        diagnostics = decoded.diagnostics + diagnostics
    }

    /// Reads a table whose relative paths are relative to `folder`.
    public init(text: String, source: String, folder: String) throws(InputError) {
        self.source = source
        let table = CSVRecords(text: text, source: source)
        guard let pathColumn = table.columns.firstIndex(of: "path") else {
            throw InputError(diagnostic: Diagnostic(
                .error, source: source,
                message: "a metadata table needs a `path` column; its columns are \(table.columns.joined(separator: ", "))"))
        }
        var rows: [String: DocumentFields] = [:]
        var diagnostics = table.diagnostics
        for row in table.rows {
            let given = row.cells[pathColumn]
            let resolved = Self.resolve(given.hasPrefix("/") || folder.isEmpty ? given : folder + "/" + given)
            guard rows[resolved] == nil else {
                diagnostics.append(Diagnostic(.warning, source: source, location: "line \(row.line)",
                                              message: "\(given) is listed again (this row is ignored)"))
                continue
            }
            var fields = DocumentFields()
            for (index, name) in table.columns.enumerated() where index != pathColumn {
                fields.set(name, row.cells[index])
            }
            rows[resolved] = fields
        }
        self.rows = rows
        self.diagnostics = diagnostics
    }

    /// The fields of the file at `path` (as an input names it), or nil when the table does not
    /// list it.
    public func fields(ofFile path: String) -> DocumentFields? {
        rows[Self.resolve(path)]
    }

    /// Every path the table lists (resolved).
    public var paths: [String] { rows.keys.sorted() }

    /// An absolute path with `.`, `..` and links resolved when the file exists.
    static func resolve(_ path: String) -> String {
        if let real = realpath(path, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (absolute as NSString).standardizingPath
    }
}

/// The metadata field names met while reading, shared by the workers of one run, so that a
/// `--by` or `--where` naming a field no document has can be refused with the list of those
/// that exist.
package final class FieldCensus: @unchecked Sendable, Hashable {
    private let lock = NSLock()
    private var seen: [String] = []
    private var seenSet: Set<String> = []

    /// A census that has seen no field yet.
    public init() {}

    func record(_ fields: DocumentFields) {
        lock.lock()
        defer { lock.unlock() }
        for name in fields.names where seenSet.insert(name).inserted { seen.append(name) }
    }

    /// The field names seen, in the order first met.
    public var names: [String] {
        lock.lock()
        defer { lock.unlock() }
        return seen
    }

    /// Censuses are equal only when they are the same object.
    public static func == (lhs: FieldCensus, rhs: FieldCensus) -> Bool { lhs === rhs }
    /// Hashes the object's identity.
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
