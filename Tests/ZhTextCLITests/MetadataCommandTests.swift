import Foundation
import Testing

/// Documents with fields: JSON Lines members, CSV columns and `--metadata` tables, grouped by
/// `--by` and chosen by `--where`, the same in one run as in partials merged.
@Suite struct MetadataCommandTests {
    static let records = """
        {"id":"r1","date":"2023-03-05","source":"日报","text":"我们要推进高质量发展。高质量发展是硬道理。"}
        {"id":"r2","source":"晚报","date":"2024年5月","text":"新质生产力正在形成。"}
        {"id":"r3","date":"2024/11/2","source":"日报","text":"发展新质生产力，推进高质量发展。"}
        {"id":"r4","date":"不详","source":"晚报","text":"高质量发展要靠新质生产力。"}

        """

    /// A folder holding `files` (name → content), removed after `body`.
    func withFolder(_ files: [String: String], _ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-meta-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, content) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
        try body(folder)
    }

    func rows(_ tsv: String) -> [[String]] {
        tsv.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func freqGroupsByAFieldAndAYearAndWarnsOfDatesItCannotRead() throws {
        let result = try CommandRunner.run(["freq", "--by", "date:year,source", "--format", "tsv", "--input-format", "jsonl", "-"],
                                           input: Self.records)
        #expect(result.status == 0, "\(result.stderr)")
        let table = rows(result.stdout)
        #expect(table.first == ["date:year", "source", "term", "tokens", "n", "count", "documents", "per_million"])
        #expect(table.contains(["2023", "日报", "高质量发展", "高质量发展", "1", "2", "1", "285714.29"]))
        #expect(table.contains { $0[0] == "2024" && $0[1] == "日报" && $0[2] == "新质生产力" })
        #expect(table.contains { $0[0] == "" && $0[1] == "晚报" && $0[2] == "新质生产力" })
        // Periods in time order, the document whose date is unreadable last.
        let periods = table.dropFirst().map { $0[0] }
        #expect(periods == periods.sorted { $1.isEmpty || (!$0.isEmpty && $0 < $1) })
        #expect(result.stderr.contains("r4: field date: '不详' is not a date"))
    }

    @Test func whereChoosesDocumentsOnEveryCommand() throws {
        let freq = try CommandRunner.run(["freq", "--where", "source=日报", "--where", "date>=2024", "--format", "tsv",
                                          "--input-format", "jsonl", "-"], input: Self.records)
        #expect(freq.status == 0)
        #expect(rows(freq.stdout).contains { $0[0] == "新质生产力" && $0[3] == "1" })
        #expect(!freq.stdout.contains("硬道理"))
        let segment = try CommandRunner.run(["segment", "--where", "source=晚报", "--input-format", "jsonl", "-"], input: Self.records)
        #expect(segment.stdout == "新质生产力 正在 形成 。\n高质量发展 要 靠 新质生产力 。\n")
        let kwic = try CommandRunner.run(["kwic", "--term", "高质量发展", "--where", "date<=2023-12-31", "--format", "tsv",
                                          "--input-format", "jsonl", "-"], input: Self.records)
        #expect(rows(kwic.stdout).dropFirst().count == 2)
        #expect(rows(kwic.stdout).dropFirst().allSatisfy { $0[0] == "r1" })
    }

    @Test func aFieldNoDocumentHasIsAUsageErrorListingTheFields() throws {
        for arguments in [["freq", "--by", "outlet"], ["quotes", "--where", "outlet=日报"], ["segment", "--where", "outlet=x"]] {
            let result = try CommandRunner.run(arguments + ["--input-format", "jsonl", "-"], input: Self.records)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains("'outlet', which no document has; the fields are date, source"), "\(result.stderr)")
        }
    }

    @Test func csvRowsAreDocumentsAndRaggedRowsAreSkippedWithTheirLine() throws {
        let csv = "id,text,date,source\n1,\"他说：“好，”然后走了。\n第二天又来了。\",2024-01-02,日报\n2,太少,2024\n3,第三篇文章。,2025,晚报\n"
        try withFolder(["export.csv": csv]) { folder in
            let result = try CommandRunner.run(["freq", "--by", "source", "--format", "tsv", folder.path])
            #expect(result.status == 1)
            #expect(result.stderr.contains("export.csv: line 4: 3 cells where the header has 4 (the row is skipped)"))
            let table = rows(result.stdout)
            #expect(table.first?.first == "source")
            #expect(table.contains { $0[0] == "日报" && $0[1] == "第二天" })
            #expect(table.contains { $0[0] == "晚报" && $0[1] == "文章" })
            let essays = try CommandRunner.run(["essays", "--format", "tsv", folder.appendingPathComponent("export.csv").path])
            #expect(rows(essays.stdout).first?.last == "fields")
            #expect(rows(essays.stdout).contains { $0[0] == "3" && $0.last == #"{"date":"2025","source":"晚报"}"# })
        }
    }

    @Test func aMetadataTableGivesTextFilesTheirFields() throws {
        try withFolder([
            "2023/a.txt": "高质量发展是硬道理。", "2024/b.txt": "新质生产力正在形成。", "2024/c.txt": "推进高质量发展。",
            "meta.csv": "path,date,source\n2023/a.txt,2023-03-05,日报\n2024/b.txt,2024-05-01,晚报\n",
        ]) { folder in
            let meta = folder.appendingPathComponent("meta.csv").path
            let result = try CommandRunner.run(["freq", "--metadata", meta, "--by", "date:year", "--format", "tsv",
                                                folder.appendingPathComponent("2023").path, folder.appendingPathComponent("2024").path])
            #expect(result.status == 0, "\(result.stderr)")
            let table = rows(result.stdout)
            #expect(table.contains { $0[0] == "2023" && $0[1] == "硬道理" })
            #expect(table.contains { $0[0] == "2024" && $0[1] == "新质生产力" })
            #expect(table.contains { $0[0] == "" && $0[1] == "推进" })
            #expect(result.stderr.contains("c.txt: not listed in the metadata table"))
            let chosen = try CommandRunner.run(["segment", "--metadata", meta, "--where", "source=晚报", folder.path])
            #expect(chosen.stdout == "新质生产力 正在 形成 。\n")
            let missing = try CommandRunner.run(["freq", "--metadata", folder.appendingPathComponent("none.csv").path, folder.path])
            #expect(missing.status == 64)
        }
    }

    @Test func partialsGroupedByAFieldMergeIntoTheSingleRun() throws {
        let lines = Self.records.split(separator: "\n").map(String.init)
        try withFolder(["one.jsonl": lines[0] + "\n" + lines[1] + "\n", "two.jsonl": lines[2] + "\n" + lines[3] + "\n"]) { folder in
            let one = folder.appendingPathComponent("one.jsonl").path, two = folder.appendingPathComponent("two.jsonl").path
            for by in ["source", "date:year", "source,document"] {
                let single = try CommandRunner.run(["freq", "--by", by, "--format", "tsv", one, two])
                var partials: [String] = []
                for (index, file) in [one, two].enumerated() {
                    let partial = try CommandRunner.run(["freq", "--by", by, "--partial", file])
                    #expect(partial.status == 0, "\(partial.stderr)")
                    let path = folder.appendingPathComponent("p\(index).tsv").path
                    try Data(partial.stdout.utf8).write(to: URL(fileURLWithPath: path))
                    partials.append(path)
                }
                let merged = try CommandRunner.run(["merge", "--as", "freq", "--format", "tsv"] + partials)
                #expect(merged.status == 0, "\(merged.stderr)")
                #expect(merged.stdout == single.stdout, "--by \(by)")
                #expect(rows(merged.stdout).count > 5)
            }
        }
    }

    @Test func aOneLineRecordIsCountedByEveryAnalysis() throws {
        let record = "{\"id\":\"q\",\"text\":\"他说：“我们明天去北京！”\"}\n"
        let freq = try CommandRunner.run(["freq", "--format", "tsv", "--input-format", "jsonl", "-"], input: record)
        #expect(rows(freq.stdout).contains { $0[0] == "北京" })
        let quotes = try CommandRunner.run(["quotes", "--format", "tsv", "--input-format", "jsonl", "-"], input: record)
        #expect(quotes.stdout.contains("我们明天去北京"))
    }
}
