import Foundation
import Testing

@Suite struct ReportCommandTests {
    @Test func htmlReportOfTheCorpusWithExportedTables() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("report.html").path
        let export = folder.appendingPathComponent("tables").path
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try CommandRunner.run(["report", "Corpus", "--output", html, "--export", export, "--bom"])
        #expect(result.status == 0)
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(!page.contains("http://") || page.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!page.contains("<script src"))
        #expect(page.contains("<h2>Overview</h2>"))
        #expect(page.contains("11 documents, 13 essays"))
        #expect(page.contains("<h2>Keyness: Corpus/grassroots against Corpus/rural</h2>"))
        #expect(page.contains("<rect class=\"bar\""))
        #expect(page.contains("<td>陈立新</td>") || page.contains("陈立新"))
        // A table of contents links to every section, with its rows; sections fold; long
        // tables have a filter box; a speaker in the summary leads to their quotations.
        #expect(page.contains("<li><a href=\"#section-1\">Overview</a> <span class=\"rows\">(11 rows)</span></li>"))
        #expect(page.contains("<section id=\"section-1\"><details open>\n<summary><h2>Overview</h2></summary>"))
        #expect(page.contains("<input class=\"filter\" type=\"search\" placeholder=\"filter rows\" data-table=\"table-quotes\">"))
        #expect(page.contains("<table id=\"table-quotes-summary\">"))
        // An essay's key-phrase chart is named by the essay's title.
        #expect(page.contains("aria-label=\"把居民的小事当成社区的大事 (Corpus/grassroots/community-service-reflections.txt, essay 2)\""))
        // A concordance that shows fewer lines than the term has says so.
        #expect(page.contains("occurrences; the first 10 are shown (zhtext kwic --term"))
        let tables = try FileManager.default.contentsOfDirectory(atPath: export).sorted()
        #expect(tables.contains("freq.csv") && tables.contains("compare.csv") && tables.contains("quotes.csv")
                && tables.contains("network.csv"))
        let freq = [UInt8](try Data(contentsOf: URL(fileURLWithPath: export + "/freq.csv")))
        #expect(freq.starts(with: [0xEF, 0xBB, 0xBF] + Array("term,tokens,n,count,documents,per_million".utf8)))
    }

    @Test func reportGoesToStandardOutputWhenItIsRedirected() throws {
        let result = try CommandRunner.run(["report", "Corpus/rural", "--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# zhtext report: Corpus/rural\n"))
        #expect(result.stderr.contains("zhtext: wrote standard output"))
        // Charts written as tables are headed by what their labels are, then the measure.
        #expect(result.stdout.contains("| term | count |"))
        #expect(result.stdout.contains("| speaker | quotations by speaker |"))
    }

    @Test func markdownReportKeepsGoingPastABinaryFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("题目\n\n张华说：“要多走路。”社区服务很重要。\n".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1]).write(to: folder.appendingPathComponent("b.png"))
        let markdown = folder.appendingPathComponent("report.md").path
        let result = try CommandRunner.run(["report", folder.path, "--format", "markdown", "--output", markdown])
        #expect(result.status == 1)
        let text = try String(contentsOfFile: markdown, encoding: .utf8)
        #expect(text.contains("## Overview"))
        #expect(text.contains("| error | \(folder.path)/b.png | byte 4 | looks like a binary file, not text (skipped) |"))
        #expect(text.contains("| speech | 张华 | 1 |"))
    }
}
