import Testing

@Suite struct QuotesCommandTests {
    @Test(.enabled(if: CommandRunner.seed != nil, "needs ../shared/corpus/seed"))
    func seedQuotationsWithTheirColumns() throws {
        let result = try CommandRunner.run(["quotes", "--format", "tsv", CommandRunner.seed!])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(lines[0] == ["document", "essay", "section", "paragraph", "kind", "speaker", "canonical_speaker", "verb", "text", "start", "end",
                             "method", "speaker_start", "speaker_end", "anonymous"])
        let attributed = lines.dropFirst().filter { !$0[5].isEmpty }
        // The speaker's mention: 习近平总书记 (or 总书记's holder) as written, before the quotation.
        for row in attributed {
            let start = Int(row[12]) ?? -1, end = Int(row[13]) ?? -1, quoteStart = Int(row[9]) ?? -1
            #expect(start >= 0 && end > start && start < quoteStart)
        }
        #expect(attributed.allSatisfy { $0[14].isEmpty })
        #expect(attributed.count == 6)
        #expect(attributed.allSatisfy { $0[6] == "习近平" })
        #expect(attributed.map { $0[7] } == ["强调", "指出", "强调", "要求", "要求", "要求"])
        #expect(attributed.map { $0[2] } == ["preview", "paid", "paid", "paid", "paid", "paid"])
        #expect(!result.stdout.contains("##"))
    }

    @Test func summaryCountsSpeakersAndTerms() throws {
        let input = "题目\n\n张华说：“要多走路。”后来张华又强调：“要多听意见。”大家都说要打通“最后一公里”。\n"
        let result = try CommandRunner.run(["quotes", "--summary", "--format", "tsv", "-"], input: input)
        let lines = result.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(lines[0] == ["kind", "speaker", "quotations", "documents", "essays", "verbs", "most_frequent"])
        #expect(lines[1][0...4] == ["speech", "张华", "2", "1", "1"])
        #expect(lines[1][5] == "强调×1 说×1")
        #expect(lines[2][0] == "term" && lines[2][6] == "最后一公里")
    }

    @Test func traditionalTextIsReportedAsWrittenOrSimplified() throws {
        let input = "題目\n\n林志明坦言：「發展要慢慢來。」\n"
        let written = try CommandRunner.run(["quotes", "--format", "tsv", "-"], input: input)
        #expect(written.stdout.contains("\t林志明\t林志明\t坦言\t發展要慢慢來。\t"))
        let simplified = try CommandRunner.run(["quotes", "--simplified", "--format", "tsv", "-"], input: input)
        #expect(simplified.stdout.contains("\t林志明\t林志明\t坦言\t发展要慢慢来。\t"))
    }
}
