import CSV
import Testing
import ZhTextReport

/// Tables written row by row read the same as tables written whole.
@Suite struct TableStreamTests {
    let rows: [[Cell]] = [
        [.text("群众"), .integer(12)],
        [.text("a,\"b\"\r\nc"), .integer(3)],
        [.text("=1+1"), .number(-0.5, decimals: 2)],
        [.text(""), .integer(0)],
    ]

    func streamed(_ format: TableFormat, batches: [[[Cell]]]) -> String {
        var text = ""
        let stream = TableStream(columns: ["term", "count"], format: format) { text += $0 }
        for batch in batches { stream.append(batch) }
        stream.finish()
        return text
    }

    @Test(arguments: TableFormat.allCases)
    func rowsInBatchesGiveTheWholeTable(format: TableFormat) {
        let whole = TableWriter.render(Table(columns: ["term", "count"], rows: rows), as: format)
        #expect(streamed(format, batches: [[rows[0]], [], Array(rows[1...2]), [rows[3]]]) == whole)
        #expect(streamed(format, batches: []) == TableWriter.render(Table(columns: ["term", "count"]), as: format))
    }

    @Test func csvReadsBackAsWritten() throws {
        let csv = TableWriter.render(Table(columns: ["term", "count"], rows: rows), as: .csv)
        let reader = try CSVReader(string: csv, hasHeaderRow: true)
        var read: [[String]] = []
        while let row = reader.next() { read.append(row) }
        #expect(reader.headerRow == ["term", "count"])
        #expect(read == [["群众", "12"], ["a,\"b\"\r\nc", "3"], ["'=1+1", "-0.50"], ["", "0"]])
    }

    @Test func anAlignedTableTakesItsWidthsFromItsFirstRows() {
        let many = (0..<TableStream.alignedSampleRows).map { _ in [Cell.text("ab"), Cell.integer(1)] }
        let text = streamed(.table, batches: [many, [[.text("长长的词"), .integer(100)]]])
        let lines = text.split(separator: "\n")
        #expect(lines.count == TableStream.alignedSampleRows + 2)
        #expect(lines[0] == "term  count")
        #expect(lines[1] == "ab        1")
        // A wider cell after the sample pushes its line to the right.
        #expect(lines.last == "长长的词    100")
    }

    @Test func aByteOrderMarkComesOnceWhateverThePieces() throws {
        for encoding in ["UTF-16", "UTF-32", "UTF-8"] {
            var encoder = TableOutput(encoding: encoding, byteOrderMark: true).encoder()
            let pieces = try ["", "人民", ",", "群众\n"].map { try encoder.encode($0) }
            let whole = try TableOutput(encoding: encoding, byteOrderMark: true).bytes(of: "人民,群众\n")
            #expect(pieces.flatMap { $0 } == whole, "\(encoding)")
        }
    }

    @Test func charactersAnEncodingLacksAreCountedAcrossPieces() throws {
        var encoder = TableOutput(encoding: "ISO-8859-1").encoder()
        _ = try encoder.encode("abc")
        _ = try encoder.encode("人民")
        _ = try encoder.encode("x群")
        #expect(encoder.unencodable?.count == 3)
        #expect(encoder.unencodable?.first == "人")
    }
}
