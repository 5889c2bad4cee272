import Foundation
import Testing

/// `kwic`'s searches for analysts: several terms, patterns, tags, sorting, samples, fields.
@Suite struct KwicSearchTests {
    func rows(_ tsv: String) -> [[String]] {
        tsv.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    func kwic(_ arguments: [String], input: String? = nil) throws -> (status: Int32, rows: [[String]], stderr: String) {
        let result = try CommandRunner.run(["kwic", "--format", "tsv"] + arguments, input: input)
        return (result.status, rows(result.stdout), result.stderr)
    }

    @Test func offsetsPointAtTheHitInTheText() throws {
        let text = "题目\n\n我们研究问题。研究生在研究。\n"
        let (status, table, _) = try kwic(["--term", "研究", "--window", "3", "-"], input: text)
        #expect(status == 0)
        #expect(table.first == ["document", "essay", "left", "keyword", "right", "offset", "end"])
        let scalars = Array(text.unicodeScalars)
        #expect(table.count == 3)
        for row in table.dropFirst() {
            let start = Int(row[5])!, end = Int(row[6])!
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == row[3])
        }
    }

    @Test func severalTermsFromOptionsAndAFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-terms-\(UUID().uuidString).txt")
        try Data("# policy words\n居民\n\n物业\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let both = try kwic(["--term", "社区", "--terms", file.path, "Corpus/grassroots"])
        #expect(both.status == 0)
        var counts: [String: Int] = [:]
        for row in both.rows.dropFirst() { counts[row[3], default: 0] += 1 }
        for term in ["社区", "居民", "物业"] {
            let alone = try kwic(["--term", term, "Corpus/grassroots"])
            #expect(counts[term] == alone.rows.count - 1, "\(term)")
            #expect(alone.rows.count > 1)
        }
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-terms-\(UUID().uuidString).txt")
        try Data("# nothing\n".utf8).write(to: empty)
        defer { try? FileManager.default.removeItem(at: empty) }
        let none = try kwic(["--terms", empty.path, "Corpus"])
        #expect(none.status == 64)
        #expect(none.stderr.contains("lists no terms"))
    }

    @Test func aPatternMatchesTheTextAndABadOneIsNamed() throws {
        let (status, table, _) = try kwic(["--regex", "社区.{0,2}服务", "Corpus/grassroots"])
        #expect(status == 0)
        #expect(table.count > 2)
        #expect(table.dropFirst().allSatisfy { $0[3].hasPrefix("社区") && $0[3].hasSuffix("服务") })
        // A pattern's matches need not be words; a term's must.
        let inside = try kwic(["--regex", "研", "-"], input: "研究生在研究。")
        #expect(inside.rows.count == 3)
        let term = try kwic(["--term", "研", "-"], input: "研究生在研究。")
        #expect(term.rows.count == 1)
        let bad = try kwic(["--regex", "(社区", "Corpus"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("the pattern '(社区' does not compile"))
        #expect(bad.rows.isEmpty)
    }

    @Test func tagsAloneOrWithATerm() throws {
        let names = try kwic(["--pos", "nr", "Corpus/grassroots"])
        #expect(names.status == 0)
        #expect(names.rows.count > 3)
        // Every hit is a word the segmenter tags nr, nrt or nrfg (--pos nr keeps them all; columns: offset, length, kind, tag, text).
        let segmented = try CommandRunner.run(["segment", "--format", "tsv", "Corpus/grassroots"])
        #expect(segmented.status == 0)
        let tagged = Set(rows(segmented.stdout).compactMap { $0.count == 5 && $0[3].hasPrefix("nr") ? $0[4] : nil })
        #expect(!tagged.isEmpty)
        #expect(names.rows.dropFirst().allSatisfy { tagged.contains($0[3]) })
        let all = try kwic(["--term", "发展", "Corpus"])
        let verbs = try kwic(["--term", "发展", "--pos", "v=", "Corpus"])
        let nouns = try kwic(["--term", "发展", "--pos", "n,vn", "Corpus"])
        #expect(verbs.rows.count - 1 + nouns.rows.count - 1 <= all.rows.count - 1)
        let unknown = try kwic(["--pos", "qq", "Corpus"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown part-of-speech tag 'qq'"))
    }

    @Test func sortedByTheWordsAtThePositions() throws {
        let (status, table, _) = try kwic(["--term", "服务", "--sort", "1R,1L", "Corpus"])
        #expect(status == 0)
        #expect(table.first?.suffix(2) == ["1R", "1L"])
        let keys = table.dropFirst().map { ($0[$0.count - 2], $0[$0.count - 1]) }
        #expect(keys.count > 10)
        for (a, b) in zip(keys, keys.dropFirst()) {
            if a.0.isEmpty { #expect(b.0.isEmpty); continue }
            if b.0.isEmpty { continue }
            #expect(a.0.unicodeScalars.lexicographicallyPrecedes(b.0.unicodeScalars) || a.0 == b.0)
            if a.0 == b.0, !a.1.isEmpty, !b.1.isEmpty {
                #expect(a.1.unicodeScalars.lexicographicallyPrecedes(b.1.unicodeScalars) || a.1 == b.1)
            }
        }
        let bad = try kwic(["--term", "服务", "--sort", "1X", "Corpus"])
        #expect(bad.status == 64)
    }

    @Test func aSampleIsReproducibleAndDrawnFromAllHits() throws {
        let all = try kwic(["--term", "社区", "Corpus"])
        let first = try kwic(["--term", "社区", "--sample", "5", "--seed", "42", "Corpus"])
        let again = try kwic(["--term", "社区", "--sample", "5", "--seed", "42", "Corpus"])
        let other = try kwic(["--term", "社区", "--sample", "5", "--seed", "43", "Corpus"])
        #expect(first.rows.count == 6)
        #expect(first.rows == again.rows)
        #expect(first.rows != other.rows)
        #expect(Set(first.rows.dropFirst().map { $0 }).isSubset(of: Set(all.rows.dropFirst().map { $0 })))
    }

    @Test func documentFieldsAsColumns() throws {
        let records = """
            {"id":"a","source":"日报","date":"2024-01-02","text":"我们推进高质量发展。"}
            {"id":"b","source":"晚报","text":"高质量发展要靠创新。"}

            """
        let (status, table, _) = try kwic(["--term", "高质量发展", "--fields", "source,date", "--input-format", "jsonl", "-"], input: records)
        #expect(status == 0)
        #expect(table.first == ["document", "essay", "source", "date", "left", "keyword", "right", "offset", "end"])
        #expect(table.dropFirst().map { [$0[0], $0[2], $0[3]] } == [["a", "日报", "2024-01-02"], ["b", "晚报", ""]])
        let missing = try kwic(["--term", "高质量发展", "--fields", "outlet", "--input-format", "jsonl", "-"], input: records)
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("'outlet', which no document has"))
    }
}
