import Foundation
import Testing

/// `trend`, `freq --dispersion`, `compare --by`, `keywords --by FIELD` and `lifecycle` on the
/// dated sample corpus (Corpus-dated: 42 pieces, 2019–2024, three sources), each figure checked
/// against the command it must agree with.
@Suite struct TimeCommandTests {
    static let jsonl = "Corpus-dated/dated-news.jsonl"
    static let csv = "Corpus-dated/dated-news.csv"
    /// The formulations of the corpus and the variant 稳链延链, in the order lifecycle adds them
    /// to its lexicon (so both commands share one compiled lexicon).
    static let terms = ["链式治理", "微网格服务", "银发夜校", "稳链强链延链", "稳链延链"]

    func rows(_ tsv: String) -> [[String]] {
        tsv.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// Table rows as dictionaries by column.
    func records(_ tsv: String) -> [[String: String]] {
        let table = rows(tsv)
        guard let header = table.first else { return [] }
        return table.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// The corpus's records: id → (year, source).
    static let documents: [String: (year: String, source: String)] = {
        let text = (try? String(contentsOfFile: CommandRunner.packageRoot.appendingPathComponent(jsonl).path, encoding: .utf8)) ?? ""
        var result: [String: (String, String)] = [:]
        for line in text.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String] else { continue }
            result[object["id"]!] = (String(object["date"]!.prefix(4)), object["source"]!)
        }
        return result
    }()

    func temporaryFile(_ name: String, _ content: String? = nil) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-time-\(UUID().uuidString)-\(name)").path
        if let content { try Data(content.utf8).write(to: URL(fileURLWithPath: path)) }
        return path
    }

    /// The corpus's two halves as JSON Lines files (each source's pieces are in date order,
    /// the sources one after another, so the dates go back in time twice).
    func halves() throws -> [String] {
        let lines = try String(contentsOfFile: CommandRunner.packageRoot.appendingPathComponent(Self.jsonl).path, encoding: .utf8)
            .split(separator: "\n")
        return try [lines.prefix(20), lines.dropFirst(20)].enumerated().map { index, part in
            try temporaryFile("half\(index).jsonl", part.joined(separator: "\n") + "\n")
        }
    }

    /// `freq --by document` with the terms in a --dict file: term → document → (count).
    func freqByDocument() throws -> [String: [String: Int]] {
        let dict = try temporaryFile("terms.dict", Self.terms.joined(separator: "\n") + "\n")
        defer { try? FileManager.default.removeItem(atPath: dict) }
        let freq = try CommandRunner.run(["freq", "--by", "document", "--dict", dict, "--format", "tsv", Self.jsonl])
        #expect(freq.status == 0, "\(freq.stderr)")
        var counts: [String: [String: Int]] = [:]
        for row in records(freq.stdout) where Self.terms.contains(row["term"]!) {
            counts[row["term"]!, default: [:]][row["document"]!] = Int(row["count"]!)!
        }
        return counts
    }

    // MARK: trend

    @Test func trendCountsAreFreqByDocumentSummedOverEachYear() throws {
        let trend = try CommandRunner.run(["trend", Self.jsonl, "--by", "date:year", "--term", Self.terms.joined(separator: ","),
                                           "--format", "tsv"])
        #expect(trend.status == 0, "\(trend.stderr)")
        #expect(rows(trend.stdout).first == ["date:year", "term", "count", "per_million", "documents", "group_documents", "share"])
        let byDocument = try freqByDocument()
        let table = records(trend.stdout)
        #expect(table.count == Self.terms.count * 6)
        for row in table {
            let year = row["date:year"]!, term = row["term"]!
            let inYear = (byDocument[term] ?? [:]).filter { Self.documents[$0.key]?.year == year }
            #expect(Int(row["count"]!) == inYear.values.reduce(0, +), "\(term) \(year)")
            #expect(Int(row["documents"]!) == inYear.count, "\(term) \(year)")
            #expect(row["group_documents"] == "7")
            #expect(Double(row["share"]!)! == (Double(inYear.count) / 7 * 10_000).rounded() / 10_000)
        }
        // Written first in 2022: zero rows before, as for a term never seen.
        #expect(table.filter { $0["term"] == "银发夜校" }.map { $0["count"]! } == ["0", "0", "0", "2", "4", "3"])
    }

    @Test func trendReadsTheCSVFormAsTheJSONLinesAndGroupsBySource() throws {
        let arguments = ["--by", "source,date:year", "--term", Self.terms.joined(separator: ","), "--format", "tsv"]
        let fromJSON = try CommandRunner.run(["trend", Self.jsonl] + arguments)
        let fromCSV = try CommandRunner.run(["trend", Self.csv] + arguments)
        #expect(fromJSON.status == 0 && fromCSV.status == 0)
        #expect(fromJSON.stdout == fromCSV.stdout)
        let table = records(fromJSON.stdout)
        // 南岭晚报 never writes 链式治理; 江城日报 writes it ten times, in nine pieces.
        #expect(table.filter { $0["source"] == "南岭晚报" && $0["term"] == "链式治理" }.allSatisfy { $0["count"] == "0" })
        let jiangcheng = table.filter { $0["source"] == "江城日报" && $0["term"] == "链式治理" }
        #expect(jiangcheng.map { Int($0["count"]!)! }.reduce(0, +) == 10)
    }

    @Test func trendPartialsMergeToTheSingleRun() throws {
        let parts = try halves()
        defer { for path in parts { try? FileManager.default.removeItem(atPath: path) } }
        for counting in [["--by", "date:year,source", "--term", Self.terms.joined(separator: ",")], ["--by", "date:year"]] {
            var partials: [String] = []
            for part in parts {
                let path = try temporaryFile("trend.partial")
                let result = try CommandRunner.run(["trend", part] + counting + ["--partial", "-o", path])
                #expect(result.status == 0, "\(result.stderr)")
                partials.append(path)
            }
            defer { for path in partials { try? FileManager.default.removeItem(atPath: path) } }
            let merged = try CommandRunner.run(["merge", "--as", "trend", "--format", "csv"] + partials)
            let single = try CommandRunner.run(["trend", Self.jsonl] + counting + ["--format", "csv"])
            #expect(merged.status == 0, "\(merged.stderr)")
            #expect(!single.stdout.isEmpty)
            #expect(merged.stdout == single.stdout)
        }
    }

    @Test func trendWithoutTermsRanksWordsByChiSquaredOverEveryYear() throws {
        let trend = try CommandRunner.run(["trend", Self.jsonl, "--by", "date:year", "--top", "5", "--format", "tsv"])
        #expect(trend.status == 0)
        let table = records(trend.stdout)
        #expect(rows(trend.stdout).first?.suffix(4) == ["chi_squared", "df", "p_value", "slope"])
        #expect(table.count == 5 * 6)
        let statistics = stride(from: 0, to: table.count, by: 6).map { Double(table[$0]["chi_squared"]!)! }
        #expect(statistics == statistics.sorted(by: >))
        #expect(table.allSatisfy { $0["df"] == "5" })
        // Each term's six years sum to at least --min-count (5).
        for start in stride(from: 0, to: table.count, by: 6) {
            #expect(table[start..<(start + 6)].map { Int($0["count"]!)! }.reduce(0, +) >= 5)
        }
    }

    @Test func trendBadInputWarnsNotesAndKeepsEveryDocument() throws {
        let input = """
            {"id":"b","date":"2024-05-01","text":"链式治理在推进。"}
            {"id":"a","date":"2023-01-02","text":"链式治理刚提出。"}
            {"id":"c","text":"没有日期的链式治理。"}

            """
        // The corpus's terms (one compiled lexicon for the suite); 微网格服务 is never seen here.
        let result = try CommandRunner.run(["trend", "--input-format", "jsonl", "-", "--by", "date:year", "--term", Self.terms.joined(separator: ","),
                                            "--format", "tsv"], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("1 document without a date in the --by date field (c): counted under an empty period"))
        let table = records(result.stdout)
        // Years in order though the file is not; the undated document last, under an empty period.
        #expect(table.filter { $0["term"] == "链式治理" }.map { $0["date:year"]! } == ["2023", "2024", ""])
        #expect(table.filter { $0["term"] == "链式治理" }.map { $0["count"]! } == ["1", "1", "1"])
        #expect(table.filter { $0["term"] == "微网格服务" }.map { $0["count"]! } == ["0", "0", "0"])
        let single = try CommandRunner.run(["trend", "--input-format", "jsonl", "-", "--by", "date:year", "--term", Self.terms.joined(separator: ",")],
                                           input: "{\"id\":\"a\",\"date\":\"2023\",\"text\":\"链式治理。\"}\n")
        #expect(single.status == 0)
        #expect(single.stderr.contains("every document falls in one group (2023)"))
        #expect(single.stdout.contains("2023"))
        let perDocument = try CommandRunner.run(["trend", Self.jsonl, "--by", "document"])
        #expect(perDocument.status == 64)
    }

    @Test func groupedCommandsWarnOfUndatedDocumentsAndCountThemLast() throws {
        let input = """
            {"id":"b","date":"2024-05-01","text":"链式治理在推进。社区治理很好。"}
            {"id":"a","date":"2023-01-02","text":"链式治理刚提出。社区很好。"}
            {"id":"c","text":"没有日期的链式治理。"}

            """
        let warning = "some documents have no date in date (or none as precise as the period): counted under an empty period"
        for command in [["compare", "--by", "date:year", "--min-count", "1"], ["freq", "--by", "date:year"],
                        ["freq", "--dispersion", "--dispersion-by", "date:year"], ["keywords", "--by", "date:year"]] {
            let result = try CommandRunner.run(command + ["--input-format", "jsonl", "-", "--format", "tsv"], input: input)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(result.stderr.contains(warning), "\(command)")
            // (keywords keeps terms seen three times in the corpus: only the undated group's here.)
            if command[0] == "compare" || command == ["freq", "--by", "date:year"] {
                // The years in time order though the file is not, the empty period last.
                let years = records(result.stdout).compactMap { $0["date:year"] }
                #expect(years.firstIndex(of: "2023") ?? 0 < years.firstIndex(of: "2024") ?? 0, "\(command)")
                #expect(years.last == "", "\(command)")
            }
        }
        let dated = try CommandRunner.run(["freq", "--by", "date:year", Self.jsonl, "--format", "tsv"])
        #expect(!dated.stderr.contains("no date"))
        // One period: nothing before it to compare with, said so; not an error.
        let single = try CommandRunner.run(["compare", "--by", "date:year", "--against", "previous", "--input-format", "jsonl", "-"],
                                           input: "{\"id\":\"a\",\"date\":\"2023\",\"text\":\"链式治理。\"}\n")
        #expect(single.status == 0)
        #expect(single.stderr.contains("fewer than two dated periods"))
    }

    // MARK: freq --dispersion

    @Test func dispersionOverDocumentsCountsRangeAsDocumentsAndMerges() throws {
        let result = try CommandRunner.run(["freq", Self.jsonl, "--dispersion", "--format", "tsv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(rows(result.stdout).first == ["term", "tokens", "n", "count", "documents", "per_million", "parts", "range", "juilland_d", "dp"])
        let table = records(result.stdout)
        #expect(table.allSatisfy { $0["parts"] == "42" && $0["range"] == $0["documents"] })
        #expect(table.allSatisfy { (0...1).contains(Double($0["dp"]!)!) && (0...1).contains(Double($0["juilland_d"]!)!) })
        // A word in one piece only is as uneven as a word can be among 42 parts.
        let once = table.first { $0["range"] == "1" }!
        #expect(once["juilland_d"] == "0.0000")
        let parts = try halves()
        defer { for path in parts { try? FileManager.default.removeItem(atPath: path) } }
        let counting = ["--dispersion", "--dispersion-by", "source", "--by", "date:year"]
        var partials: [String] = []
        for part in parts {
            let path = try temporaryFile("dispersion.partial")
            #expect(try CommandRunner.run(["freq", part] + counting + ["--partial", "-o", path]).status == 0)
            partials.append(path)
        }
        defer { for path in partials { try? FileManager.default.removeItem(atPath: path) } }
        let merged = try CommandRunner.run(["merge", "--as", "freq", "--format", "csv"] + partials)
        let single = try CommandRunner.run(["freq", Self.jsonl] + counting + ["--format", "csv"])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(single.stdout.hasPrefix("date:year,term,tokens,n,count,documents,per_million,parts,range,juilland_d,dp"))
        #expect(merged.stdout == single.stdout)
    }

    // MARK: compare --by, keywords --by

    @Test func compareEachSourceAgainstTheRestAddsUpToTheCorpus() throws {
        let compare = try CommandRunner.run(["compare", Self.jsonl, "--by", "source", "--min-count", "1", "--format", "tsv"])
        #expect(compare.status == 0, "\(compare.stderr)")
        let freq = try CommandRunner.run(["freq", Self.jsonl, "--format", "tsv"])
        let corpus = Dictionary(uniqueKeysWithValues: records(freq.stdout).map { ($0["tokens"]!, Int($0["count"]!)!) })
        let table = records(compare.stdout)
        #expect(Set(table.map { $0["source"]! }) == ["江城日报", "南岭晚报", "云川观察"])
        for row in table {
            #expect(Int(row["target_count"]!)! + Int(row["reference_count"]!)! == corpus[row["tokens"]!], "\(row)")
        }
        let top = try CommandRunner.run(["compare", Self.jsonl, "--by", "source", "--top", "2", "--format", "tsv"])
        #expect(records(top.stdout).count == 3 * 2 * 2)
        #expect(records(top.stdout).first?["term"] == "评论")
    }

    @Test func compareEachYearAgainstTheOneBeforeAndMergePartials() throws {
        let previous = try CommandRunner.run(["compare", Self.jsonl, "--by", "date:year", "--against", "previous", "--format", "tsv"])
        #expect(previous.status == 0, "\(previous.stderr)")
        let table = records(previous.stdout)
        #expect(Set(table.map { "\($0["reference"]!)→\($0["date:year"]!)" }).isSubset(of: ["2019→2020", "2020→2021", "2021→2022", "2022→2023", "2023→2024"]))
        #expect(!table.contains { $0["date:year"] == "2019" })
        let parts = try halves()
        defer { for path in parts { try? FileManager.default.removeItem(atPath: path) } }
        var partials: [String] = []
        for part in parts {
            let path = try temporaryFile("compare.partial")
            #expect(try CommandRunner.run(["compare", part, "--by", "date:year", "--against", "previous", "--partial", "-o", path]).status == 0)
            partials.append(path)
        }
        defer { for path in partials { try? FileManager.default.removeItem(atPath: path) } }
        let merged = try CommandRunner.run(["merge", "--as", "compare", "--format", "tsv"] + partials)
        #expect(merged.stdout == previous.stdout)
        let wrong = try CommandRunner.run(["compare", Self.jsonl, "--by", "source", "--against", "previous"])
        #expect(wrong.status == 64)
    }

    @Test func keywordsByASourceAreItsStrongestPositiveTerms() throws {
        let keywords = try CommandRunner.run(["keywords", Self.jsonl, "--by", "source", "--top", "3", "--format", "tsv"])
        #expect(keywords.status == 0, "\(keywords.stderr)")
        #expect(rows(keywords.stdout).first == ["source", "rank", "term", "score", "count"])
        let table = records(keywords.stdout)
        #expect(table.filter { $0["source"] == "南岭晚报" }.first?["term"] == "南岭区")
        #expect(table.filter { $0["source"] == "江城日报" }.map { $0["rank"]! } == ["1", "2", "3"])
    }

    // MARK: lifecycle

    func lifecycle(_ extra: [String] = []) throws -> [String: [String: String]] {
        let result = try CommandRunner.run(["lifecycle", Self.jsonl, "--date-field", "date", "--source-field", "source",
                                            "--term", Self.terms.prefix(4).joined(separator: ","), "--format", "tsv"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return Dictionary(uniqueKeysWithValues: records(result.stdout).map { ($0["term"]!, $0) })
    }

    @Test func lifecyclePinsFirstDateSpeakerQuotedShareAndVariants() throws {
        let table = try lifecycle()
        #expect(table["链式治理"]?["first_date"] == "2019-03-12")
        #expect(table["链式治理"]?["first_document"] == "jc-2019-01")
        #expect(table["链式治理"]?["first_speaker"] == "周立衡")
        #expect(table["链式治理"]?["first_context"]?.contains("我们要探索链式治理，") == true)
        #expect(table["链式治理"]?["quoted_share"] == "0.5000")
        #expect(table["链式治理"]?["sources"] == "江城日报; 云川观察")
        #expect(table["链式治理"]?["peak"] == "2019")
        #expect(table["微网格服务"]?["first_date"] == "2020-06-18")
        #expect(table["微网格服务"]?["first_speaker"] == "林晓岚")
        #expect(table["微网格服务"]?["sources"] == "南岭晚报; 云川观察; 江城日报")
        // Dated to the month only: as precise as the source.
        #expect(table["银发夜校"]?["first_date"] == "2022-09")
        #expect(table["银发夜校"]?["first_speaker"] == "陈默涵")
        #expect(table["银发夜校"]?["quoted_share"] == "0.2222")
        #expect(table["稳链强链延链"]?["first_speaker"] == "郑远航")
        #expect(table["稳链强链延链"]?["variants"] == "稳链延链 (3)")
        #expect(table["微网格服务"]?["variants"] == "")
    }

    @Test func lifecycleCountsAreFreqsAndQuotedShareIsQuotesShare() throws {
        let table = try lifecycle()
        let byDocument = try freqByDocument()
        let dict = try temporaryFile("terms.dict", Self.terms.joined(separator: "\n") + "\n")
        defer { try? FileManager.default.removeItem(atPath: dict) }
        let quotes = try CommandRunner.run(["quotes", Self.jsonl, "--format", "tsv"])
        let spans = records(quotes.stdout).map { ($0["document"]!, Int($0["start"]!)!, Int($0["end"]!)!) }
        for term in Self.terms.prefix(4) {
            let counts = byDocument[term] ?? [:]
            #expect(table[term]?["count"] == String(counts.values.reduce(0, +)), "\(term)")
            #expect(table[term]?["documents"] == String(counts.count), "\(term)")
            let kwic = try CommandRunner.run(["kwic", Self.jsonl, "--term", term, "--dict", dict, "--format", "tsv"])
            let hits = records(kwic.stdout).map { ($0["document"]!, Int($0["offset"]!)!) }
            #expect(hits.count == counts.values.reduce(0, +))
            let inside = hits.filter { document, offset in
                spans.contains { $0.0 == document && $0.1 <= offset && offset + term.count <= $0.2 }
            }
            let share = (Double(inside.count) / Double(hits.count) * 10_000).rounded() / 10_000
            #expect(Double(table[term]!["quoted_share"]!) == share, "\(term)")
        }
    }

    @Test func lifecyclePerYearShowsTheQuotationMarksFallingAway() throws {
        let result = try CommandRunner.run(["lifecycle", Self.jsonl, "--date-field", "date", "--term", Self.terms.prefix(4).joined(separator: ","),
                                            "--by", "date:year", "--format", "tsv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(rows(result.stdout).first == ["term", "date:year", "count", "per_million", "documents", "sources", "quoted_share"])
        let table = records(result.stdout)
        let silver = table.filter { $0["term"] == "银发夜校" }
        #expect(silver.map { $0["date:year"]! } == ["2019", "2020", "2021", "2022", "2023", "2024"])
        #expect(silver.map { $0["quoted_share"]! } == ["0.0000", "0.0000", "0.0000", "1.0000", "0.0000", "0.0000"])
        let whole = try lifecycle()
        for term in Self.terms.prefix(4) {
            #expect(String(table.filter { $0["term"] == term }.map { Int($0["count"]!)! }.reduce(0, +)) == whole[term]?["count"])
        }
    }

    @Test func lifecycleWithoutTermsFindsTheCorpusFormulations() throws {
        let result = try CommandRunner.run(["lifecycle", Self.jsonl, "--date-field", "date", "--source-field", "source", "--format", "tsv"])
        #expect(result.status == 0, "\(result.stderr)")
        let table = Dictionary(uniqueKeysWithValues: records(result.stdout).map { ($0["term"]!, $0) })
        #expect(table["链式治理"]?["first_speaker"] == "周立衡")
        #expect(table["稳链强链延链"]?["variants"] == "稳链延链 (3)")
        #expect(table["银发夜校"]?["first_date"] == "2022-09")
        #expect(records(result.stdout).allSatisfy { Int($0["documents"]!)! >= 3 })
    }

    @Test func lifecycleOfADocumentWithoutADateIsWarnedAndNeverFirst() throws {
        let input = """
            {"id":"x","text":"“链式治理”很早就有人说。"}
            {"id":"y","date":"2021-04","text":"链式治理推开了。"}

            """
        let result = try CommandRunner.run(["lifecycle", "--input-format", "jsonl", "-", "--date-field", "date",
                                            "--term", Self.terms.joined(separator: ","), "--format", "tsv"], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("1 document without a date in date (x)"))
        let row = records(result.stdout).first { $0["term"] == "链式治理" }
        #expect(row?["first_date"] == "2021-04")
        #expect(row?["first_document"] == "y")
        #expect(row?["count"] == "2")
        #expect(row?["quoted_share"] == "0.5000")
    }

    @Test func lifecyclePartialsMergeToTheSingleRun() throws {
        let parts = try halves()
        defer { for path in parts { try? FileManager.default.removeItem(atPath: path) } }
        let asked = ["--date-field", "date", "--source-field", "source", "--term", Self.terms.prefix(4).joined(separator: ",")]
        for form in [[], ["--by", "date:year"]] {
            var partials: [String] = []
            defer { for path in partials { try? FileManager.default.removeItem(atPath: path) } }
            for part in parts {
                let path = try temporaryFile("lifecycle.partial")
                partials.append(path)
                let result = try CommandRunner.run(["lifecycle", part] + asked + form + ["--variants", "稳链延链", "--partial", "-o", path])
                #expect(result.status == 0, "\(result.stderr)")
            }
            // The single run finds the variant itself; the parts are told it.
            let single = try CommandRunner.run(["lifecycle", Self.jsonl] + asked + form + ["--format", "csv"])
            let merged = try CommandRunner.run(["merge", "--as", "lifecycle", "--format", "csv"] + form + partials)
            #expect(merged.status == 0, "\(merged.stderr)")
            #expect(single.stdout.contains(form.isEmpty ? "周立衡" : "链式治理,2019,4"))
            #expect(merged.stdout == single.stdout)
            // Merged in stages (as on a cluster): the same table.
            let staged = try partials.map { partial in
                let path = try temporaryFile("staged.partial")
                let result = try CommandRunner.run(["merge", "--as", "lifecycle", "--partial", partial, "-o", path])
                #expect(result.status == 0, "\(result.stderr)")
                return path
            }
            partials += staged
            let again = try CommandRunner.run(["merge", "--as", "lifecycle", "--format", "csv"] + form + staged)
            #expect(again.stdout == single.stdout)
        }
    }

    @Test func lifecyclePartialsBreakEqualFirstDatesByPartialOrder() throws {
        let first = try temporaryFile("a.jsonl", "{\"id\":\"a\",\"date\":\"2021-04-01\",\"text\":\"甲方说要搞链式治理。\"}\n")
        let second = try temporaryFile("b.jsonl", "{\"id\":\"b\",\"date\":\"2021-04-01\",\"text\":\"乙方也谈链式治理。\"}\n")
        var partials: [String] = []
        defer { for path in [first, second] + partials { try? FileManager.default.removeItem(atPath: path) } }
        for input in [first, second] {
            let path = try temporaryFile("tie.partial")
            partials.append(path)
            let result = try CommandRunner.run(["lifecycle", input, "--date-field", "date", "--term", Self.terms.joined(separator: ","),
                                                "--partial", "-o", path])
            #expect(result.status == 0, "\(result.stderr)")
        }
        for (order, expected) in [(partials, "a"), (partials.reversed(), "b")] {
            let merged = try CommandRunner.run(["merge", "--as", "lifecycle", "--format", "tsv"] + order)
            let row = records(merged.stdout).first { $0["term"] == "链式治理" }
            #expect(row?["first_document"] == expected)
            #expect(row?["count"] == "2")
            #expect(row?["documents"] == "2")
        }
        let single = try CommandRunner.run(["lifecycle", first, second, "--date-field", "date", "--term", Self.terms.joined(separator: ","),
                                            "--format", "tsv"])
        #expect(records(single.stdout).first { $0["term"] == "链式治理" }?["first_document"] == "a")
        // Without terms a part's candidates are not the corpus's: refused.
        let refused = try CommandRunner.run(["lifecycle", first, "--date-field", "date", "--partial"])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--partial needs --term"))
    }

    @Test func lifecycleReadsDatesOutOfOrderAndGivesUnseenTermsZeroRows() throws {
        // Later dates first in the file: the earliest date still wins.
        let input = """
            {"id":"late","date":"2024-05-01","text":"“链式治理”已经推开。"}
            {"id":"early","date":"2020-01-02","text":"书记说：“要搞链式治理。”"}
            {"id":"middle","date":"2022","text":"链式治理见效。"}

            """
        let result = try CommandRunner.run(["lifecycle", "--input-format", "jsonl", "-", "--date-field", "date",
                                            "--term", Self.terms.joined(separator: ","), "--format", "tsv"], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        let table = Dictionary(uniqueKeysWithValues: records(result.stdout).map { ($0["term"]!, $0) })
        #expect(table["链式治理"]?["first_date"] == "2020-01-02")
        #expect(table["链式治理"]?["first_document"] == "early")
        #expect(table["链式治理"]?["count"] == "3")
        // Never seen: a row of zeros and empty places, not an error.
        #expect(table["微网格服务"]?["count"] == "0")
        #expect(table["微网格服务"]?["documents"] == "0")
        #expect(table["微网格服务"]?["first_date"] == "")
        #expect(table["微网格服务"]?["quoted_share"] == "0.0000")
        let perYear = try CommandRunner.run(["lifecycle", "--input-format", "jsonl", "-", "--date-field", "date", "--by", "date:year",
                                             "--term", Self.terms.joined(separator: ","), "--format", "tsv"], input: input)
        #expect(perYear.status == 0, "\(perYear.stderr)")
        let years = records(perYear.stdout).filter { $0["term"] == "链式治理" }
        #expect(years.map { $0["date:year"]! } == ["2020", "2022", "2024"])
        #expect(records(perYear.stdout).filter { $0["term"] == "微网格服务" }.map { $0["count"]! } == ["0", "0", "0"])
    }

    // MARK: report --date-field

    @Test func reportOverTimeDrawsCurvesNewWordsAndLifecycles() throws {
        let html = try temporaryFile("report.html")
        let markdown = try temporaryFile("report.md")
        defer { for path in [html, markdown] { try? FileManager.default.removeItem(atPath: path) } }
        let result = try CommandRunner.run(["report", Self.jsonl, "--date-field", "date", "-o", html])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOfFile: html, encoding: .utf8)
        let overTime = page.components(separatedBy: "<h2>Over time</h2>").last ?? ""
        #expect(page.contains("<h2>Over time</h2>"))
        // One curve chart of the changing words, then two per formulation (uses, quoted share).
        #expect(overTime.components(separatedBy: "<polyline class=\"curve\"").count - 1 >= 5 + 3 * 2)
        #expect(overTime.contains("链式治理: share in quotation marks"))
        #expect(overTime.contains("<th>new words (count in the corpus)</th>"))
        let text = try CommandRunner.run(["report", Self.jsonl, "--date-field", "date", "--format", "markdown", "-o", markdown])
        #expect(text.status == 0)
        let page2 = try String(contentsOfFile: markdown, encoding: .utf8)
        #expect(page2.contains("| 链式治理: uses per period | 2019 | 2020 | 2021 | 2022 | 2023 | 2024 |"))
    }

    // MARK: report --by

    @Test func reportByComparesEachGroupWithTheRestAsCompareByDoes() throws {
        let html = try temporaryFile("groups.html")
        let folder = try temporaryFile("groups-tables")
        defer { for path in [html, folder] { try? FileManager.default.removeItem(atPath: path) } }
        let result = try CommandRunner.run(["report", Self.jsonl, "--by", "source", "-o", html, "--export", folder])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("<h2>Groups by source</h2>"))
        #expect(page.contains("\">Groups by source</a>"))
        #expect(page.contains("江城日报: more frequent than in the rest (log-likelihood)"))
        func lines(_ path: String) throws -> [String] {
            try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        }
        // Each group's keywords are compare --by's, more frequent side, row for row.
        let compare = try CommandRunner.run(["compare", Self.jsonl, "--by", "source", "--top", "10", "--format", "csv"])
        let overused = compare.stdout.components(separatedBy: "\r\n").filter { $0.hasSuffix(",+") }
        let keywords = try lines(folder + "/group-keywords.csv")
        #expect(keywords.first?.hasPrefix("source,term,") == true)
        #expect(overused.count == 30)
        #expect(Array(keywords.dropFirst()) == overused)
        // Documents and running words per group: trend's group sizes.
        let groups = records(try lines(folder + "/groups.csv").joined(separator: "\n").replacingOccurrences(of: ",", with: "\t"))
        #expect(groups.map { $0["source"]! } == ["云川观察", "南岭晚报", "江城日报"])
        #expect(groups.map { Int($0["documents"]!)! }.reduce(0, +) == 42)
        let trend = try CommandRunner.run(["trend", Self.jsonl, "--by", "source", "--term", Self.terms.joined(separator: ","), "--format", "tsv"])
        let sizes = records(trend.stdout).filter { $0["term"] == "链式治理" }.map { $0["group_documents"]! }
        #expect(groups.map { $0["documents"]! } == sizes)
        #expect(groups.first?["top keywords against the rest"]?.hasPrefix("评论、认为") == true)
        // A grouping that is not fields is refused.
        let refused = try CommandRunner.run(["report", Self.jsonl, "--by", "document", "-o", html])
        #expect(refused.status == 64)
    }
}
