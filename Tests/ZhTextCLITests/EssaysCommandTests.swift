import Testing

@Suite struct EssaysCommandTests {
    @Test(.enabled(if: CommandRunner.seed != nil, "needs ../shared/corpus/seed"))
    func seedListsTwoEssaysWithTheirTitlesAndBothSections() throws {
        let result = try CommandRunner.run(["essays", "--format", "csv", CommandRunner.seed!])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let rows = result.stdout.split(separator: "\r\n").map { $0.split(separator: ",").dropFirst().joined(separator: ",") }
        #expect(rows == [
            "essay,title,section,paragraphs,sentences,characters",
            "1,第二批主题教育心得体会,preview,2,7,422",
            "1,第二批主题教育心得体会,paid,3,14,795",
            "2,第二批主题教育心得体会,paid,4,19,1435",
        ])
        #expect(!result.stdout.contains("##"))
    }

    @Test func bundledCorpusHasTwoSubCorporaAndThirteenEssays() throws {
        let result = try CommandRunner.run(["essays", "--format", "tsv", "Corpus"])
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        let essays = Set(rows.map { "\($0[0])#\($0[1])" })
        #expect(essays.count == 13)
        #expect(rows.contains { $0[0].hasPrefix("Corpus/grassroots/") })
        #expect(rows.contains { $0[0].hasPrefix("Corpus/rural/") })
        #expect(rows.contains { $0[0].hasSuffix("tea-garden-report-gb18030.txt") && $0[2] == "关于云溪县茶产业发展情况的调研报告" })
        #expect(rows.contains { $0[3] == "paid" })
        #expect(!result.stdout.contains("README"))
    }

    @Test func binaryFileGivesAOneLineErrorWhileTheOtherFilesAreListed() throws {
        let image = CommandRunner.fixtures.appendingPathComponent("image.bin").path
        let text = CommandRunner.fixtures.appendingPathComponent("community-night-visit.gb18030.txt").path
        let result = try CommandRunner.run(["essays", "--format", "csv", image, text])
        #expect(result.status == 1)
        #expect(result.stderr == "zhtext: error: \(image): byte 8: looks like a binary file, not text (skipped)\n")
        #expect(result.stdout.contains("community-night-visit.gb18030.txt,1,社区夜访记,body,4,"))
    }

    @Test func standardInputIsReadWithDash() throws {
        let result = try CommandRunner.run(["essays", "--format", "json", "-"], input: "标题\n\n正文第一句。第二句。\n")
        #expect(result.status == 0)
        #expect(result.stdout == """
            [
              {"document": "-", "essay": 1, "title": "标题", "section": "body", "paragraphs": 1, "sentences": 2, "characters": 10}
            ]

            """)
    }

    @Test func missingFileMakesTheExitStatusFail() throws {
        let result = try CommandRunner.run(["essays", "no-such-file.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no-such-file.txt: no such file or folder"))
    }
}
