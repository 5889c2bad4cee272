import Testing
@testable import ZhText

@Suite struct TextDecoderTests {
    let decoder = TextDecoder()

    @Test func gb18030DecodesToTheSameTextAsUTF8() throws {
        let expected = try Fixtures.text("community-night-visit.utf8.txt")
        let decoded = try decoder.decode(try Fixtures.bytes("community-night-visit.gb18030.txt"), source: "gb")
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == expected)
        #expect(decoded.diagnostics.isEmpty)
    }

    @Test func big5DecodesToTheSameTextAsUTF8() throws {
        let expected = try Fixtures.text("mountain-tea.utf8.txt")
        let decoded = try decoder.decode(try Fixtures.bytes("mountain-tea.big5.txt"), source: "big5")
        #expect(decoded.encoding.name.lowercased().hasPrefix("big5"))
        #expect(decoded.text == expected)
    }

    @Test(arguments: ["mountain-tea.utf16le.txt", "mountain-tea.utf16be.txt"])
    func utf16WithByteOrderMarkDecodesWithoutTheMark(name: String) throws {
        let expected = try Fixtures.text("mountain-tea.utf8.txt")
        let decoded = try decoder.decode(try Fixtures.bytes(name), source: name)
        #expect(decoded.text == expected)
        #expect(decoded.encoding.name.hasPrefix("UTF-16"))
    }

    @Test func utf8ByteOrderMarkIsDropped() throws {
        let decoded = try decoder.decode(try Fixtures.bytes("community-night-visit.utf8bom.txt"), source: "bom")
        #expect(decoded.text == (try Fixtures.text("community-night-visit.utf8.txt")))
        #expect(decoded.encoding == .utf8)
    }

    @Test func invalidUTF8IsReplacedAndReportedWithItsByteOffset() throws {
        let decoded = try decoder.decode(try Fixtures.bytes("invalid-utf8.txt"), source: "bad.txt")
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text.hasPrefix("第一段正常。\n\u{FFFD}第二段继续"))
        #expect(decoded.text.hasSuffix("。\n"))
        let warning = try #require(decoded.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.description.hasPrefix("warning: bad.txt: byte 19: 2 invalid UTF-8 byte sequences"))
    }

    @Test func binaryFileIsRefusedWithItsName() throws {
        let bytes = try Fixtures.bytes("image.bin")
        let error = #expect(throws: InputError.self) {
            try decoder.decode(bytes, source: "image.bin")
        }
        #expect(error?.diagnostic.severity == .error)
        #expect(error?.description == "error: image.bin: byte 8: looks like a binary file, not text (skipped)")
    }

    @Test func encodingOverrideWins() throws {
        let bytes = try Fixtures.bytes("community-night-visit.gb18030.txt")
        let decoded = try TextDecoder(encoding: .gb18030).decode(bytes, source: "gb")
        #expect(decoded.text == (try Fixtures.text("community-night-visit.utf8.txt")))
        let wrong = try TextDecoder(encoding: .utf8).decode(bytes, source: "gb")
        #expect(wrong.text.contains("\u{FFFD}"))
        #expect(!wrong.diagnostics.isEmpty)
    }

    @Test func unknownEncodingNameIsAnError() {
        #expect(throws: InputError.self) {
            try TextDecoder(encoding: TextEncoding("no-such-charset")).decode([0x41], source: "a")
        }
    }
}
