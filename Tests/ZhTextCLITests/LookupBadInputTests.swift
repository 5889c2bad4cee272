import Foundation
import Testing

/// The bad input issue 23 names for the lookups, each a clear error or an empty table with a
/// note, never a crash: an unknown measure or tag, an empty dictionary, YAML that does not
/// parse, a pattern that does not compile, a node word the corpus lacks. (Other cases are in
/// CollocatesCommandTests, CountCommandTests and KwicSearchTests.)
@Suite struct LookupBadInputTests {
    func file(_ name: String, _ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-bad-\(UUID().uuidString)-\(name)")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func anUnknownTagIsAUsageErrorInEveryLookupThatTakesTags() throws {
        for arguments in [["collocates", "Corpus", "--term", "发展"], ["dtm", "Corpus", "-o", NSTemporaryDirectory() + "zhtext-bad-dtm-\(UUID().uuidString)"],
                          ["network", "Corpus"], ["kwic", "Corpus"]] {
            let result = try CommandRunner.run(arguments + ["--pos", "qq"])
            #expect(result.status == 64, "\(arguments[0])")
            #expect(result.stderr.hasPrefix("zhtext: error: --pos: unknown part-of-speech tag 'qq'"), "\(arguments[0])")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func anUnknownMeasureOrWeightIsAUsageErrorBeforeAnythingIsRead() throws {
        // merge checks --measure before it reads its partials: the file named here does not exist.
        let merge = try CommandRunner.run(["merge", "--as", "collocates", "--measure", "logdice,zscore", "/nonexistent/partial"])
        #expect(merge.status == 64)
        #expect(merge.stderr.contains("unknown measure 'zscore'"))
        let network = try CommandRunner.run(["network", "Corpus", "--weight", "cosine"])
        #expect(network.status == 64)
        #expect(network.stderr.contains("'cosine' is invalid for '--weight"))
    }

    @Test func aDictionaryWithoutTermsIsAnErrorNamingTheFile() throws {
        let liwc = try file("empty.dic", "%\n1\tposemo\n2\tnegemo\n%\n")
        let yaml = try file("empty.yaml", "")
        defer { for path in [liwc, yaml] { try? FileManager.default.removeItem(atPath: path) } }
        let noEntries = try CommandRunner.run(["count", "--dictionary", liwc, "Corpus"])
        #expect(noEntries.status == 64)
        #expect(noEntries.stderr == "zhtext: error: \(liwc): the dictionary lists no terms\n")
        #expect(noEntries.stdout.isEmpty)
        let empty = try CommandRunner.run(["count", "--dictionary", yaml, "Corpus"])
        #expect(empty.status == 64)
        #expect(empty.stderr == "zhtext: error: \(yaml): the dictionary is empty\n")
        // merge reads the dictionary too, with the same error.
        let merge = try CommandRunner.run(["merge", "--as", "count", "--dictionary", yaml, "/nonexistent/partial"])
        #expect(merge.status != 0)
        #expect(merge.stdout.isEmpty)
    }

    @Test func yamlThatDoesNotParseIsAnErrorWithFileAndLine() throws {
        let flow = try file("flow.yaml", "治理:\n  网格: [网格员, 网格化\n口号: 高质量发展\n")
        defer { try? FileManager.default.removeItem(atPath: flow) }
        let result = try CommandRunner.run(["count", "--dictionary", flow, "Corpus"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("zhtext: error: \(flow): line "))
        #expect(result.stderr.contains("not valid YAML"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func aNodeWordNotInTheCorpusGivesAnEmptyTableAndANoteByGroupAndWhenMerged() throws {
        let grouped = try CommandRunner.run(["collocates", "Corpus", "--term", "量子纠缠", "--by", "document", "--format", "tsv"])
        #expect(grouped.status == 0)
        #expect(grouped.stdout == "document\tcollocate\tposition\tcount\tleft\tright\tcollocate_count\tnode_count\tlogdice\n")
        #expect(grouped.stderr.contains("the node word '量子纠缠' does not occur in the corpus"))
        let partial = NSTemporaryDirectory() + "zhtext-bad-node-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: partial) }
        #expect(try CommandRunner.run(["collocates", "Corpus", "--term", "量子纠缠", "--partial", "-o", partial]).status == 0)
        let merged = try CommandRunner.run(["merge", "--as", "collocates", "--format", "csv", partial])
        #expect(merged.status == 0)
        #expect(merged.stdout == "collocate,position,count,left,right,collocate_count,node_count,logdice\r\n")
        #expect(merged.stderr.contains("the node word '量子纠缠' does not occur in the corpus"))
    }
}
