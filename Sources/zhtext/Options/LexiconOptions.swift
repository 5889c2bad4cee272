import ArgumentParser
import Foundation
import ZhTextCore

/// The lexicon the segmenter uses.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("dict"), help: "A user lexicon in jieba's format (word [freq] [tag]); repeatable.")
    var dictionaries: [String] = []

    /// ICU's dictionary plus the user lexicons, from the cache when it can.
    func lexicon() throws -> Lexicon {
        let lexicons = try dictionaries.map { path in
            do {
                return try UserLexicon(contentsOf: path)
            } catch {
                throw ValidationError("cannot read lexicon \(path): \(error.localizedDescription)")
            }
        }
        return try Lexicon.standard(adding: lexicons)
    }
}
