import Foundation
import Testing

/// `zhtext entities`: columns, aliases from a file, quoted speakers.
@Suite struct EntitiesCommandTests {
    @Test func entitiesOfTheCorpusWithAliases() throws {
        let result = try CommandRunner.run(["entities", "Corpus", "--aliases", "Corpus/README.aliases.txt", "--format", "tsv"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.first == ["entity", "kind", "aliases", "mentions", "documents", "quoted", "first_document"])
        #expect(rows.count > 10)
        #expect(rows.dropFirst().allSatisfy { ["person", "place", "organization"].contains($0[1]) })
        // Most mentioned first.
        let mentions = rows.dropFirst().map { Int($0[3])! }
        #expect(mentions == mentions.sorted(by: >))
        #expect(rows.dropFirst().contains { Int($0[5])! > 0 })
        let missing = try CommandRunner.run(["entities", "Corpus", "--aliases", "/nonexistent/aliases.txt"])
        #expect(missing.status == 64)
    }

    func rows(_ tsv: String) -> [[String]] {
        tsv.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func groupsByFieldAddUpToTheCorpusAndWhereKeepsItsDocuments() throws {
        let corpus = "Corpus-dated/dated-news.jsonl"
        let whole = try CommandRunner.run(["entities", "--format", "tsv", corpus])
        let grouped = try CommandRunner.run(["entities", "--by", "source", "--format", "tsv", corpus])
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(grouped.status == 0, "\(grouped.stderr)")
        let groupedRows = rows(grouped.stdout)
        #expect(groupedRows.first == ["source", "entity", "kind", "aliases", "mentions", "documents", "quoted", "first_document"])
        #expect(Set(groupedRows.dropFirst().map { $0[0] }) == ["江城日报", "云川观察", "南岭晚报"])
        // Each entity's mentions, documents and quotations over the groups sum to the corpus's.
        var sums: [String: [Int]] = [:]
        for row in groupedRows.dropFirst() {
            let counts = [Int(row[4])!, Int(row[5])!, Int(row[6])!]
            sums[row[1]] = zip(sums[row[1]] ?? [0, 0, 0], counts).map { $0 + $1 }
        }
        let wholeRows = rows(whole.stdout).dropFirst()
        #expect(wholeRows.count == sums.count)
        for row in wholeRows { #expect(sums[row[0]] == [Int(row[3])!, Int(row[4])!, Int(row[5])!], "\(row[0])") }
        // The mayor of 江城 is quoted in the first document of 江城日报, once in each of six documents.
        #expect(groupedRows.contains(["江城日报", "周立衡", "person", "市委书记周立衡", "6", "6", "6", "jc-2019-01"]))
        let filtered = try CommandRunner.run(["entities", "--by", "source", "--where", "source=江城日报", "--format", "tsv", corpus])
        #expect(filtered.status == 0, "\(filtered.stderr)")
        let kept = rows(filtered.stdout).dropFirst()
        #expect(!kept.isEmpty)
        #expect(Array(kept) == groupedRows.dropFirst().filter { $0[0] == "江城日报" })
        let essay = try CommandRunner.run(["entities", "--by", "essay", corpus])
        #expect(essay.status == 64)
        #expect(essay.stderr.contains("entities are counted per document"))
    }

    @Test func mergedPartialsEqualOneRun() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-entities-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let aliases = ["--aliases", "Corpus/README.aliases.txt"]
        for by in ["corpus", "document"] {
            let single = try CommandRunner.run(["entities", "--by", by, "--format", "csv"] + aliases
                + PartialMergeTests.first + PartialMergeTests.second)
            #expect(single.status == 0, "\(single.stderr)")
            var partials: [String] = []
            for (index, part) in [PartialMergeTests.first, PartialMergeTests.second].enumerated() {
                let path = folder.appendingPathComponent("\(by)-\(index).partial").path
                let result = try CommandRunner.run(["entities", "--by", by, "--partial", "-o", path] + aliases + part)
                #expect(result.status == 0, "\(result.stderr)")
                partials.append(path)
            }
            let merged = try CommandRunner.run(["merge", "--as", "entities", "--format", "csv"] + partials)
            #expect(merged.status == 0, "\(merged.stderr)")
            #expect(merged.stdout == single.stdout)
            // In stages: the two merged into one partial, then that one.
            let staged = folder.appendingPathComponent("\(by)-staged.partial").path
            #expect(try CommandRunner.run(["merge", "--as", "entities", "--partial", "-o", staged] + partials).status == 0)
            #expect(try CommandRunner.run(["merge", "--as", "entities", "--format", "csv", staged]).stdout == single.stdout)
        }
        // Other aliases: the partials do not merge.
        let plain = folder.appendingPathComponent("plain.partial").path
        #expect(try CommandRunner.run(["entities", "--partial", "-o", plain] + PartialMergeTests.second).status == 0)
        let withAliases = folder.appendingPathComponent("aliases.partial").path
        #expect(try CommandRunner.run(["entities", "--partial", "-o", withAliases] + aliases + PartialMergeTests.first).status == 0)
        let mixed = try CommandRunner.run(["merge", "--as", "entities", withAliases, plain])
        #expect(mixed.status != 0)
        #expect(mixed.stderr.contains("aliases"))
    }
}
