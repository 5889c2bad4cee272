import Foundation
import Testing

/// `zhtext collocates`: the table, its notes, bad input, and partials merged.
@Suite struct CollocatesCommandTests {
    @Test func collocatesOfAWordInTheCorpus() throws {
        let result = try CommandRunner.run(["collocates", "Corpus", "--term", "发展", "--measure", "logdice,mi,ll", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(whereSeparator: \.isNewline)
        #expect(lines.first == "collocate,position,count,left,right,collocate_count,node_count,logdice,mi,log_likelihood")
        #expect(lines.count > 5)
        #expect(result.stderr.contains("CPN: logDice, L5-R5, C1-NC1"))
        // Sorted by logDice, descending.
        let logDice = lines.dropFirst().compactMap { Double($0.split(separator: ",")[7]) }
        #expect(logDice == logDice.sorted(by: >))
    }

    @Test func anUnknownMeasureIsAUsageError() throws {
        let result = try CommandRunner.run(["collocates", "Corpus", "--term", "发展", "--measure", "logdice,zscore"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown measure 'zscore'"))
        #expect(result.stdout.isEmpty)
    }

    @Test func aNodeNotInTheCorpusIsAnEmptyTableAndANote() throws {
        let result = try CommandRunner.run(["collocates", "Corpus", "--term", "量子纠缠", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout == "collocate,position,count,left,right,collocate_count,node_count,logdice\r\n")
        #expect(result.stderr.contains("'量子纠缠' does not occur"))
    }

    @Test func partialsMergeIntoTheSingleRun() throws {
        let counting = ["--term", "服务", "--span", "3,2", "--by", "document"]
        let render = ["--measure", "mi3,t,dice", "--format", "tsv"]
        let single = try CommandRunner.run(["collocates"] + PartialMergeTests.first + PartialMergeTests.second + counting + render)
        #expect(single.status == 0, "\(single.stderr)")
        var partials: [String] = []
        defer { for path in partials { try? FileManager.default.removeItem(atPath: path) } }
        for group in [PartialMergeTests.first, PartialMergeTests.second] {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-collocates-\(UUID().uuidString)").path
            let result = try CommandRunner.run(["collocates"] + group + counting + ["--partial", "-o", path])
            #expect(result.status == 0, "\(result.stderr)")
            partials.append(path)
        }
        let merged = try CommandRunner.run(["merge", "--as", "collocates"] + render + partials)
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(single.stdout.split(separator: "\n").count > 3)
        #expect(merged.stdout == single.stdout)
        // Merged in stages: the sums as one partial, merged again.
        let staged = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-collocates-\(UUID().uuidString)").path
        partials.append(staged)
        let stage = try CommandRunner.run(["merge", "--as", "collocates", "--partial", "-o", staged] + partials.dropLast())
        #expect(stage.status == 0, "\(stage.stderr)")
        let again = try CommandRunner.run(["merge", "--as", "collocates"] + render + [staged])
        #expect(again.stdout == single.stdout)
    }
}
