import ArgumentParser
import Foundation
import ZhText

/// What one run of the tool shares across its reads: the metadata table (read once), the
/// census of field names met, and the date fields `--by` reads.
enum RunInputs {
    nonisolated(unsafe) private static var tables: [String: MetadataTable] = [:]
    nonisolated(unsafe) private static var failed: Set<String> = []
    private static let lock = NSLock()
    /// The field names the run's documents have.
    static let census = FieldCensus()
    nonisolated(unsafe) static var dateFields: [String] = []

    /// The table at `path`, read on first use; a table that cannot be read is reported once
    /// and the run exits 1 at its end (`failedTables`).
    static func metadata(_ path: String) -> MetadataTable? {
        lock.lock()
        defer { lock.unlock() }
        if let table = tables[path] { return table }
        guard !failed.contains(path) else { return nil }
        do throws(InputError) {
            let table = try MetadataTable(path: path)
            DiagnosticReporter.report(table.diagnostics)
            tables[path] = table
            return table
        } catch {
            failed.insert(path)
            DiagnosticReporter.report([error.diagnostic])
            return nil
        }
    }

    /// Refuses, as a usage error, a metadata table that could not be read, before any input
    /// is read.
    static func requireMetadata(_ options: DocumentReader.Options, path: String?) throws {
        guard let path else { return }
        if options.metadata == nil || failed.contains(path) {
            throw ValidationError("cannot use --metadata \(path) (see the error above)")
        }
    }

    /// Refuses, as a usage error, a `--by` or `--where` that names a field no document had,
    /// listing the fields there are.
    static func checkFields(grouping: Grouping = .corpus, filter: DocumentFilter) throws {
        let present = Set(census.names)
        let wanted = grouping.fieldNames.map { ("--by", $0) } + filter.conditions.map { ("--where", $0.field) }
        for (option, field) in wanted where !present.contains(field) {
            let list = census.names.isEmpty ? "the documents have no fields" : "the fields are \(census.names.joined(separator: ", "))"
            throw ValidationError("\(option) names the field '\(field)', which no document has; \(list)")
        }
    }
}
