import Foundation
import Testing

/// `zhtext count --dictionary`: the table, agreement with freq, bad dictionaries, partials.
@Suite struct CountCommandTests {
    func file(_ name: String, _ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-count-\(UUID().uuidString)-\(name)")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func rows(_ tsv: String) -> [[String]] {
        tsv.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    static let yaml = "服务:\n  公共服务: [服务, 志愿*]\n  治理: [网格员, 网格*, 物业]\n群众: [居民, 群众, 村民]\n"

    @Test func eachCategoryCountsTheFreqCountsOfTheWordsItMatched() throws {
        let dictionary = try file("d.yaml", Self.yaml)
        defer { try? FileManager.default.removeItem(atPath: dictionary) }
        let result = try CommandRunner.run(["count", "--dictionary", dictionary, "--format", "tsv", "Corpus"])
        #expect(result.status == 0, "\(result.stderr)")
        let table = rows(result.stdout)
        #expect(table.first == ["category", "count", "per_million", "documents", "matched"])
        #expect(table.dropFirst().map { $0[0] } == ["服务", "服务/公共服务", "服务/治理", "群众"])
        let freq = try CommandRunner.run(["freq", "--keep-stopwords", "--format", "tsv", "Corpus"])
        let counts = Dictionary(uniqueKeysWithValues: rows(freq.stdout).dropFirst().map { ($0[0], Int($0[3])!) })
        for row in table.dropFirst() {
            let matched = row[4].split(separator: " ").map { $0.split(separator: ":") }
            #expect(!matched.isEmpty)
            #expect(Int(row[1]) == matched.reduce(0) { $0 + (counts[String($1[0])] ?? -1_000_000) })
            for pair in matched { #expect(Int(pair[1]) == counts[String(pair[0])]) }
        }
    }

    @Test func badDictionariesAreOneLineErrors() throws {
        let broken = try file("bad.yaml", "服务:\n  - 社区\n  bad: [x\n")
        let empty = try file("empty.yaml", "# nothing yet\n")
        defer { for path in [broken, empty] { try? FileManager.default.removeItem(atPath: path) } }
        let parse = try CommandRunner.run(["count", "--dictionary", broken, "Corpus"])
        #expect(parse.status != 0)
        #expect(parse.stderr == "zhtext: error: \(broken): line 3: not valid YAML: did not find expected '-' indicator (while parsing a block collection)\n")
        #expect(parse.stdout.isEmpty)
        let none = try CommandRunner.run(["count", "--dictionary", empty, "Corpus"])
        #expect(none.status != 0)
        #expect(none.stderr.contains("the dictionary is empty"))
    }

    @Test func partialsMergeIntoTheSingleRun() throws {
        let dictionary = try file("d.yaml", Self.yaml)
        let other = try file("other.yaml", "群众: [居民]\n")
        var paths = [dictionary, other]
        defer { for path in paths { try? FileManager.default.removeItem(atPath: path) } }
        let single = try CommandRunner.run(["count", "--dictionary", dictionary, "--by", "document", "--format", "csv"]
            + PartialMergeTests.first + PartialMergeTests.second)
        #expect(single.status == 0)
        var partials: [String] = []
        for group in [PartialMergeTests.first, PartialMergeTests.second] {
            let path = try file("partial", "")
            partials.append(path)
            let result = try CommandRunner.run(["count", "--dictionary", dictionary, "--by", "document", "--partial", "-o", path] + group)
            #expect(result.status == 0, "\(result.stderr)")
        }
        paths += partials
        let merged = try CommandRunner.run(["merge", "--as", "count", "--dictionary", dictionary, "--format", "csv"] + partials)
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout == single.stdout)
        let wrong = try CommandRunner.run(["merge", "--as", "count", "--dictionary", other] + partials)
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("counted with the dictionary"))
    }
}
