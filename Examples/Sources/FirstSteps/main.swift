// First steps with zhtext as a library: segment a sentence, count the words of a corpus, find
// what sets one part of it apart, and list who is quoted. Only `import ZhText` is needed.
import ZhText

let paths = CommandLine.arguments.count > 1 ? Array(CommandLine.arguments.dropFirst()) : ["Corpus"]

// 1. One sentence, one call: each token with its text, part of speech and character offsets.
let segmenter = try TextSegmenter()
for token in segmenter.tokens(of: "社区网格员每天走访独居老人。") {
    print(token.text, token.tag, token.span.start, separator: "\t")
}

// 2. The words of a corpus (files, folders, JSON Lines or CSV), read and segmented on every core.
let lexicon = try Lexicon.standard()
let analysis = CorpusAnalysis(lexicon: lexicon)
let (counter, problems) = await analysis.frequencies(paths, options: NGramOptions(), grouping: .corpus)
for problem in problems { print("problem:", problem) }
print("running words:", counter.total(of: .corpus))
for row in counter.rows(top: 5) {
    print(row.term, row.count, row.documents, separator: "\t")
}

// 3. Keywords of the first folder against the others (log-likelihood; positive keywords first).
let folders = paths.count == 1 ? subfolders(of: paths[0]) : []
if folders.count > 1 {
    let (rows, _) = await analysis.keyness(target: [folders[0]], reference: Array(folders.dropFirst()),
                                           options: NGramOptions(), minCount: 3)
    print("keywords of \(folders[0]):", rows.prefix(5).map(\.term).joined(separator: " "))
}

// 4. Quotations and their speakers, document by document.
let corpus = await Corpus.read(paths, options: DocumentReader.Options().learning(with: lexicon))
let finder = QuotationFinder(lexicon: lexicon)
var speakers: [String: Int] = [:]
for document in corpus.documents {
    for quotation in finder.quotations(in: document) where !quotation.speaker.isEmpty {
        speakers[quotation.canonicalSpeaker, default: 0] += 1
    }
}
print("speakers:", speakers.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(5)
    .map { "\($0.key) \($0.value)" }.joined(separator: ", "))
