import Foundation
import Testing
import ZhText
import ZhTextReport

/// Outputs that used to blow up, carry raw control characters or run HTML, or lose data.
@Suite struct OutputEdgeCaseTests {
    @Test func oneHugeCellDoesNotPadEveryRowOfTheAlignedTable() {
        let huge = String(repeating: "好", count: 100_000)
        var rows: [[Cell]] = [[.text(huge), .integer(1)]]
        for index in 0..<50 { rows.append([.text("短"), .integer(index)]) }
        let table = Table(columns: ["text", "count"], rows: rows)
        let aligned = TableWriter.render(table, as: .table)
        let lines = aligned.split(separator: "\n")
        #expect(lines.count == 52)
        #expect(lines.allSatisfy { TableWriter.displayWidth(String($0)) <= 180 })
        #expect(lines[1].contains("…"))
        // CSV, TSV and JSON keep the cell whole.
        #expect(TableWriter.render(table, as: .csv).contains(huge))
        #expect(TableWriter.render(table, as: .tsv).contains(huge))
        #expect(TableWriter.render(table, as: .json).contains(huge))
    }

    @Test func controlCharactersNeverReachCSVRaw() {
        let table = Table(columns: ["text"], rows: [[.text("北\u{0}京\u{1B}[31m\u{7F}")], [.text("a\tb\nc")]])
        let csv = TableWriter.render(table, as: .csv)
        #expect(!csv.unicodeScalars.contains { $0.value == 0 || $0.value == 0x1B || $0.value == 0x7F })
        #expect(csv.contains("北\u{FFFD}京\u{FFFD}[31m\u{FFFD}"))
        // Tabs and line breaks are kept (quoted) in CSV.
        #expect(csv.contains("\"a\tb\nc\""))
        let tsv = TableWriter.render(table, as: .tsv)
        #expect(!tsv.unicodeScalars.contains { $0.value == 0 || $0.value == 0x1B })
        // JSON escapes them.
        #expect(TableWriter.render(table, as: .json).contains("\\u0000"))
    }

    @Test func theMarkdownReportEscapesHTML() {
        let report = Report(title: "zhtext report: <img src=x onerror=alert(1)>.txt", sections: [
            .init(heading: "Quotations", blocks: [
                .paragraph("<b>bold</b> & more"),
                .table(name: "quotes", Table(columns: ["text"], rows: [[.text("<script>alert(1)</script>")]])),
            ]),
        ])
        let markdown = ReportWriter.markdown(report)
        #expect(!markdown.contains("<img"))
        #expect(!markdown.contains("<script>"))
        #expect(!markdown.contains("<b>"))
        #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(markdown.contains("&amp; more"))
    }

    @Test func aRegularFileUnderDevIsTruncatedWhenWrittenInPlace() throws {
        guard FileManager.default.isWritableFile(atPath: "/dev/shm") else { return }
        let path = "/dev/shm/zhtext-\(UUID().uuidString).txt"
        defer { unlink(path) }
        try Data(String(repeating: "x", count: 5000).utf8).write(to: URL(fileURLWithPath: path))
        let file = try OutputFile(path: path)
        try file.write(Array("new\n".utf8))
        try file.commit()
        #expect(FileManager.default.contents(atPath: path) == Data("new\n".utf8))
    }

    @Test func replacingAFileWithOtherHardLinksSaysSo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-links-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("old".utf8).write(to: URL(fileURLWithPath: folder + "/a.txt"))
        link(folder + "/a.txt", folder + "/b.txt")
        let file = try OutputFile(path: folder + "/a.txt")
        #expect(file.otherLinks == 1)
        try file.write(Array("new".utf8))
        try file.commit()
        #expect(FileManager.default.contents(atPath: folder + "/a.txt") == Data("new".utf8))
        #expect(FileManager.default.contents(atPath: folder + "/b.txt") == Data("old".utf8))
    }

    @Test func anOutputNameThatIsNotUTF8IsWrittenUnderItsOwnBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-names-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let name = PathBytes.string(Array("out".utf8) + [0xFF] + Array(".txt".utf8))
        let file = try OutputFile(path: folder + "/" + name)
        try file.write(Array("x".utf8))
        try file.commit()
        let listed = try FileManager.default.contentsOfDirectoryRawNames(folder)
        #expect(listed == [Array("out".utf8) + [0xFF] + Array(".txt".utf8)])
    }
}

extension FileManager {
    /// The names in `folder`, as bytes.
    func contentsOfDirectoryRawNames(_ folder: String) throws -> [[UInt8]] {
        guard let directory = opendir(folder) else { throw CocoaError(.fileReadUnknown) }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name != Array(".".utf8), name != Array("..".utf8) { names.append(name) }
        }
        return names
    }
}
