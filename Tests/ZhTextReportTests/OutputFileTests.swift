import Foundation
import Testing
import ZhText
import ZhTextReport

@Suite struct OutputFileTests {
    /// A fresh folder for one test, removed afterwards by the caller.
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-output-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    func hiddenFiles(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".") }
    }

    @Test func theTargetChangesOnlyWhenTheOutputIsCommitted() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/out.txt"
        try "previous".write(toFile: path, atomically: false, encoding: .utf8)
        let file = try OutputFile(path: path)
        try file.write(Array("new".utf8))
        #expect(contents(path) == "previous")
        #expect(try hiddenFiles(in: folder).count == 1)
        try file.commit()
        #expect(contents(path) == "new")
        #expect(try hiddenFiles(in: folder).isEmpty)
    }

    @Test func aDiscardedOutputLeavesThePreviousFileAndNoTemporaryFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/out.txt"
        try "previous".write(toFile: path, atomically: false, encoding: .utf8)
        do {
            let file = try OutputFile(path: path)
            try file.write(Array("half of it".utf8))
            // Dropped without commit(), as when a run throws.
        }
        #expect(contents(path) == "previous")
        #expect(try hiddenFiles(in: folder).isEmpty)
    }

    @Test func aSymbolicLinkIsFollowedAndKept() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "previous".write(toFile: folder + "/real.txt", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.txt", withDestinationPath: "real.txt")
        let file = try OutputFile(path: folder + "/link.txt")
        try file.write(Array("new".utf8))
        try file.commit()
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.txt") == "real.txt")
        #expect(contents(folder + "/real.txt") == "new")
    }

    @Test func theReplacedFileKeepsItsPermissions() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/out.txt"
        try "previous".write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        let file = try OutputFile(path: path)
        try file.commit()
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
    }

    @Test func aDeviceIsWrittenDirectlyAndNeverReplaced() throws {
        let file = try OutputFile(path: "/dev/null")
        #expect(file.target == nil)
        try file.write(Array("gone".utf8))
        try file.commit()
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func aFolderOrAMissingFolderIsOneClearReason() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: OutputFile.Failure.self) { try OutputFile(path: folder) }
        do {
            _ = try OutputFile(path: folder)
        } catch {
            #expect(error.description == "cannot write \(folder): it is a folder")
        }
        do {
            _ = try OutputFile(path: folder + "/nowhere/out.txt")
        } catch {
            #expect(error.description == "cannot write \(folder)/nowhere/out.txt: the folder \(folder)/nowhere does not exist")
        }
    }

    @Test func theReplacedFileIsKnownByItsIdentity() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/out.txt"
        try "previous".write(toFile: path, atomically: false, encoding: .utf8)
        let file = try OutputFile(path: path)
        #expect(file.previous == FileIdentity(path: path))
        file.discard()
    }

    @Test func systemErrorsReadAsLowercaseReasons() {
        #expect(describeSystemError(ENOSPC) == "no space left on device")
        #expect(describeSystemError(EACCES) == "permission denied")
    }
}
