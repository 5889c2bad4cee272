import Testing
@testable import ZhText

/// Documents' metadata: dates in the forms analysts' corpora write them, conditions, groupings,
/// CSV and the fields of JSON Lines records.
@Suite struct MetadataTests {
    @Test(arguments: [
        ("2024-03-05", "2024-03-05"), ("2024-03", "2024-03"), ("2024", "2024"), ("2024/3/5", "2024-03-05"),
        ("2024年3月5日", "2024-03-05"), ("2024年3月", "2024-03"), ("20240305", "2024-03-05"), ("2024.3.5", "2024-03-05"),
        ("2024-03-05T08:30:00Z", "2024-03-05"), (" 2024年 ", "2024"),
    ])
    func everyDateFormReads(text: String, iso: String) {
        #expect(FieldDate(parsing: text)?.description == iso)
    }

    @Test(arguments: ["不详", "2024-13-01", "2023-02-29", "24-03-05", "2024-3-5-6", "", "March 2024", "2024年3月32日"])
    func whatIsNoDateIsNotReadAsOne(text: String) {
        #expect(FieldDate(parsing: text) == nil)
    }

    @Test func periodsOfADate() throws {
        let date = try #require(FieldDate(parsing: "2024年8月15日"))
        #expect(DatePart.allCases.map { date.period($0) } == ["2024", "2024-Q3", "2024-08", "2024-08-15"])
        let month = try #require(FieldDate(parsing: "2024-08"))
        #expect(month.period(.quarter) == "2024-Q3")
        #expect(month.period(.day) == nil)
    }

    @Test func conditionsCompareDatesAsDatesNumbersAsNumbersAndTheRestAsText() throws {
        let fields = DocumentFields([("date", "2024年3月5日"), ("views", "500"), ("source", "人民日报")])
        func holds(_ expression: String) throws -> Bool { try DocumentFilter([expression]).matches(fields) }
        #expect(try holds("date>=2024-01-01"))
        #expect(try holds("date<=2024-03-05"))
        #expect(try !holds("date<=2024-03-04"))
        #expect(try holds("date=2024"))        // a year covers its days
        #expect(try holds("date=2024-03"))
        #expect(try !holds("date!=2024"))
        #expect(try holds("views>=100"))       // 500 >= 100 as numbers, though "500" < "100" as text
        #expect(try holds("views<=1000"))      // 1000 reads as a year too; 500 is a number, not a date
        #expect(try holds("source=人民日报"))
        #expect(try !holds("source!=人民日报"))
        #expect(try !holds("author=张三"))      // a missing field fails all but !=
        #expect(try holds("author!=张三"))
        #expect(try !DocumentFilter(["date>=2024"]).matches(DocumentFields([("date", "不详")])))
    }

    @Test func conditionsThatCannotBeReadAreRefused() {
        #expect(throws: GroupingError.self) { try DocumentFilter(["source"]) }
        #expect(throws: GroupingError.self) { try DocumentFilter(["=x"]) }
    }

    @Test func groupingsReadKeysAndNameTheirColumns() throws {
        let grouping = try Grouping(parsing: "date:year,source")
        #expect(grouping.keys == [.date("date", .year), .field("source")])
        #expect(grouping.columns == ["date:year", "source"])
        #expect(try Grouping(parsing: "section").columns == ["document", "essay", "section"])
        #expect(try Grouping(parsing: "source,document").columns == ["source", "document"])
        #expect(try Grouping(parsing: "corpus") == .corpus)
        #expect(throws: GroupingError.self) { try Grouping(parsing: "date:week") }
        #expect(throws: GroupingError.self) { try Grouping(parsing: "source,source") }
        let values = grouping.fieldValues(of: DocumentFields([("source", "新华社"), ("date", "没有日期")]))
        #expect(values.values == ["", "新华社"])
        #expect(values.unreadDates.map(\.1) == ["没有日期"])
    }

    @Test func csvFollowsRFC4180() {
        let text = "\u{FEFF}id,text,date\r\n1,\"他说：“好，”然后走了。\n第二行\",2024\r\n2,\"引号\"\"里\"\"\",2025\n3,太少\n"
        let table = CSVRecords(text: text, source: "a.csv")
        #expect(table.columns == ["id", "text", "date"])
        #expect(table.rows.map(\.cells) == [["1", "他说：“好，”然后走了。\n第二行", "2024"], ["2", "引号\"里\"", "2025"]])
        #expect(table.rows.map(\.line) == [2, 4])
        #expect(table.diagnostics.map(\.description) == ["error: a.csv: line 5: 2 cells where the header has 3 (the row is skipped)"])
    }

    @Test func anUnclosedQuoteIsReportedNotSwallowedSilently() {
        let table = CSVRecords(text: "id,text\n1,好\n2,\"没有结束\n", source: "b.csv")
        #expect(table.rows.map(\.cells) == [["1", "好"]])
        #expect(table.diagnostics.count == 1)
        #expect(table.diagnostics.first?.description.contains("line 3") == true)
    }

    @Test func jsonLinesMembersBecomeFieldsInTheirOrder() {
        let line = #"{"id":"a","source":"晚报","text":"新质生产力","date":"2024-05","n":3,"ok":false,"tags":["x"],"none":null}"#
        var records: [JSONLinesReader.Record] = []
        let problems = JSONLinesReader().forEachRecord(in: Array((line + "\n").utf8), source: "a.jsonl") { records.append($0) }
        #expect(problems.isEmpty)
        let fields = records.first?.fields
        #expect(fields?.names == ["source", "date", "n", "ok", "tags", "none"])
        #expect(fields?.values == ["晚报", "2024-05", "3", "false", "[\"x\"]", ""])
    }

    @Test func memberOrderSurvivesNestingAndEscapes() {
        let line = #"{"b":{"x":[1,{"y":"}"}]},"a\"q":"v,}","c":1}"#
        #expect(JSONMemberOrder.names(Array(line.utf8)[...]) == ["b", "a\"q", "c"])
    }

    @Test func aMetadataTableGivesFilesTheirFieldsByPath() throws {
        let table = try MetadataTable(text: "path,date,source\na.txt,2024-03-05,日报\n/abs/b.txt,2023,晚报\na.txt,2025,重复\n",
                                      source: "meta.csv", folder: "/corpus")
        #expect(table.fields(ofFile: "/corpus/a.txt")?["source"] == "日报")
        #expect(table.fields(ofFile: "/corpus/sub/../a.txt")?["date"] == "2024-03-05")
        #expect(table.fields(ofFile: "/abs/b.txt")?.names == ["date", "source"])
        #expect(table.fields(ofFile: "/corpus/c.txt") == nil)
        #expect(table.diagnostics.count == 1)
        #expect(throws: InputError.self) { try MetadataTable(text: "file,date\na,2024\n", source: "m.csv", folder: "/") }
    }

    @Test func aDocumentThatIsOneShortLineIsStillText() {
        let document = DocumentReader().read(text: "他说：“我们明天去北京！”", source: "q")
        #expect(document.paragraphs.count == 1)
        #expect(document.paragraphs.first?.sentences.isEmpty == false)
    }

    @Test func aLineThatIsNotJSONSaysWhy() {
        func problems(_ bytes: [UInt8]) -> [String] {
            JSONLinesReader().forEachRecord(in: bytes, source: "x.jsonl") { _ in }.map(\.message)
        }
        let gb18030: [UInt8] = Array(#"{"id":"a","text":""#.utf8) + [0xB1, 0xB1, 0xBE, 0xA9] + Array(#""}"#.utf8) + [0x0A]
        #expect(problems(gb18030).first?.contains("not UTF-8 (GB18030 or Big5?)") == true)
        // What is left of a UTF-16 file cut at its 0x0A bytes: a line holding NUL bytes.
        #expect(problems([0x00, 0x7D, 0x00, 0x0A]).first?.contains("looks like UTF-16") == true)
        let nesting = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        let deep: [UInt8] = Array(#"{"id":"a","text":"x","d":"#.utf8) + Array(nesting.utf8) + Array("}\n".utf8)
        #expect(problems(deep).first?.contains("nested") == true)
    }
}
