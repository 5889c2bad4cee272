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

    /// The essays of one document: one row per essay and section; with `withFields`, a last
    /// column `fields` holds the document's metadata fields as a JSON object.
    public static func essays(of document: Document, withFields: Bool = false) -> Table {
        var table = Table(columns: essayColumns + (withFields ? ["fields"] : []))
        let fields = withFields ? [Cell.text(fieldsJSON(document.fields))] : []
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
                ] + fields)
            }
        }
        return table
    }

    /// Fields as a compact JSON object, in their order (`{"date":"2024-03-05","source":"日报"}`).
    public static func fieldsJSON(_ fields: DocumentFields) -> String {
        "{" + fields.map { JSONText.quoted($0.name) + ":" + JSONText.quoted($0.value) }.joined(separator: ",") + "}"
    }
}
