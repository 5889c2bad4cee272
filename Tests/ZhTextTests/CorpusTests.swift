import Foundation
import Testing
@testable import ZhText

@Suite struct CorpusTests {
    @Test func folderIsReadRecursivelyAndABinaryFileDoesNotStopTheOthers() async {
        let corpus = await Corpus.read([Fixtures.folder.path])
        let names = corpus.documents.map { ($0.source as NSString).lastPathComponent }
        #expect(names.contains("community-night-visit.gb18030.txt"))
        #expect(names.contains("mountain-tea.big5.txt"))
        #expect(!names.contains("image.bin"))
        #expect(names == names.sorted())
        let errors = corpus.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.source.hasSuffix("image.bin") == true)
        #expect(corpus.hasErrors)
    }

    @Test func hiddenFilesAndReadmesInFoldersAreSkipped() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("题\n\n正文。\n".utf8).write(to: folder.appendingPathComponent("sub/a.txt"))
        try Data("隐藏\n".utf8).write(to: folder.appendingPathComponent(".hidden.txt"))
        try Data("x\n".utf8).write(to: folder.appendingPathComponent(".git/config"))
        try Data("# about\n".utf8).write(to: folder.appendingPathComponent("README.md"))
        let corpus = await Corpus.read([folder.path])
        #expect(corpus.documents.map { ($0.source as NSString).lastPathComponent } == ["a.txt"])
        #expect(corpus.diagnostics.isEmpty)
    }

    @Test func aFIFOInAFolderIsSkippedWithAWarningButReadWhenNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("正文。\n".utf8).write(to: folder.appendingPathComponent("a.txt"))
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let (items, diagnostics) = InputFiles.expand([folder.path])
        #expect(items == [.file(folder.appendingPathComponent("a.txt").path)])
        #expect(diagnostics.map(\.description) == ["warning: \(fifo): not a regular file (a FIFO, device or socket; skipped)"])
        #expect(InputFiles.expand([fifo]).items == [.file(fifo)])
    }

    @Test func aFileMarkedAsAnOutputIsNeverAnInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("a.txt").path, output = folder.appendingPathComponent("seg.txt").path
        try Data("正文。\n".utf8).write(to: URL(fileURLWithPath: input))
        try Data("正文 。\n".utf8).write(to: URL(fileURLWithPath: output))
        let identity = try #require(FileIdentity(path: output))
        InputFiles.markAsOutput(identity)
        // Unmarked before the file is removed: tests run in parallel, and another test's new
        // file may get its inode.
        defer { InputFiles.unmarkAsOutput(identity) }
        #expect(InputFiles.expand([folder.path]).items == [.file(input)])
    }

    @Test func missingPathIsAnErrorAndTheRestIsRead() async {
        let corpus = await Corpus.read(["/no/such/place.txt", Fixtures.path("mountain-tea.utf8.txt")])
        #expect(corpus.documents.count == 1)
        #expect(corpus.diagnostics.map(\.description) == ["error: /no/such/place.txt: no such file or folder"])
    }

    @Test func allEncodingsOfOneTextGiveTheSameEssays() async {
        let corpus = await Corpus.read([
            Fixtures.path("mountain-tea.utf8.txt"), Fixtures.path("mountain-tea.big5.txt"),
            Fixtures.path("mountain-tea.utf16le.txt"), Fixtures.path("mountain-tea.utf16be.txt"),
        ])
        let texts = corpus.documents.map { document in document.paragraphs.map { document.text($0.span) } }
        #expect(texts.count == 4)
        #expect(Set(texts.map { $0.joined(separator: "\n") }).count == 1)
        #expect(corpus.documents[0].essays.first?.title == "山城茶事")
    }
}
