import Foundation
import Testing

/// `zhtext dtm`: the triplets read back into `freq --by document`'s counts.
@Suite struct DtmCommandTests {
    func folder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-dtm-\(UUID().uuidString)").path
    }

    func csvRows(_ path: String) throws -> [[String]] {
        try String(contentsOfFile: path, encoding: .utf8).split(whereSeparator: \.isNewline)
            .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func tripletsReadBackIntoFreqByDocument() throws {
        let out = folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try CommandRunner.run(["dtm", "Corpus", "-o", out, "--mtx"])
        #expect(result.status == 0, "\(result.stderr)")
        let triplets = try csvRows(out + "/triplets.csv")
        #expect(triplets.first == ["doc_id", "feature", "count"])
        var cells: [String: Int] = [:]
        for row in triplets.dropFirst() { cells[row[0] + "\t" + row[1], default: 0] += Int(row[2])! }
        let freq = try CommandRunner.run(["freq", "--by", "document", "--format", "tsv", "Corpus"])
        var expected: [String: Int] = [:]
        for line in freq.stdout.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            expected[fields[0] + "\t" + fields[2], default: 0] += Int(fields[4])!
        }
        #expect(cells.count > 1000)
        #expect(cells == expected)
        // Matrix Market: the size line, and the same cells by row and column number.
        let lines = try String(contentsOfFile: out + "/dtm.mtx", encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("%") }
        let size = lines[0].split(separator: " ").map { Int($0)! }
        let rows = try String(contentsOfFile: out + "/rows.txt", encoding: .utf8).split(separator: "\n").map(String.init)
        let columns = try String(contentsOfFile: out + "/columns.txt", encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(size == [rows.count, columns.count, cells.count])
        var fromMatrix: [String: Int] = [:]
        for line in lines.dropFirst() {
            let numbers = line.split(separator: " ").map { Int($0)! }
            fromMatrix[rows[numbers[0] - 1] + "\t" + columns[numbers[1] - 1]] = numbers[2]
        }
        #expect(fromMatrix == cells)
    }

    @Test func docvarsHoldTheFieldsAndMinCountDropsRareFeatures() throws {
        let out = folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let records = """
            {"id":"a","year":2024,"src":"日报","text":"我们推进高质量发展。高质量发展是硬道理。"}
            {"id":"b","src":"晚报","text":"高质量发展要靠创新。"}

            """
        let result = try CommandRunner.run(["dtm", "--input-format", "jsonl", "-", "-o", out, "--min-count", "2"], input: records)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try csvRows(out + "/docvars.csv") == [["doc_id", "year", "src"], ["a", "2024", "日报"], ["b", "", "晚报"]])
        #expect(try csvRows(out + "/triplets.csv") == [["doc_id", "feature", "count"], ["a", "高质量发展", "2"], ["b", "高质量发展", "1"]])
    }
}
