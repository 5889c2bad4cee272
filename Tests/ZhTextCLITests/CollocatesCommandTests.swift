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

    @Test func theSettingsAreTheTablesCaptionAndTheJSONsMember() throws {
        let arguments = ["collocates", "Corpus", "--term", "服务", "--span", "3,2", "--min-count", "2", "--measure", "ll,logdice", "--top", "3"]
        let notation = "CPN: LL, L3-R2, C1-NC2; stop words removed, numbers left out; node 服务"
        let text = try CommandRunner.run(arguments)
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first.map(String.init) == notation)
        #expect(lines.dropFirst().first?.hasPrefix("collocate  position") == true)
        #expect(!text.stderr.contains("CPN"))
        let json = try CommandRunner.run(arguments + ["--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["cpn"] as? String == notation)
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { ($0["count"] as? Int ?? 0) >= 2 })
        #expect(!json.stderr.contains("CPN"))
        // CSV and TSV stay a header and rows; the line goes to standard error.
        for format in ["csv", "tsv"] {
            let result = try CommandRunner.run(arguments + ["--format", format])
            #expect(result.stdout.hasPrefix("collocate"))
            #expect(!result.stdout.contains("CPN"))
            #expect(result.stderr.contains("zhtext: note: \(notation)\n"))
        }
        // An empty table keeps its caption.
        let none = try CommandRunner.run(["collocates", "Corpus", "--term", "量子纠缠", "--format", "json"])
        let empty = try #require(try JSONSerialization.jsonObject(with: Data(none.stdout.utf8)) as? [String: Any])
        #expect((empty["rows"] as? [Any])?.isEmpty == true)
        #expect((empty["cpn"] as? String)?.hasSuffix("node 量子纠缠") == true)
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

    @Test func aMergedTableHasTheCaptionOfTheSingleRun() throws {
        // Stop words kept: the caption's filters come from the partials' header.
        let counting = ["--term", "服务", "--keep-stopwords"]
        let single = try CommandRunner.run(["collocates"] + PartialMergeTests.first + PartialMergeTests.second + counting + ["--format", "json"])
        #expect(single.stdout.contains("\"cpn\": \"CPN: logDice, L5-R5, C1-NC1; numbers left out; node 服务\""))
        var partials: [String] = []
        defer { for path in partials { try? FileManager.default.removeItem(atPath: path) } }
        for group in [PartialMergeTests.first, PartialMergeTests.second] {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-collocates-\(UUID().uuidString)").path
            #expect(try CommandRunner.run(["collocates"] + group + counting + ["--partial", "-o", path]).status == 0)
            partials.append(path)
        }
        let merged = try CommandRunner.run(["merge", "--as", "collocates", "--format", "json"] + partials)
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout == single.stdout)
    }
}
