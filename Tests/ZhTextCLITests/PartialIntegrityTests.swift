import Foundation
import Testing

/// A partial ends with a trailer (its record count and checksum): one cut short, emptied or
/// damaged is refused, and so is the same partial given twice, instead of merging silently.
@Suite struct PartialIntegrityTests {
    func withPartials(_ body: (URL, String, String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-trailer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (index, corpus) in ["Corpus/grassroots", "Corpus/rural"].enumerated() {
            let result = try CommandRunner.run(["freq", "--partial", corpus])
            #expect(result.status == 0, "\(result.stderr)")
            let path = folder.appendingPathComponent("p\(index)").path
            try Data(result.stdout.utf8).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        try body(folder, paths[0], paths[1])
    }

    @Test func aPartialEndsWithItsRecordCountAndChecksum() throws {
        try withPartials { _, first, _ in
            let lines = try String(contentsOfFile: first, encoding: .utf8).split(separator: "\n")
            let trailer = try #require(lines.last).split(separator: "\t")
            #expect(trailer.first == "end")
            let records = lines.filter { !$0.hasPrefix("zhtext-partial") && !$0.hasPrefix("option\t") && !$0.hasPrefix("sum\t") && !$0.hasPrefix("end\t") }
            #expect(trailer.count == 3 && Int(trailer[1]) == records.count)
        }
    }

    @Test func aPartialCutAtALineBoundaryIsRefused() throws {
        try withPartials { folder, first, second in
            let text = try String(contentsOfFile: second, encoding: .utf8)
            let cut = folder.appendingPathComponent("cut").path
            try Data(text.split(separator: "\n").dropLast(5).joined(separator: "\n").appending("\n").utf8).write(to: URL(fileURLWithPath: cut))
            let result = try CommandRunner.run(["merge", "--as", "freq", first, cut])
            #expect(result.status == 1)
            #expect(result.stderr.contains("cut: cut short"))
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func anEmptyPartialIsRefused() throws {
        try withPartials { folder, first, _ in
            let empty = folder.appendingPathComponent("empty").path
            FileManager.default.createFile(atPath: empty, contents: Data())
            let result = try CommandRunner.run(["merge", "--as", "freq", first, empty])
            #expect(result.status == 1)
            #expect(result.stderr.contains("empty: not a zhtext partial"))
        }
    }

    @Test func thesamePartialGivenTwiceIsRefused() throws {
        try withPartials { folder, first, second in
            let copy = folder.appendingPathComponent("copy").path
            try FileManager.default.copyItem(atPath: first, toPath: copy)
            let result = try CommandRunner.run(["merge", "--as", "freq", first, second, copy])
            #expect(result.status == 1)
            #expect(result.stderr.contains("the same records as the partial in \(first)"))
        }
    }

    @Test func aDamagedRecordIsRefused() throws {
        try withPartials { folder, first, _ in
            var text = try String(contentsOfFile: first, encoding: .utf8)
            let range = try #require(text.range(of: "\t1\t1\n"))
            text.replaceSubrange(range, with: "\t2\t1\n")
            let damaged = folder.appendingPathComponent("damaged").path
            try Data(text.utf8).write(to: URL(fileURLWithPath: damaged))
            let result = try CommandRunner.run(["merge", "--as", "freq", damaged])
            #expect(result.status == 1)
            #expect(result.stderr.contains("the records do not match the partial's end line"))
        }
    }

    @Test func stagedMergesKeepATrailerAndMergeAgain() throws {
        try withPartials { folder, first, second in
            let staged = try CommandRunner.run(["merge", "--as", "freq", "--partial", first, second])
            #expect(staged.stdout.split(separator: "\n").last?.hasPrefix("end\t") == true)
            let path = folder.appendingPathComponent("staged").path
            try Data(staged.stdout.utf8).write(to: URL(fileURLWithPath: path))
            let again = try CommandRunner.run(["merge", "--as", "freq", path])
            let direct = try CommandRunner.run(["merge", "--as", "freq", first, second])
            #expect(again.status == 0)
            #expect(again.stdout == direct.stdout)
        }
    }
}
