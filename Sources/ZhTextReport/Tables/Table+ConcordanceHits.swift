import ZhText

extension Table {
    /// Concordance hits: `document, essay`, the document `fields` asked for, `left, keyword,
    /// right, offset, end` (the hit's character offsets), then the words at each sort
    /// `position` (columns named `1R`, `2L`, …). The left context is right-aligned in the
    /// aligned table so the keywords line up.
    public static func concordance(_ hits: [ConcordanceHit], fields: [String], positions: [ContextPosition]) -> Table {
        var table = Table(columns: ["document", "essay"] + fields + ["left", "keyword", "right", "offset", "end"]
            + positions.map(\.description))
        table.rightAligned = ["left"]
        for hit in hits {
            table.append([.text(hit.document), .integer(hit.essay)] + hit.fields.map { .text($0) }
                + [.text(hit.left), .text(hit.keyword), .text(hit.right), .integer(hit.start), .integer(hit.end)]
                + hit.words.map { .text($0) })
        }
        return table
    }
}
