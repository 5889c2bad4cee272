import Foundation
import Testing

@Suite struct AnalysisCommandTests {
    static let sample = "我们在社区做调查研究，社区居民说：“服务要到位。”\n调查研究是基本功，2023年研究了3.5%的问题！\n"

    func rows(_ tsv: String) -> [[String]] {
        tsv.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// Word counts from freq (keeping stop words and numbers) equal the word, Latin and number
    /// tokens that segment emits for the same text.
    @Test func freqCountsAgreeWithSegmentTokens() throws {
        let segment = try CommandRunner.run(["segment", "--format", "tsv", "-"], input: Self.sample)
        var expected: [String: Int] = [:]
        for line in segment.stdout.split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 4).map(String.init)
            if ["word", "latin", "number"].contains(fields[2]) { expected[fields[4], default: 0] += 1 }
        }
        let freq = try CommandRunner.run(["freq", "--keep-stopwords", "--numbers", "--format", "tsv", "-"], input: Self.sample)
        #expect(freq.status == 0)
        var counted: [String: Int] = [:]
        for row in rows(freq.stdout) { counted[row[0]] = Int(row[3]) }
        #expect(!expected.isEmpty)
        #expect(counted == expected)
    }

    @Test func freqColumnsAndGroupingColumns() throws {
        let plain = try CommandRunner.run(["freq", "--format", "csv", "-"], input: Self.sample)
        #expect(plain.stdout.hasPrefix("term,tokens,n,count,documents,per_million\r\n"))
        let grouped = try CommandRunner.run(["freq", "--by", "essay", "--format", "csv", "-"], input: Self.sample)
        #expect(grouped.stdout.hasPrefix("document,essay,term,tokens,n,count,documents,per_million\r\n"))
        let bigrams = try CommandRunner.run(["freq", "--ngram", "2", "--format", "tsv", "-"], input: Self.sample)
        #expect(rows(bigrams.stdout).contains { $0[0] == "调查研究" && $0[1] == "调查 研究" && $0[2] == "2" && $0[3] == "2" })
    }

    @Test func badNGramSizeIsAValidationError() throws {
        let result = try CommandRunner.run(["freq", "--ngram", "3-1", "-"], input: "好")
        #expect(result.status != 0)
        #expect(result.stderr.contains("--ngram"))
    }

    @Test func csvWithByteOrderMarkAndGB18030Output() throws {
        let bom = try CommandRunner.run(["freq", "--format", "csv", "--bom", "--top", "1", "-"], input: "社区社区。")
        #expect(bom.stdout.hasPrefix("\u{FEFF}term,"))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-gb-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        let gb = try CommandRunner.run(
            ["freq", "--format", "csv", "--output-encoding", "GB18030", "--output", file.path, "-"], input: "社区社区。")
        #expect(gb.status == 0)
        let bytes = [UInt8](try Data(contentsOf: file))
        // 社区 in GB18030 is C9 E7 C7 F8.
        #expect(bytes.starts(with: Array("term,tokens,n,count,documents,per_million\r\n".utf8) + [0xC9, 0xE7, 0xC7, 0xF8]))
    }

    @Test func compareFindsThemeWordsOfEachSubCorpus() throws {
        let result = try CommandRunner.run([
            "compare", "--target", "Corpus/grassroots", "--reference", "Corpus/rural", "--format", "csv",
        ])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\r\n").map(String.init)
        #expect(lines[0] == "term,tokens,n,target_count,reference_count,target_per_million,reference_per_million,log_likelihood,p_value,log_ratio,percent_diff,chi_squared,direction")
        let firstPositive = lines[1].split(separator: ",")
        #expect(firstPositive.last == "+")
        #expect(lines.contains { $0.hasPrefix("社区,") && $0.hasSuffix(",+") })
        #expect(lines.contains { $0.hasPrefix("村,") && $0.hasSuffix(",-") })
        // Positive rows all come before negative ones.
        let directions = lines.dropFirst().map { String($0.split(separator: ",").last!) }
        let firstNegative = try #require(directions.firstIndex(of: "-"))
        #expect(!directions[firstNegative...].contains("+"))
    }

    @Test func kwicShowsEachMatchWithContext() throws {
        let result = try CommandRunner.run(["kwic", "--term", "调查研究", "--window", "4", "--format", "tsv", "-"], input: Self.sample)
        #expect(result.stdout == """
            document\tessay\tleft\tkeyword\tright\toffset\tend
            -\t1\t在社区做\t调查研究\t，社区居\t6\t10
            -\t1\t\t调查研究\t是基本功\t26\t30

            """)
    }

    @Test func kwicMatchesWordBoundariesUnlessAskedForSubstrings() throws {
        let words = try CommandRunner.run(["kwic", "--term", "研究", "--format", "tsv", "-"], input: "研究生在研究。")
        #expect(rows(words.stdout).count == 1)
        let anywhere = try CommandRunner.run(["kwic", "--term", "研究", "--substring", "--format", "tsv", "-"], input: "研究生在研究。")
        #expect(rows(anywhere.stdout).count == 2)
    }

    @Test func collocationsListPairsWithTheirMeasures() throws {
        let result = try CommandRunner.run(["collocations", "--min-count", "2", "--format", "csv", "Corpus"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\r\n")
        #expect(lines.first == "first,second,count,first_count,second_count,expected,pmi,log_likelihood,t_score")
        #expect(lines.count > 10)
    }
}

/// CSV and TSV cells that a spreadsheet would run as formulas are written as text, unless
/// `--raw-cells` asks for them as they are.
@Suite struct SpreadsheetCellTests {
    static let input = "题目\n\n他在群里发了一句“=HYPERLINK(\"http://x\",\"点我\")”，大家都没点。\n"

    @Test func aFormulaInAQuotationGetsAnApostrophe() throws {
        let result = try CommandRunner.run(["quotes", "--format", "csv", "-"], input: Self.input)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\""))
    }

    @Test func rawCellsWritesItAsItIs() throws {
        let result = try CommandRunner.run(["quotes", "--format", "csv", "--raw-cells", "-"], input: Self.input)
        #expect(result.status == 0)
        #expect(result.stdout.contains(",\"=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\","))
        #expect(!result.stdout.contains("'="))
    }
}
