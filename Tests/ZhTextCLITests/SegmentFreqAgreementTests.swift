import Foundation
import Testing

/// One document segmenter: `segment` and `freq --keep-stopwords --numbers` see the same words
/// in any input, and a file read in pieces gives the tokens of the same text read whole.
@Suite struct SegmentFreqAgreementTests {
    /// Words by `segment --format tsv` (kinds word, latin and number), folded to NFKC width as
    /// freq's text is.
    func segmentWords(_ arguments: [String], environment: [String: String] = [:], input: String? = nil) throws -> [String: Int] {
        let result = try CommandRunner.run(["segment", "--format", "tsv"] + arguments, input: input, environment: environment)
        var counts: [String: Int] = [:]
        for line in result.stdout.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 5, ["word", "latin", "number"].contains(fields[2]) else { continue }
            counts[String(fields[4]).precomposedStringWithCompatibilityMapping, default: 0] += 1
        }
        return counts
    }

    func freqWords(_ arguments: [String], environment: [String: String] = [:], input: String? = nil) throws -> [String: Int] {
        let result = try CommandRunner.run(["freq", "--keep-stopwords", "--numbers", "--format", "tsv"] + arguments,
                                           input: input, environment: environment)
        var counts: [String: Int] = [:]
        for line in result.stdout.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 6, let count = Int(fields[3]) else { continue }
            counts[String(fields[0]).precomposedStringWithCompatibilityMapping, default: 0] += count
        }
        return counts
    }

    /// Our own essays, each with its title, several times over: quoted coinages, repeated
    /// rare place names, collection headings, full-width digits.
    func corpusText(copies: Int) throws -> String {
        let folder = CommandRunner.packageRoot.appendingPathComponent("Corpus/grassroots")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        let essays = try files.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        return String(repeating: "基层治理手记（２篇）\n\n" + essays.joined(separator: "\n\n\n") + "\n\n", count: copies)
    }

    @Test func segmentAndFreqCountTheSameWordsInAFileReadInPieces() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-agree-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("large.txt")
        try Data(try corpusText(copies: 6).utf8).write(to: file)
        // The file is "large" here: over the whole-document limit, in pieces of 20 KB.
        let pieces = ["ZHTEXT_WHOLE_DOCUMENT_LIMIT": "100000", "ZHTEXT_PIECE_SIZE": "20000"]
        let segmented = try segmentWords([file.path], environment: pieces)
        #expect(segmented.values.reduce(0, +) > 15_000)
        #expect(segmented == (try freqWords([file.path], environment: pieces)))
        // Read whole, the same text gives the same tokens.
        #expect(segmented == (try segmentWords([file.path])))
        #expect(segmented == (try freqWords([file.path])))
        let wholeOutput = try CommandRunner.run(["segment", file.path]).stdout
        #expect(try CommandRunner.run(["segment", file.path], environment: pieces).stdout == wholeOutput)
        #expect(try CommandRunner.run(["segment", "-"], input: try corpusText(copies: 6), environment: pieces).stdout == wholeOutput)
    }

    @Test func segmentAndFreqCountTheSameWordsInJSONLines() throws {
        let records = [
            #"{"id":"a","text":"“深学”“深思”，“深学”才能深思。"}"#,
            #"{"id":"b","text":"沩澜河边，沩澜河水清，沩澜河长巡河。"}"#,
            #"{"id":"c","text":"调研报告"}"#,
            #"{"id":"d","text":"２０２４年，ＡＩ助手进村。"}"#,
        ].joined(separator: "\n") + "\n"
        let segmented = try segmentWords(["--input-format", "jsonl", "-"], input: records)
        #expect(segmented["深学"] == 2)  // quoted twice: one word throughout the record
        #expect(segmented["调研"] == 1 || segmented["调研报告"] == 1)
        #expect(segmented == (try freqWords(["--input-format", "jsonl", "-"], input: records)))
    }
}
