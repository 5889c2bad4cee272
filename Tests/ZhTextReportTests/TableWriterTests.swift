import Testing
import ZhTextReport

@Suite struct TableWriterTests {
    let table = Table(columns: ["term", "count"], rows: [
        [.text("群众"), .integer(12)],
        [.text("a,\"b\"\nc"), .integer(3)],
    ])

    @Test func csvQuotesCommasQuotesAndLineBreaks() {
        let csv = TableWriter.render(table, as: .csv)
        #expect(csv == "term,count\r\n群众,12\r\n\"a,\"\"b\"\"\nc\",3\r\n")
    }

    @Test func textThatLooksLikeAFormulaIsWrittenAsText() {
        let risky = Table(columns: ["text", "score"], rows: [
            [.text("=HYPERLINK(\"http://x\",\"点我\")是公式。"), .number(-1.5, decimals: 1)],
            [.text("+86 电话"), .integer(-3)],
            [.text("@所有人"), .integer(1)],
            [.text("-减号"), .integer(2)],
        ])
        let csv = TableWriter.render(risky, as: .csv)
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")是公式。\",-1.5"))
        #expect(csv.contains("'+86 电话,-3"))
        #expect(csv.contains("'@所有人,1"))
        #expect(TableWriter.render(risky, as: .tsv).contains("'-减号\t2"))
        // JSON and the aligned table keep the text as it is.
        #expect(TableWriter.render(risky, as: .json).contains("\"@所有人\""))
    }

    @Test func tsvReplacesTabsAndLineBreaksInCells() {
        #expect(TableWriter.render(table, as: .tsv) == "term\tcount\n群众\t12\na,\"b\" c\t3\n")
    }

    @Test func jsonKeepsColumnOrderAndNumberTypes() {
        let json = TableWriter.render(table, as: .json)
        #expect(json == "[\n  {\"term\": \"群众\", \"count\": 12},\n  {\"term\": \"a,\\\"b\\\"\\nc\", \"count\": 3}\n]\n")
    }

    @Test func alignedTableCountsChineseCharactersAsTwoColumns() {
        let aligned = TableWriter.render(Table(columns: ["term", "n"], rows: [[.text("群众"), .integer(5)], [.text("ab"), .integer(10)]]), as: .table)
        #expect(aligned == "term   n\n群众   5\nab    10\n")
    }

    @Test func numbersKeepTheirDecimals() {
        #expect(Cell.number(3.14159, decimals: 2).description == "3.14")
        #expect(Cell.number(2, decimals: 3).description == "2.000")
        #expect(Cell.number(.infinity, decimals: 1).description == "Inf")
    }

    @Test func displayWidth() {
        #expect(TableWriter.displayWidth("第二批ABC") == 9)
    }
}
