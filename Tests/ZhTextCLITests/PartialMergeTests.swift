import Foundation
import Testing

/// `--partial` and `zhtext merge`: the Corpus split in two groups of files, each counted apart,
/// merged, equals one run over the whole, byte for byte.
@Suite struct PartialMergeTests {
    static let first = ["Corpus/grassroots", "Corpus/rural/agri-tech-reflection.txt"]
    static let second = ["Corpus/rural/ecommerce-livestream-reflection.txt", "Corpus/rural/mountain-village-trad.txt",
                         "Corpus/rural/returning-entrepreneurs-report.txt", "Corpus/rural/river-chief-commentary.txt",
                         "Corpus/rural/tea-garden-report-gb18030.txt"]

    func temporaryFile(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-partial-\(UUID().uuidString)-\(name)").path
    }

    /// Partials of the two groups, merged with `render`, against one run with `render`.
    func expectMergeEqualsSingleRun(_ command: String, counting: [String], render: [String]) throws {
        let single = try CommandRunner.run([command] + Self.first + Self.second + counting + render)
        #expect(single.status == 0)
        var partials: [String] = []
        for group in [Self.first, Self.second] {
            let path = temporaryFile("\(command).partial")
            let result = try CommandRunner.run([command] + group + counting + ["--partial", "-o", path])
            #expect(result.status == 0, "\(result.stderr)")
            partials.append(path)
        }
        defer { for path in partials { try? FileManager.default.removeItem(atPath: path) } }
        let merged = try CommandRunner.run(["merge", "--as", command] + render + partials)
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(!single.stdout.isEmpty)
        #expect(merged.stdout == single.stdout)
    }

    @Test func freqWords() throws {
        try expectMergeEqualsSingleRun("freq", counting: [], render: ["--format", "csv"])
    }

    @Test func freqByDocumentTopAndMinCount() throws {
        try expectMergeEqualsSingleRun("freq", counting: ["--by", "document"], render: ["--top", "15", "--min-count", "2", "--format", "tsv"])
    }

    @Test func freqCharacterBigramsByEssay() throws {
        try expectMergeEqualsSingleRun("freq", counting: ["--unit", "char", "--ngram", "2", "--by", "essay"], render: ["--format", "json"])
    }

    @Test func collocations() throws {
        try expectMergeEqualsSingleRun("collocations", counting: ["--window", "3"], render: ["--min-count", "2", "--format", "csv"])
    }

    @Test func compareWithReference() throws {
        let single = try CommandRunner.run(["compare", "--target"] + Self.first + ["--reference"] + Self.second + ["--format", "csv"])
        #expect(single.status == 0)
        let a = temporaryFile("a"), b = temporaryFile("b")
        defer { for path in [a, b] { try? FileManager.default.removeItem(atPath: path) } }
        // Each partial may hold one side or both.
        _ = try CommandRunner.run(["compare", "--partial", "--target"] + Self.first + ["--reference"] + Self.second.prefix(2) + ["-o", a])
        _ = try CommandRunner.run(["compare", "--partial", "--reference"] + Self.second.dropFirst(2) + ["-o", b])
        // Partials concatenated on standard input merge as well.
        let input = try String(contentsOfFile: a, encoding: .utf8) + String(contentsOfFile: b, encoding: .utf8)
        let merged = try CommandRunner.run(["merge", "--as", "compare", "--format", "csv", "-"], input: input)
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout == single.stdout)
    }

    /// Merging in stages (`merge --partial`, as the Spark driver's tree of merges does) keeps
    /// documents apart and in order.
    @Test func stagedMergeByDocument() throws {
        let single = try CommandRunner.run(["freq", "--by", "document", "--format", "csv", "Corpus"])
        let groups = [["Corpus/grassroots"], Array(Self.second.prefix(2)), ["Corpus/rural/agri-tech-reflection.txt"] + Self.second.dropFirst(2)]
        var partials: [String] = []
        for group in groups {
            partials.append(try CommandRunner.run(["freq", "--partial", "--by", "document"] + group.sorted()).stdout)
        }
        // Corpus/ in name order: grassroots, then rural's files; the third group holds the rest.
        let staged = try CommandRunner.run(["merge", "--as", "freq", "--partial", "-"], input: partials[0] + partials[1])
        #expect(staged.status == 0)
        #expect(staged.stdout.hasPrefix("zhtext-partial\t1\tfreq\n"))
        #expect(staged.stdout.contains("group\t0.0\tCorpus/grassroots/"))
        let merged = try CommandRunner.run(["merge", "--as", "freq", "--format", "csv", "-"], input: staged.stdout + partials[2])
        #expect(merged.status == 0)
        #expect(merged.stdout != single.stdout)  // the third group's agri-tech file comes first in Corpus/rural
        let ordered = [["Corpus/grassroots"], ["Corpus/rural/agri-tech-reflection.txt"] + Self.second.prefix(2), Array(Self.second.dropFirst(2))]
        var again: [String] = []
        for group in ordered { again.append(try CommandRunner.run(["freq", "--partial", "--by", "document"] + group).stdout) }
        let stagedAgain = try CommandRunner.run(["merge", "--as", "freq", "--partial", "-"], input: again[0] + again[1])
        let mergedAgain = try CommandRunner.run(["merge", "--as", "freq", "--format", "csv", "-"], input: stagedAgain.stdout + again[2])
        #expect(mergedAgain.stdout == single.stdout)
    }

    @Test func partialsWithOtherOptionsAreRefused() throws {
        let a = temporaryFile("a"), b = temporaryFile("b")
        defer { for path in [a, b] { try? FileManager.default.removeItem(atPath: path) } }
        _ = try CommandRunner.run(["freq", "--partial", "-o", a] + Self.first)
        _ = try CommandRunner.run(["freq", "--partial", "--ngram", "2", "-o", b] + Self.second)
        let merged = try CommandRunner.run(["merge", "--as", "freq", a, b])
        #expect(merged.status == 1)
        #expect(merged.stderr.contains("ngram 1-1"))
        #expect(merged.stdout.isEmpty)
        let wrongKind = try CommandRunner.run(["merge", "--as", "collocations", a])
        #expect(wrongKind.status == 1)
        #expect(wrongKind.stderr.contains("a partial of freq"))
        let wrongGrouping = try CommandRunner.run(["merge", "--as", "freq", "--by", "document", a])
        #expect(wrongGrouping.status != 0)
    }

    @Test func compareAgainstGeneralChineseHasNoPartialForm() throws {
        let a = temporaryFile("a")
        defer { try? FileManager.default.removeItem(atPath: a) }
        _ = try CommandRunner.run(["compare", "--partial", "--target", "Corpus/grassroots", "-o", a])
        let merged = try CommandRunner.run(["merge", "--as", "compare", a])
        #expect(merged.status == 1)
        #expect(merged.stderr.contains("general Chinese"))
        let adapted = try CommandRunner.run(["freq", "--partial", "--adapt", "Corpus/grassroots"])
        #expect(adapted.status != 0)
        #expect(adapted.stderr.contains("--adapt"))
    }
}
