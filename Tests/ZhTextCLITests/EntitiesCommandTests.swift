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
}
