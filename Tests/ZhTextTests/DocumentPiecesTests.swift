import Foundation
import Testing
@testable import ZhText

/// Files too large to read whole come as pieces with true offsets.
@Suite struct DocumentPiecesTests {
    func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-pieces-\(UUID().uuidString).txt").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aLargeFileIsReadInPiecesWithTrueOffsets() throws {
        let line = "张华说：“我们今天去北京。”他们都很高兴。"
        let text = String(repeating: line, count: 200)
        let path = try file(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = DocumentReader().read(text: text, source: path)
        var pieces: [Document] = []
        var bytes = 0
        try DocumentReader().readPieces(of: .file(path), limit: 1000, pieceSize: 700) { document, count in
            pieces.append(document)
            bytes += count
        }
        #expect(pieces.count > 5)
        #expect(bytes == text.utf8.count)
        #expect(pieces.map(\.piece) == Array(1...pieces.count))
        #expect(pieces.reduce(0) { $0 + $1.characterCount } == whole.characterCount)
        #expect(pieces[0].diagnostics.first?.message.contains("read in pieces") == true)
        #expect(pieces.dropFirst().allSatisfy { $0.diagnostics.isEmpty })
        // Essays are numbered on across pieces; offsets point into the whole file's text.
        #expect(pieces.flatMap(\.essays).map(\.number) == Array(1...pieces.count))
        let finder = QuotationFinder()
        let quoted = pieces.flatMap { finder.quotations(in: $0) }
        #expect(quoted.count >= 190)
        for quotation in quoted {
            #expect(whole.text(quotation.span) == quotation.text)
        }
    }

    @Test func aPiecesWarningNamesTheFilesByteAndLineNotThePieces() throws {
        let line = "第一行：我们今天去北京，居民都很高兴。\n"
        var bytes = Array(String(repeating: line, count: 100).utf8)
        let badLine = 80
        let badByte = bytes.count / 100 * (badLine - 1) + 3
        bytes[badByte] = 0xFF
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-pieces-\(UUID().uuidString).txt").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = try DocumentReader().read(bytes: bytes, source: path)
        #expect(whole.diagnostics.map(\.location) == ["byte \(badByte)"])
        var pieces: [Document] = []
        try DocumentReader().readPieces(of: .file(path), limit: 1000, pieceSize: 700) { document, _ in pieces.append(document) }
        #expect(pieces.count > 5)
        let invalid = pieces.flatMap(\.diagnostics).filter { $0.message.contains("invalid UTF-8") }
        #expect(invalid.map(\.location) == ["byte \(badByte)"])
        #expect(DocumentReader.Pieces.placedInFile(
            Diagnostic(.warning, source: path, location: "line 3", message: "m"), byteOffset: 100, linesBefore: 40).location == "line 43")
        #expect(DocumentReader.Pieces.lineBreakCount(Array("a\nb\r\nc\rd\u{2028}e".utf8)) == 4)
    }

    @Test func composedCharactersKeepOffsetsIntoTheTextAsWrittenAcrossPieces() throws {
        // NFD é (e + U+0301) and a variation selector in 北京 in every line: the offsets of
        // 北京 in pieces are those of the text as written, read whole.
        let line = "cafe\u{301}说：“我们去北\u{FE00}京。”\n"
        let text = String(repeating: line, count: 120)
        let path = try file(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let written = Array(text.unicodeScalars)
        var pieces: [Document] = []
        try DocumentReader().readPieces(of: .file(path), limit: 1000, pieceSize: 700) { document, _ in pieces.append(document) }
        #expect(pieces.count > 3)
        #expect(pieces.reduce(0) { $0 + $1.originalCharacterCount } == written.count)
        let quoted = pieces.flatMap { QuotationFinder().quotations(in: $0) }
        #expect(quoted.count == 120)
        for quotation in quoted {
            #expect(quotation.text == "我们去北京。")
            #expect(String(String.UnicodeScalarView(written[quotation.span.start..<quotation.span.end])) == "我们去北\u{FE00}京。")
        }
    }

    @Test func aSmallFileIsOneDocument() throws {
        let path = try file("题目\n\n他说：“好。”\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var pieces: [Document] = []
        try DocumentReader().readPieces(of: .file(path)) { document, _ in pieces.append(document) }
        #expect(pieces.count == 1 && pieces[0].piece == 0 && pieces[0].firstCharacter == 0)
    }
}

/// `selectedEssay` reads one essay of a file and refuses anything else with an error, never a trap.
@Suite struct SelectedEssayTests {
    @Test func aWholeFileIsRefusedWithAnErrorNamingIt() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-essay-\(UUID().uuidString).txt").path
        try Data("第一段。\n\n第二段。\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            _ = try DocumentReader().selectedEssay(.file(path))
        } throws: { error in
            (error as? InputError)?.diagnostic.message.contains("is not an essay selection") == true
        }
        let essay = try DocumentReader().selectedEssay(.essay(path, 1))
        #expect(essay.text.hasPrefix("第一段。"))
    }
}
