import Foundation
import Testing

@Suite struct SegmentCommandTests {
    @Test func spacedOutputKeepsOneLinePerInputLineAndTheTextAsWritten() throws {
        let input = "占世界总数的１７％。\n\n  我们  学习\n##paidbegin##\n最后一行"
        let result = try CommandRunner.run(["segment", "--engine", "icu", "-"], input: input)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 6)
        #expect(lines[0].replacingOccurrences(of: " ", with: "") == "占世界总数的１７％。")
        #expect(lines[1] == "")
        #expect(lines[2] == "我们 学习")
        #expect(lines[3] == "")
        #expect(lines[4].replacingOccurrences(of: " ", with: "") == "最后一行")
        #expect(!lines[0].contains("  "))
    }

    @Test func simplifiedWritesSimplifiedTokens() throws {
        let result = try CommandRunner.run(["segment", "--simplified", "-"], input: "村裡的年輕人回來了")
        #expect(result.stdout.replacingOccurrences(of: " ", with: "") == "村里的年轻人回来了\n")
    }

    @Test(.enabled(if: CommandRunner.seed != nil, "needs ../shared/corpus/seed"))
    func seedSegmentsWithoutMarkerText() throws {
        let result = try CommandRunner.run(["segment", CommandRunner.seed!])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("##"))
        #expect(result.stdout.contains("群众"))
        #expect(result.stdout.split(separator: "\n", omittingEmptySubsequences: false).count == 29)
    }

    @Test func fastEngineIsTheDefaultAndKeepsNumbersWhole() throws {
        let result = try CommandRunner.run(["segment", "-"], input: "二○○一年12月31日，增长3.5%。\n")
        #expect(result.status == 0)
        #expect(result.stdout == "二○○一年 12月31日 ， 增长 3.5% 。\n")
    }

    @Test func tsvGivesByteOffsetsLengthsKindsAndTags() throws {
        let result = try CommandRunner.run(["segment", "--format", "tsv", "-"], input: "我们 APP\n")
        #expect(result.stdout == "0\t6\tword\tr\t我们\n7\t3\tlatin\teng\tAPP\n")
    }

    @Test func posFormatWritesWordSlashTag() throws {
        let result = try CommandRunner.run(["segment", "--format", "pos", "-"], input: "我们用APP，2024年\n")
        #expect(result.stdout == "我们/r 用/p APP/eng ，/w 2024年/m\n")
    }

    @Test func verboseSaysWhichLexiconsARunUses() throws {
        let result = try CommandRunner.run(["segment", "--verbose", "-"], input: "好\n")
        #expect(result.status == 0)
        #expect(result.stderr.contains("icu\tICU "))
        #expect(result.stderr.contains("contemporary\t"))
        #expect(result.stderr.contains("total\t"))
    }

    @Test func withoutJiebaTheRunSaysSoOnceAndStillSegments() throws {
        let result = try CommandRunner.run(["segment", "-"], input: "网格员走进社区\n", environment: ["ZHTEXT_LEXICON": "none"])
        #expect(result.status == 0)
        #expect(result.stdout == "网格员 走进 社区\n")
        let second = try CommandRunner.run(["lexicon", "--lexicon", "none"], input: "")
        #expect(second.stdout.contains("jieba\t(not used)"))
    }

    @Test func jsonlWritesOneObjectPerToken() throws {
        let result = try CommandRunner.run(["segment", "--format", "jsonl", "-"], input: "好\"")
        #expect(result.stdout == """
            {"document":"-","offset":0,"length":3,"kind":"word","pos":"a","token":"好"}
            {"document":"-","offset":3,"length":1,"kind":"punctuation","pos":"w","token":"\\""}

            """)
    }

    @Test func countCountsTokensWithoutWhiteSpace() throws {
        let result = try CommandRunner.run(["segment", "--format", "count", "-"], input: "我们 学习\n中文。")
        #expect(result.stdout == "4\n")
    }

    @Test func userLexiconKeepsItsWordsWhole() throws {
        let dictionary = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-dict-\(UUID().uuidString).txt")
        // A local coinage no lexicon of ours lists.
        try Data("三访三问 100 n\n".utf8).write(to: dictionary)
        defer { try? FileManager.default.removeItem(at: dictionary) }
        let without = try CommandRunner.run(["segment", "-"], input: "带着理论三访三问")
        let with = try CommandRunner.run(["segment", "--dict", dictionary.path, "-"], input: "带着理论三访三问")
        #expect(!without.stdout.contains("三访三问"))
        #expect(with.stdout.hasSuffix(" 三访三问\n"))
    }

    @Test func missingLexiconIsAClearError() throws {
        let result = try CommandRunner.run(["segment", "--dict", "/no/such/dict.txt", "-"], input: "好")
        #expect(result.status != 0)
        #expect(result.stderr.contains("/no/such/dict.txt"))
    }

    @Test func invalidUTF8PassesThroughWithOneWarning() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-bad-\(UUID().uuidString).txt")
        try Data(Array("第一行。\n".utf8) + [0xFF] + Array("第二行\n".utf8)).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CommandRunner.run(["segment", "--format", "count", file.path])
        #expect(result.status == 0)
        #expect(result.stderr == "zhtext: warning: \(file.path): byte 13: invalid UTF-8 (passed through as it is)\n")
    }

    @Test func engineIcuStaysAvailable() throws {
        let result = try CommandRunner.run(["segment", "--engine", "icu", "-"], input: "我们学习")
        #expect(result.stdout == "我们 学习\n")
    }
}
