import ArgumentParser
import Foundation
import ZhText
import ZhTextCore

/// The lexicon the segmenter uses.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("dict"), help: "A user lexicon in jieba's format (word [freq] [tag]); repeatable.")
    var dictionaries: [String] = []

    @Flag(help: "Adapt the lexicon to the corpus: add the words and phrases `zhtext phrases` discovers in it.")
    var adapt = false

    func userLexicons() throws -> [UserLexicon] {
        try dictionaries.map { path in
            do {
                return try UserLexicon(contentsOf: path)
            } catch {
                throw ValidationError("cannot read lexicon \(path): \(error.localizedDescription)")
            }
        }
    }

    /// ICU's dictionary plus the user lexicons, from the cache when it can.
    func lexicon() throws -> Lexicon {
        try Lexicon.standard(adding: try userLexicons())
    }

    /// The lexicon, adapted to the corpus under `paths` when `--adapt` is given.
    func lexicon(for paths: [String], readerOptions: DocumentReader.Options) async throws -> Lexicon {
        let base = try lexicon()
        guard adapt else { return base }
        let analysis = CorpusAnalysis(readerOptions: readerOptions, lexicon: base)
        var miner = PhraseMiner()
        miner.maximumLength = 3
        let (phrases, characters, _) = await analysis.phrasesAndSize(paths, miner: miner)
        return try Lexicon.standard(
            adding: try userLexicons() + [CorpusAnalysis.adaptedLexicon(phrases, characters: characters)])
    }
}
