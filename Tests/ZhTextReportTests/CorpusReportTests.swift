import Foundation
import Testing
import ZhText
import ZhTextReport

/// The report as a library user builds it: the same sections `zhtext report` writes.
@Suite struct CorpusReportTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Corpus/rural").standardizedFileURL.path

    @Test func aCorpusReportHasEverySectionInOrder() async throws {
        let lexicon = try Lexicon.standard()
        let corpus = await Corpus.read([Self.corpus], options: DocumentReader.Options().learning(with: lexicon))
        let report = await CorpusReport(paths: [Self.corpus], lexicon: lexicon).build(corpus)
        #expect(report.sections.map(\.heading) == [
            "Overview", "Top words (two characters or more)", "Key phrases",
            "Keyness: \(Self.corpus) against general Chinese", "Quotations", "Key phrases in context",
        ])
        let markdown = ReportWriter.markdown(report)
        #expect(markdown.contains("6 documents, 6 essays"))
        #expect(markdown.contains("| speaker | quotations by speaker |"))
    }
}
