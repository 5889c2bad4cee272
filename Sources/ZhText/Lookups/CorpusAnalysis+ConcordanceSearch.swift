extension CorpusAnalysis {
    /// The hits of `search` in every document under `paths`, handed to `each` document by
    /// document (a large file's piece by piece) in input order, so that they need not be kept.
    public func concordance(_ paths: [String], _ search: ConcordanceSearch, each: ([ConcordanceHit]) -> Void) async
        -> [Diagnostic]
    {
        let lexicon = self.lexicon
        return await Corpus.forEachDocument(paths, options: readerOptions, transform: { document, _ in
            search.hits(in: document, tokenizer: DocumentTokenizer(lexicon: lexicon))
        }, combine: { found, _ in each(found) }, progress: progress)
    }
}
