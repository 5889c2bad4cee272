import Foundation
import Testing

/// `--input-format jsonl`: one document per line, bad lines reported and skipped.
@Suite struct JSONLinesInputTests {
    static let lines = """
        {"id": "a", "text": "社区居民说：“服务要到位。”"}
        not json

        {"id": 7, "text": "调查研究是基本功。社区"}
        {"id": "c"}
        {"id": "d", "text": 5}
        [1, 2]
        {"id": true, "text": "社区"}

        """

    @Test func documentsAreNamedByTheirIdAndBadLinesSkipped() throws {
        let result = try CommandRunner.run(["freq", "--input-format", "jsonl", "--by", "document", "--format", "tsv", "-"],
                                           input: Self.lines)
        #expect(result.status == 1)
        let rows = result.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.first?.first == "document")
        #expect(rows.contains { $0[0] == "a" && $0[1] == "社区" })
        #expect(rows.contains { $0[0] == "7" && $0[1] == "基本功" })
        #expect(Set(rows.dropFirst().map { $0[0] }) == ["a", "7"])
        for expected in ["-: line 2: not valid JSON", "-: line 5: no \"text\" member", "-: line 6: \"text\" is not a string",
                         "-: line 7: not a JSON object", "-: line 8: \"id\" is neither a string nor a number"] {
            #expect(result.stderr.contains(expected), "\(expected)")
        }
        #expect(!result.stderr.contains("line 3"))
    }

    @Test func jsonlFilesAreDetectedAndFieldsConfigurable() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-jsonl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("part-0.jsonl")
        try Data("{\"url\": \"u1\", \"body\": \"社区居民说：“服务要到位。”\"}\n".utf8).write(to: file)
        let result = try CommandRunner.run(["quotes", "--id-field", "url", "--text-field", "body", "--format", "tsv", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("u1\t1\tbody\t1\tspeech\t社区居民"))
        let missing = try CommandRunner.run(["freq", folder.path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("part-0.jsonl: line 1: no \"id\" member"))
        let gz = folder.appendingPathComponent("more.jsonl.gz")
        try Data([0x1F, 0x8B, 0x08, 0x00]).write(to: gz)
        let compressed = try CommandRunner.run(["freq", gz.path, file.path, "--id-field", "url", "--text-field", "body"])
        #expect(compressed.status == 1)
        #expect(compressed.stderr.contains("compressed JSON Lines are not supported"))
        #expect(compressed.stdout.contains("社区"))
    }

    @Test func segmentReadsJSONLines() throws {
        let result = try CommandRunner.run(["segment", "--input-format", "jsonl", "-"],
                                           input: "{\"id\": \"a\", \"text\": \"社区居民\"}\n{\"id\": \"b\", \"text\": \"调查研究\"}\n")
        #expect(result.status == 0)
        #expect(result.stdout == "社区 居民\n调查 研究\n")
    }
}
