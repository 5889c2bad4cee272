import ZhText
import ZhTextCore
import ZhTextReport

/// `report --by KEY`: the section comparing the groups of documents.
extension ReportCommand {
    /// Each group's documents, running words and keywords against the rest, counted as
    /// `compare --by KEY` counts them (single words, the built-in stop words left out).
    static func groupsSection(_ paths: [String], by: Grouping, documents: [Document], readerOptions: DocumentReader.Options,
                              lexicon: Lexicon) async -> Report.Section {
        let analysis = CorpusAnalysis(readerOptions: readerOptions, lexicon: lexicon)
        let (counter, _) = await analysis.frequencies(paths, options: NGramOptions(), grouping: by)
        var sizes: [[String]: Int] = [:]
        for document in documents where document.piece <= 1 {
            sizes[by.fieldValues(of: document.fields).values, default: 0] += 1
        }
        return .groups(counter, grouping: by, documents: sizes, background: BackgroundModel(lexicon: lexicon))
    }
}
