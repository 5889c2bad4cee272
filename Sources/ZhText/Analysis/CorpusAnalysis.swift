import Foundation
import ZhTextCore

/// The analyses of a whole corpus, each in one streaming pass that uses every core.
public struct CorpusAnalysis: Sendable {
    /// How files are read: format, encoding, metadata and the filter on it.
    public var readerOptions: DocumentReader.Options
    /// The lexicon documents are segmented with.
    public var lexicon: Lexicon
    /// Called after each document (from any thread).
    public var progress: (@Sendable (CorpusProgress) -> Void)?

    /// An analysis reading with `readerOptions` and segmenting with `lexicon`; `progress`, if given, is called after each document from any thread.
    public init(readerOptions: DocumentReader.Options = .init(), lexicon: Lexicon,
                progress: (@Sendable (CorpusProgress) -> Void)? = nil) {
        self.readerOptions = readerOptions.learning(with: lexicon)
        self.lexicon = lexicon
        self.progress = progress
    }

    /// Frequencies of the n-grams of every document under `paths`.
    public func frequencies(_ paths: [String], options: NGramOptions, grouping: Grouping) async
        -> (counter: FrequencyCounter, diagnostics: [Diagnostic])
    {
        await count(paths) { FrequencyCounter(options: options, grouping: grouping) }
    }

    /// Word pairs within `window` words of each other.
    public func collocations(_ paths: [String], window: Int, options: NGramOptions) async
        -> (counter: CollocationCounter, diagnostics: [Diagnostic])
    {
        await count(paths) { CollocationCounter(window: window, options: options) }
    }

    /// Concordance lines of `concordance.term` in every document.
    public func concordance(_ paths: [String], _ concordance: Concordance) async
        -> (lines: [ConcordanceLine], diagnostics: [Diagnostic])
    {
        var lines: [ConcordanceLine] = []
        let diagnostics = await self.concordance(paths, concordance) { lines += $0 }
        return (lines, diagnostics)
    }

    /// Concordance lines of `concordance.term`, handed to `each` document by document (a
    /// large file's piece by piece) in input order, so that they need not all be kept.
    public func concordance(_ paths: [String], _ concordance: Concordance, each: ([ConcordanceLine]) -> Void) async
        -> [Diagnostic]
    {
        let lexicon = self.lexicon
        return await Corpus.forEachDocument(paths, options: readerOptions, transform: { document, _ in
            concordance.lines(in: document, tokenizer: DocumentTokenizer(lexicon: lexicon))
        }, combine: { found, _ in each(found) }, progress: progress)
    }

    /// Keywords of `target` against `reference`: every term seen at least `minCount` times in
    /// both together, positive keywords first, each direction by log-likelihood.
    public func keyness(target: [String], reference: [String], options: NGramOptions, minCount: Int = 1) async
        -> (rows: [KeynessRow], diagnostics: [Diagnostic])
    {
        let (targetCounts, targetDiagnostics) = await frequencies(target, options: options, grouping: .corpus)
        let (referenceCounts, referenceDiagnostics) = await frequencies(reference, options: options, grouping: .corpus)
        let rows = KeynessRow.rows(target: targetCounts, reference: referenceCounts, minCount: minCount,
                                   background: BackgroundModel(lexicon: lexicon))
        return (rows, targetDiagnostics + referenceDiagnostics)
    }

    /// Keywords of `target` against general Chinese (`background`): every word n-gram seen at
    /// least `minCount` times in the target, with its expected count in `background.size`
    /// words of general Chinese as the reference count. Only word n-grams have a background.
    public func keyness(target: [String], background: BackgroundModel, options: NGramOptions, minCount: Int = 1) async
        -> (rows: [KeynessRow], diagnostics: [Diagnostic])
    {
        precondition(options.unit == .word, "the background model counts words, not characters")
        let (targetCounts, diagnostics) = await frequencies(target, options: options, grouping: .corpus)
        return (KeynessRow.rows(target: targetCounts, background: background, minCount: minCount), diagnostics)
    }
}

/// A term's keyness in a target corpus against a reference corpus.
public struct KeynessRow: Sendable, Hashable {
    /// The n-gram as written (words joined with nothing).
    public var term: String
    /// Its words joined by one space.
    public var tokens: String
    /// Number of words in the n-gram.
    public var n: Int
    /// Its counts on both sides and the statistics computed from them.
    public var keyness: Keyness

    /// Rows for every term with at least `minCount` occurrences in both corpora together:
    /// `+` rows then `-` rows, each by log-likelihood, descending; terms with equal
    /// log-likelihood (as in small corpora, where many counts are equal) by how specific they
    /// are in general Chinese when `background` is given, then by their words.
    public static func rows(target: FrequencyCounter, reference: FrequencyCounter, minCount: Int,
                            background: BackgroundModel? = nil) -> [KeynessRow] {
        let targetCounts = target.allCounts[.corpus] ?? [:]
        let referenceCounts = reference.allCounts[.corpus] ?? [:]
        let targetTotal = target.total(of: .corpus)
        let referenceTotal = reference.total(of: .corpus)
        var rows: [KeynessRow] = []
        for key in Set(targetCounts.keys).union(referenceCounts.keys) {
            let a = targetCounts[key] ?? 0, b = referenceCounts[key] ?? 0
            guard a + b >= minCount else { continue }
            let words = key.split(separator: " ")
            rows.append(KeynessRow(
                term: words.joined(), tokens: key, n: words.count,
                keyness: Keyness(targetCount: a, referenceCount: b, targetTotal: targetTotal, referenceTotal: referenceTotal)))
        }
        rows.sortByKeyness(background: background)
        return rows
    }

    /// Rows for every term of `target` with at least `minCount` occurrences there, against
    /// its expected count in general Chinese, in the same order as `rows(target:reference:)`.
    public static func rows(target: FrequencyCounter, background: BackgroundModel, minCount: Int) -> [KeynessRow] {
        let targetTotal = target.total(of: .corpus)
        var rows: [KeynessRow] = []
        for (key, count) in target.allCounts[.corpus] ?? [:] where count >= minCount {
            let words = key.split(separator: " ")
            let expected = Int(background.expectedCount(ofTokens: key).rounded())
            rows.append(KeynessRow(
                term: words.joined(), tokens: key, n: words.count,
                keyness: Keyness(targetCount: count, referenceCount: expected, targetTotal: targetTotal,
                                 referenceTotal: background.size)))
        }
        rows.sortByKeyness(background: background)
        return rows
    }
}

extension [KeynessRow] {
    /// `+` rows then `-` rows, each by log-likelihood, descending; ties by specificity in
    /// `background` (rarer first), then by tokens.
    mutating func sortByKeyness(background: BackgroundModel?) {
        let specificity = background.map { background in
            Dictionary(map { ($0.tokens, -log(background.expectedCount(ofTokens: $0.tokens) + 1)) },
                       uniquingKeysWith: { first, _ in first })
        } ?? [:]
        sort { lhs, rhs in
            let lhsPositive = lhs.keyness.direction == .more, rhsPositive = rhs.keyness.direction == .more
            if lhsPositive != rhsPositive { return lhsPositive }
            if lhs.keyness.logLikelihood != rhs.keyness.logLikelihood {
                return lhs.keyness.logLikelihood > rhs.keyness.logLikelihood
            }
            let lhsSpecificity = specificity[lhs.tokens] ?? 0, rhsSpecificity = specificity[rhs.tokens] ?? 0
            if lhsSpecificity != rhsSpecificity { return lhsSpecificity > rhsSpecificity }
            return lhs.tokens < rhs.tokens
        }
    }
}
