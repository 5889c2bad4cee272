import ZhTextCore

extension CorpusAnalysis {
    /// Words and phrases the lexicon lacks, discovered in the documents under `paths`.
    public func phrases(_ paths: [String], miner: PhraseMiner, top: Int? = nil) async
        -> (phrases: [DiscoveredPhrase], diagnostics: [Diagnostic])
    {
        let (phrases, _, diagnostics) = await phrasesAndSize(paths, miner: miner)
        return (top.map { Array(phrases.prefix($0)) } ?? phrases, diagnostics)
    }

    /// Discovered phrases and the number of Han characters they were counted over.
    public func phrasesAndSize(_ paths: [String], miner: PhraseMiner) async
        -> (phrases: [DiscoveredPhrase], characters: Int, diagnostics: [Diagnostic])
    {
        let (counts, diagnostics) = await Corpus.reduceDocuments(
            paths, options: readerOptions, initial: { miner.counts() },
            accumulate: { counts, document, _ in miner.add(document, to: &counts) },
            merge: { $0.merge($1) }, progress: progress)
        return (miner.phrases(from: counts, lexicon: lexicon), counts.characters, diagnostics)
    }

    /// The discovered phrases as a user lexicon, so that one corpus is segmented consistently.
    /// Each phrase keeps its count as its frequency, out of the corpus's running words
    /// (estimated as characters / 1.6, the mean length of a Chinese word in running text), so
    /// the lattice still weighs it against its parts.
    public static func adaptedLexicon(_ phrases: [DiscoveredPhrase], characters: Int, name: String = "corpus") -> UserLexicon {
        UserLexicon(
            name: name, entries: phrases.map { UserLexicon.Entry(word: $0.term, frequency: Double($0.count)) },
            frequencyTotal: max(Double(characters) / 1.6, 1))
    }
}
