import ArgumentParser
import Foundation
import ZhText
import ZhTextCore

/// `--term X[,Y…]` and `--terms FILE`: terms asked for by name, which join the run's lexicon
/// (as a `--dict` word does) so that every occurrence as written counts as one token.
struct TermListOptions: ParsableArguments {
    @Option(name: .customLong("term"), help: ArgumentHelp(
        "A term to follow, or several joined by commas; repeatable. Each joins the lexicon for the run, as a --dict word does.",
        valueName: "terms"))
    var given: [String] = []

    @Option(name: .customLong("terms"), help: ArgumentHelp(
        "A file of terms to follow, one a line (# starts a comment; anything after the first space or tab is ignored).",
        valueName: "file"))
    var file: String?

    /// The terms in the order given, each once; nil when none were asked for.
    func terms() throws -> [String]? {
        var terms = given.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("--terms \(file): cannot read the file") }
            for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
                let word = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
                if !word.isEmpty, !word.hasPrefix("#") { terms.append(word) }
            }
            if terms.isEmpty { throw ValidationError("--terms \(file) lists no term") }
        }
        terms = terms.filter { !$0.isEmpty }
        guard !terms.isEmpty else {
            if !given.isEmpty { throw ValidationError("--term names no term") }
            return nil
        }
        var seen: Set<String> = []
        return terms.filter { seen.insert($0).inserted }
    }

    /// The terms as a user lexicon (no frequency: as a `--dict` line with the word alone).
    static func lexicon(of terms: [String], name: String) -> UserLexicon {
        UserLexicon(name: name, entries: terms.map { UserLexicon.Entry(word: $0) })
    }
}

extension LexiconOptions {
    /// The run's lexicon with `extra` words added after the `--dict` lexicons (and the
    /// corpus's phrases with `--adapt`).
    func lexicon(for paths: [String], readerOptions: DocumentReader.Options, adding extra: [UserLexicon]) async throws -> Lexicon {
        guard !extra.isEmpty else { return try await lexicon(for: paths, readerOptions: readerOptions) }
        var added = try userLexicons()
        if adapt {
            let analysis = CorpusAnalysis(readerOptions: readerOptions, lexicon: try lexicon())
            var miner = PhraseMiner()
            miner.maximumLength = 3
            let (phrases, characters, _) = await analysis.phrasesAndSize(paths, miner: miner)
            added.append(CorpusAnalysis.adaptedLexicon(phrases, characters: characters))
        }
        do {
            let lexicon = try Lexicon.standard(adding: added + extra, main: main)
            LexiconWarnings.report(lexicon.warnings)
            return lexicon
        } catch {
            throw ValidationError("cannot load the lexicon with the terms added: \(error.localizedDescription)")
        }
    }
}
