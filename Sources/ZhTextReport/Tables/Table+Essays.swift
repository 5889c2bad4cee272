import ZhText

extension Table {
    /// Columns of the essays table.
    public static let essayColumns = ["document", "essay", "title", "section", "paragraphs", "sentences", "characters"]

    /// The essays of `corpus`: one row per essay and section, in the order they appear.
    public static func essays(_ corpus: Corpus) -> Table {
        var table = Table(columns: essayColumns)
        for document in corpus.documents { table.rows += essays(of: document).rows }
        return table
    }

    /// The essays of one document: one row per essay and section.
    public static func essays(of document: Document) -> Table {
        var table = Table(columns: essayColumns)
        for essay in document.essays {
            for section in essay.sections {
                let paragraphs = essay.paragraphs.filter { $0.section == section }
                let sentences = paragraphs.reduce(0) { $0 + $1.sentences.count }
                let characters = paragraphs.reduce(0) { total, paragraph in
                    total + document.text(paragraph.span).unicodeScalars.filter { !$0.properties.isWhitespace }.count
                }
                table.append([
                    .text(document.source), .integer(essay.number), .text(essay.title),
                    .text(section.rawValue), .integer(paragraphs.count), .integer(sentences),
                    .integer(characters),
                ])
            }
        }
        return table
    }
}
