import Foundation
import Testing
import ZhText
import ZhTextReport
@testable import zhtext

/// The report's overview counts files, not the pieces a large file is read in.
@Suite struct ReportOverviewTests {
    @Test func thePiecesOfALargeFileAreOneRowOfTheOverview() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-overview-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(String(repeating: "张华说：“我们今天去北京。”他们都很高兴。\n", count: 200).utf8).write(to: URL(fileURLWithPath: path))
        var documents = [DocumentReader().read(text: "题目\n\n正文。", source: "small.txt")]
        try DocumentReader().readPieces(of: .file(path), limit: 1000, pieceSize: 700) { document, _ in documents.append(document) }
        documents.append(DocumentReader().read(text: "另一篇。", source: "other.txt"))
        #expect(documents.count > 5)

        let files = CorpusReport.files(of: documents)
        let overview = CorpusReport.overview(of: documents, files: files)
        #expect(overview.rows.map { $0[0].description } == ["small.txt", path, "other.txt"])
        #expect(overview.rows[1][4] == .integer(documents.dropFirst().dropLast().reduce(0) { $0 + $1.characterCount }))
        #expect(Set(files[1..<(documents.count - 1)]) == [1])
    }
}
