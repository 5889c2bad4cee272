import Foundation
import Testing
@testable import ZhText

/// Inputs that used to be lost or misread: names that are not UTF-8, devices, links into
/// /proc, paths past PATH_MAX, UTF-32, files that shrink or turn binary while read.
@Suite struct InputEdgeCaseTests {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-inputs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ bytes: [UInt8], to path: String) {
        let descriptor = open(PathBytes.cString(path), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        precondition(descriptor >= 0, "cannot create \(path)")
        _ = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress!, $0.count) }
        close(descriptor)
    }

    @Test func aNameThatIsNotUTF8KeepsItsBytesAndShowsThemEscaped() {
        let bytes: [UInt8] = Array("out".utf8) + [0xFF, 0xC3] + Array(".txt".utf8)
        let name = PathBytes.string(bytes)
        #expect(PathBytes.bytes(name) == bytes)
        #expect(PathBytes.display(name) == "out\\xff\\xc3.txt")
        #expect(PathBytes.string(Array("北京.txt".utf8)) == "北京.txt")
        #expect(PathBytes.display("北京.txt") == "北京.txt")
    }

    @Test func aFileWhoseNameIsNotUTF8IsFoundInItsFolderAndRead() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let name = folder + "/" + PathBytes.string(Array("b".utf8) + [0xFF] + Array(".txt".utf8))
        Self.write(Array("我们今天去北京。\n".utf8), to: name)
        let (items, diagnostics) = InputFiles.expand([folder])
        #expect(diagnostics.isEmpty)
        #expect(items == [.file(name)])
        #expect(items[0].name.hasSuffix("/b\\xff.txt"))
        #expect(try InputFiles.bytes(of: items[0]) == Array("我们今天去北京。\n".utf8))
    }

    @Test func devicesNamedExplicitlyAreRefusedAtTheirFirstBytes() {
        for device in ["/dev/zero", "/dev/urandom"] where FileManager.default.fileExists(atPath: device) {
            #expect {
                _ = try InputFiles.bytes(of: .file(device))
            } throws: { error in
                (error as? InputError)?.diagnostic.message.contains("looks like a binary file") == true
            }
        }
    }

    @Test func aLinkToAProcFileInAFolderIsSkippedWithAWarning() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        Self.write(Array("好\n".utf8), to: folder + "/a.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/status", withDestinationPath: "/proc/self/status")
        let (items, diagnostics) = InputFiles.expand([folder])
        #expect(items == [.file(folder + "/a.txt")])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.source == folder + "/status")
        #expect(diagnostics.first?.message.contains("/proc or /sys") == true)
    }

    @Test func aPathLongerThanPathMaxIsReportedNotSkippedSilently() throws {
        let folder = try Self.folder()
        defer { _ = try? Process.run(URL(fileURLWithPath: "/bin/rm"), arguments: ["-rf", folder]).waitUntilExit() }
        // Nested folders made one step at a time, relative to the last (mkdirat, openat),
        // until the path passes PATH_MAX.
        let component = String(repeating: "d", count: 200)
        var descriptor = open(folder, O_RDONLY | O_DIRECTORY)
        var length = folder.utf8.count
        while length < Int(PATH_MAX) + 100 {
            mkdirat(descriptor, component, 0o755)
            let next = openat(descriptor, component, O_RDONLY | O_DIRECTORY)
            close(descriptor)
            descriptor = next
            length += component.count + 1
        }
        let file = openat(descriptor, "deep.txt", O_WRONLY | O_CREAT, 0o644)
        #expect(file >= 0)
        close(file)
        close(descriptor)
        let (_, diagnostics) = InputFiles.expand([folder])
        #expect(diagnostics.contains { $0.severity == .error && $0.message.contains("name too long") })
    }

    @Test func utf32WithAByteOrderMarkIsDecodedAsUTF32() throws {
        let text = "我们今天去北京。\n"
        for (encoding, mark): (String.Encoding, [UInt8]) in [(.utf32LittleEndian, [0xFF, 0xFE, 0, 0]), (.utf32BigEndian, [0, 0, 0xFE, 0xFF])] {
            let bytes = mark + Array(text.data(using: encoding)!)
            let decoded = try TextDecoder().decode(bytes, source: "u32.txt")
            #expect(decoded.text == text)
            #expect(decoded.encoding.name.hasPrefix("UTF-32"))
            #expect(decoded.diagnostics.isEmpty)
        }
    }

    @Test func aFileThatShrinksWhileReadIsAnError() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/shrinking.txt"
        Self.write(Array(String(repeating: "我们今天去北京。\n", count: 100).utf8), to: path)
        let reader = try TextChunkReader(item: .file(path), options: DocumentReader.Options(), chunkSize: 64)
        truncate(path, 300)
        var read = 0
        while let chunk = reader.next() { read += chunk.bytes.count }
        #expect(read == 300)
        #expect(reader.shrank?.severity == .error)
        #expect(reader.shrank?.message.contains("shrank from 2500 to 300 bytes") == true)
        #expect(reader.diagnostics.contains { $0.severity == .error })
    }

    @Test func aLaterPieceThatIsBinarySaysWhatWasCounted() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/mixed.txt"
        let text = Array(String(repeating: "我们今天去北京，居民都很高兴。\n", count: 60).utf8)
        Self.write(text + [UInt8](repeating: 0, count: 2000), to: path)
        var counted = 0
        #expect {
            try DocumentReader().readPieces(of: .file(path), limit: 1000, pieceSize: 700) { _, bytes in counted += bytes }
        } throws: { error in
            guard let diagnostic = (error as? InputError)?.diagnostic else { return false }
            return diagnostic.message.contains("bytes before were counted, the rest of the file was skipped")
                && !diagnostic.message.contains("(skipped)")
        }
        #expect(counted > 0)
        #expect(counted <= text.count)
    }
}
