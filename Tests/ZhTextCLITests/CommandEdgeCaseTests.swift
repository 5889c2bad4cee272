import Foundation
import Testing

/// Command lines that used to fail unclearly: lists of inputs, negative numbers, binary or
/// blocking lexicons, one essay of a collection.
@Suite struct CommandEdgeCaseTests {
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-edge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func pathsFromAFileAreReadAsIfGivenOnTheCommandLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("one.txt").path, second = folder.appendingPathComponent("two\nlines.txt").path
        try Data("我们今天去北京。\n".utf8).write(to: URL(fileURLWithPath: first))
        try Data("他们明天去上海。\n".utf8).write(to: URL(fileURLWithPath: second))
        // NUL-separated, so a name may hold a line break.
        let list = folder.appendingPathComponent("list")
        try Data((first + "\0" + second + "\0").utf8).write(to: list)
        let listed = try CommandRunner.run(["freq", "--by", "document", "--format", "tsv", "--paths-from", list.path])
        let direct = try CommandRunner.run(["freq", "--by", "document", "--format", "tsv", first, second])
        #expect(listed.status == 0)
        #expect(listed.stdout == direct.stdout)
        #expect(listed.stdout.contains("上海"))
        let missing = try CommandRunner.run(["freq", "--paths-from", folder.appendingPathComponent("nosuch").path])
        #expect(missing.status == 64)
        #expect(missing.stderr.hasPrefix("zhtext: error: --paths-from"))
    }

    @Test func negativeNumbersAndNaNAreRangeErrors() throws {
        let window = try CommandRunner.run(["kwic", "-", "--term", "北京", "--window", "-1"], input: "北京\n")
        #expect(window.status == 64)
        #expect(window.stderr.contains("--window takes 0 to 10000, not -1"))
        let pValue = try CommandRunner.run(["compare", "--target", "-", "--p-value", "nan"], input: "北京\n")
        #expect(pValue.status == 64)
        #expect(pValue.stderr.contains("--p-value takes a number from 0 to 1, not nan"))
    }

    @Test func aBinaryDictIsRefusedInOneLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("binary.dict")
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00] + Array("北京 5\n".utf8)).write(to: binary)
        let result = try CommandRunner.run(["segment", "--dict", binary.path, "-"], input: "北京\n")
        #expect(result.status == 64)
        #expect(result.stderr == "zhtext: error: --dict \(binary.path): byte 7: looks like a binary file, not a lexicon "
            + "(one `word [freq] [tag]` per line in UTF-8)\n")
    }

    @Test func aFIFOOrDeviceAsDictIsRefusedBeforeItIsRead() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("dict.fifo").path
        #expect(mkfifo(fifo, 0o644) == 0)
        for path in [fifo, "/dev/zero"] {
            let result = try CommandRunner.run(["segment", "--dict", path, "-"], input: "北京\n")
            #expect(result.status == 64)
            #expect(result.stderr.contains("--dict \(path) is not a regular file (a FIFO or a device)"))
            #expect(!result.stderr.contains("permission"))
        }
    }

    @Test func oneEssayOfACollectionDoesNotWarnAboutTheCollectionHeading() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("collection.txt")
        let text = "社区工作心得\n（2篇）\n\n居民说：“服务要到位。”我们今天去社区，大家都很高兴。\n\n\n"
            + "网格员的一天\n\n网格员很负责，每天走访居民，记下大家的困难。\n"
        try Data(text.utf8).write(to: file)
        let whole = try CommandRunner.run(["essays", "--format", "tsv", file.path])
        #expect(whole.stdout.split(separator: "\n").count == 3)
        let one = try CommandRunner.run(["freq", "--format", "tsv", file.path + "#1"])
        #expect(one.status == 0)
        #expect(!one.stderr.contains("collection heading"))
        #expect(one.stdout.contains("服务"))
    }

    @Test func everyErrorStartsWithTheSamePrefix() throws {
        let unknownOption = try CommandRunner.run(["freq", "--no-such-option", "Corpus"])
        #expect(unknownOption.status == 64)
        #expect(unknownOption.stderr.hasPrefix("zhtext: error: Unknown option '--no-such-option'"))
        let unknownCommand = try CommandRunner.run(["frq", "Corpus"])
        #expect(unknownCommand.status == 64)
        #expect(unknownCommand.stderr.hasPrefix("zhtext: error: unknown subcommand 'frq'; did you mean 'freq'?"))
        let help = try CommandRunner.run(["freq", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: zhtext freq"))
    }

    @Test func segmentSaysWhenStandardInputIsEmpty() throws {
        let result = try CommandRunner.run(["segment", "-"], input: "")
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("zhtext: warning: -: file is empty"))
    }

    @Test func aWordIsNotItsOwnCollocate() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.txt").path
        try Data(String(repeating: "统一规划，统一建设，统一管理。\n", count: 4).utf8).write(to: URL(fileURLWithPath: file))
        let result = try CommandRunner.run(["collocations", "--min-count", "1", "--format", "tsv", file])
        #expect(result.status == 0)
        let pairs = result.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").prefix(2).map(String.init) }
        #expect(pairs.contains(["统一", "规划"]))
        #expect(!pairs.contains { $0.count == 2 && $0[0] == $0[1] })
    }

    @Test func compareSaysWhatTheMinimumCountLeftOut() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("target.txt").path, reference = folder.appendingPathComponent("reference.txt").path
        try Data("村里修了新路。村民说新路好走。\n".utf8).write(to: URL(fileURLWithPath: target))
        try Data("城里建了新楼。市民说新楼很高。\n".utf8).write(to: URL(fileURLWithPath: reference))
        let result = try CommandRunner.run(["compare", "--target", target, "--reference", reference])
        #expect(result.status == 0)
        #expect(result.stderr.contains("times in both corpora together are left out (--min-count 3)"))
    }

    @Test func keywordsShowOnlyTheColumnsOfTheirUnit() throws {
        let corpus = try CommandRunner.run(["keywords", "Corpus/rural", "--by", "corpus", "--top", "2", "--format", "tsv"])
        #expect(corpus.status == 0)
        #expect(corpus.stdout.hasPrefix("rank\tterm\tscore\tcount\n1\t"))
        let documents = try CommandRunner.run(["keywords", "Corpus/rural", "--by", "document", "--top", "1", "--format", "tsv"])
        #expect(documents.stdout.hasPrefix("document\trank\tterm\tscore\tcount\nCorpus/rural/"))
        let essays = try CommandRunner.run(["keywords", "Corpus/rural", "--top", "1", "--format", "tsv"])
        #expect(essays.stdout.hasPrefix("document\tessay\trank\tterm\tscore\tcount\n"))
    }
}
