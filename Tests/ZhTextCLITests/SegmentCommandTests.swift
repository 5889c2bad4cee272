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
}
