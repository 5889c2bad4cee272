import Foundation
import Testing

/// `FILE#N` on the command line reads one essay of a file.
@Suite struct EssaySelectionTests {
    static let file = "Corpus/grassroots/community-service-reflections.txt"

    /// A new empty folder; the caller removes it.
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-essay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func fileHashNumberReadsThatEssayAlone() throws {
        let result = try CommandRunner.run(["essays", "--format", "tsv", Self.file + "#2"])
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.count == 1)
        #expect(rows.first?[0] == Self.file + "#2")
        #expect(rows.first?[2] == "把居民的小事当成社区的大事")
        // The same paragraphs and characters as essay 2 of the whole file.
        let whole = try CommandRunner.run(["essays", "--format", "tsv", Self.file])
        let second = whole.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }.first { $0[1] == "2" }
        #expect(second.map { Array($0.suffix(3)) } == rows.first.map { Array($0.suffix(3)) })
    }

    @Test func essaysOfOneFileCanBeCompared() throws {
        let result = try CommandRunner.run([
            "compare", "--target", Self.file + "#3", "--reference", Self.file + "#1", Self.file + "#2", "--format", "tsv",
        ])
        #expect(result.status == 0)
        let positive = result.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
            .filter { $0.contains("+") }
        #expect(positive.contains { $0[0] == "志愿" || $0[0] == "志愿者" || $0[0] == "志愿服务" })
    }

    @Test func anEssayOfAFileInAnotherEncodingKeepsItsText() throws {
        let result = try CommandRunner.run(["kwic", "--term", "茶产业", "--format", "tsv", "Corpus/rural/tea-garden-report-gb18030.txt#1"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("茶产业"))
        #expect(!result.stdout.contains("\u{FFFD}"))
    }

    @Test func aMissingEssayIsAnErrorThatSaysHowManyThereAre() throws {
        let result = try CommandRunner.run(["essays", Self.file + "#9", "Corpus/rural"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(Self.file)#9: \(Self.file) has 3 essays; there is no essay #9"))
        // The other inputs are still read.
        #expect(result.stdout.contains("Corpus/rural/"))
    }

    @Test func theFileAnEssayIsReadFromIsNeverTheOutput() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("essays.txt").path
        let text = try String(contentsOfFile: Self.file, encoding: .utf8)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let result = try CommandRunner.run(["segment", path + "#2", "-o", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("it is also an input (\(path)#2)"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test func aFolderHasNoEssaysToSelect() throws {
        let result = try CommandRunner.run(["essays", "Corpus#1"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Corpus#1: #1 selects an essay of a file; Corpus is a folder"))
    }

    @Test func aFileWhoseNameEndsWithHashAndNumberIsReadWhole() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("notes#2").path
        try "第一篇\n\n正文一。\n\n第二篇\n\n正文二。\n".write(toFile: path, atomically: false, encoding: .utf8)
        let result = try CommandRunner.run(["essays", "--format", "tsv", path])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.hasPrefix(path + "\t") })
    }
}
