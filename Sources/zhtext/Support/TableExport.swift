import Foundation
import ZhText
import ZhTextReport

/// The tables of a report exported to a folder as one set: either all of them replace the
/// earlier report's, or none does.
///
/// `prepare` writes every table to a temporary file beside its final name and flushes it to
/// disk; a failure there (a full disk) removes them all and leaves the folder as it was.
/// `commit` then renames them into place (renames need no space) and removes the earlier
/// report's tables this one does not have. Should a rename still fail, the error says which
/// tables are this report's and which are left from the earlier one.
final class TableExport {
    let folder: String
    private var pending: [(name: String, file: OutputFile)] = []

    init(folder: String) { self.folder = folder }

    /// Writes every table of `report` to its temporary file; nothing in the folder changes yet.
    func prepare(_ report: Report, byteOrderMark: Bool) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputFile.Failure(folder, "cannot create this folder (\(error.localizedDescription))")
        }
        do {
            for section in report.sections {
                for case .table(let name, let table) in section.blocks {
                    let bytes = try TableOutput(byteOrderMark: byteOrderMark).bytes(of: TableWriter.render(table, as: .csv))
                    let file = try OutputFile(path: folder + "/" + name + ".csv")
                    pending.append((name + ".csv", file))
                    try file.write(bytes)
                    try file.synchronize()
                }
            }
        } catch {
            discard()
            throw error
        }
    }

    /// Puts the tables in place and removes stale ones; returns how many were written.
    func commit() throws -> Int {
        var done: [String] = []
        var index = 0
        while index < pending.count {
            if let failure = Self.commit(pending[index].file) {
                for rest in pending[(index + 1)...] { rest.file.discard() }
                let earlier = pending[index...].map(\.name).filter { FileManager.default.fileExists(atPath: folder + "/" + $0) }
                pending = []
                throw OutputFile.Failure(failure.path, failure.reason + "; \(PathBytes.display(folder)) now holds this report's "
                    + (done.isEmpty ? "no tables" : done.joined(separator: ", "))
                    + (earlier.isEmpty ? "" : " and the earlier report's " + earlier.joined(separator: ", ") + " (stale)"))
            }
            done.append(pending[index].name)
            index += 1
        }
        let written = Set(done)
        let stale = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { CorpusReport.isReportTable($0) && !written.contains($0) }
        for file in stale { try? FileManager.default.removeItem(atPath: folder + "/" + file) }
        pending = []
        return done.count
    }

    private static func commit(_ file: OutputFile) -> OutputFile.Failure? {
        do {
            try file.commit()
            return nil
        } catch {
            return error
        }
    }

    /// Removes the temporary files; the folder stays as it was.
    func discard() {
        for (_, file) in pending { file.discard() }
        pending = []
    }
}
