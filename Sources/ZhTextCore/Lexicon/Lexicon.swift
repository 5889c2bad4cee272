import Foundation

/// The words the segmenter knows, each with a cost (lower is more likely) and a
/// part-of-speech tag.
///
/// The standard lexicon merges, on one cost scale (see `CostScale`):
/// 1. ICU's own CJK dictionary (`cjdict`, about 316,000 words with costs, no tags);
/// 2. jieba's dictionary (`dict.txt`, about 349,000 words with frequencies and tags), found
///    on the machine (see `JiebaDictionary`); its frequencies become costs, a word both know
///    keeps the lower cost (a single character takes jieba's) and jieba's tag;
/// 3. `Data/contemporary-words.txt`, zhtext's own list of words coined or established since jieba's
///    dictionary was made (新质生产力, 网格员, 碳达峰 …);
/// 4. user lexicons in jieba's format, later ones overriding earlier ones.
///
/// The result is compiled once into a double-array trie and cached on disk, keyed by ICU's
/// version and the identity of every source.
///
/// ```swift
/// let lexicon = try Lexicon.standard(adding: [UserLexicon(contentsOf: "dict.txt")])
/// for source in lexicon.sources { print(source) }
/// ```
public final class Lexicon: Sendable {
    let storage: _TrieStorage
    /// The lexicons merged into this one, in order.
    public let sources: [Source]
    /// Problems met while finding the lexicons (e.g. jieba's dictionary is missing), one line
    /// each; the lexicon works without them.
    public let warnings: [String]
    /// How the repeated-piece learner judges each character, worked out once per lexicon.
    let pieceVerdicts = RepeatedPieces.VerdictTable()

    /// By BMP code point: the Simplified form of a Traditional character (0: none), from the
    /// folding the lexicon was built with.
    let simplifiedScalars: [UInt32]

    init(storage: _TrieStorage, sources: [Source] = [], warnings: [String] = []) {
        self.storage = storage
        var scalarOfCode = [UInt32](repeating: 0, count: 0x10000)
        for value in 0..<0x10000 where storage.codes[value] != 0 { scalarOfCode[Int(storage.codes[value])] = UInt32(value) }
        var simplified = [UInt32](repeating: 0, count: 0x10000)
        for value in 0..<0x10000 where storage.foldedCodes[value] != 0 {
            simplified[value] = scalarOfCode[Int(storage.foldedCodes[value])]
        }
        simplifiedScalars = simplified
        self.sources = sources
        self.warnings = warnings
    }

    /// One lexicon that went into the merged one.
    public struct Source: Sendable, Hashable, CustomStringConvertible {
        /// What it is: `icu`, `jieba`, `contemporary` or `user`.
        public var kind: String
        /// Where it was read from (a path, or a description).
        public var location: String
        /// Its number of entries.
        public var entries: Int
        /// How many of them were new to the lexicons before it.
        public var added: Int

        /// `kind`, `location` and the counts, tab-separated.
        public var description: String {
            "\(kind)\t\(location)\t\(entries) entries, \(added) new"
        }

        static func encode(_ sources: [Source]) -> String {
            sources.map { "\($0.kind)\t\($0.location)\t\($0.entries)\t\($0.added)" }.joined(separator: "\n")
        }

        static func decode(_ text: String) -> [Source] {
            text.split(separator: "\n").compactMap { line in
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard fields.count == 4, let entries = Int(fields[2]), let added = Int(fields[3]) else { return nil }
                return Source(kind: fields[0], location: fields[1], entries: entries, added: added)
            }
        }
    }

    /// Which general lexicon to merge with ICU's.
    public enum MainLexicon: Sendable, Hashable {
        /// jieba's dictionary where `JiebaDictionary.locate()` finds it; ICU's alone otherwise.
        case automatic
        /// A dictionary in jieba's format at this path.
        case file(String)
        /// ICU's dictionary alone (and zhtext's contemporary words).
        case none
    }

    /// The cost of `word`, or nil when the lexicon does not hold it.
    public func cost(of word: String) -> Float? {
        storage.view.state(of: word).map { storage.units[Int($0)].cost }
    }

    /// The part-of-speech tag of `word` as the lexicon has it, or nil when it lacks the word
    /// (words only ICU's dictionary knows have the tag `x`).
    public func tag(of word: String) -> PartOfSpeech? {
        storage.view.state(of: word).map { PartOfSpeech(rawValue: storage.units[Int($0)].tag) }
    }

    /// Changes whenever the way the lexicon is compiled changes, so old caches are not reused.
    static let buildVersion = "2026-12-02.3"

    /// The number of words.
    public var wordCount: Int { storage.wordCount }

    /// A checksum of the compiled lexicon: every word, cost and tag that all its sources gave
    /// (so two `--dict` files of the same size but other content differ). The same wherever
    /// the same sources are compiled, whatever their paths.
    public var contentChecksum: UInt64 { LexiconCache.checksum(storage.bytes, seed: 0) }

    /// ICU's dictionary, the general lexicon (`main`), zhtext's contemporary words and
    /// `userLexicons`, from the cache when it can (in `cacheDirectory`, by default
    /// `$ZHTEXT_CACHE_DIR`, `$XDG_CACHE_HOME/zhtext` or `~/.cache/zhtext`).
    public static func standard(
        adding userLexicons: [UserLexicon] = [], main: MainLexicon = .automatic, cacheDirectory: URL? = nil
    ) throws -> Lexicon {
        var warnings: [String] = []
        var general: UserLexicon?
        switch main {
        case .automatic:
            if let path = JiebaDictionary.locate() {
                do {
                    general = try JiebaDictionary.open(path)
                } catch {
                    warnings.append("cannot read jieba's dictionary \(path) (\(error.localizedDescription)); "
                        + "segmenting with ICU's dictionary alone")
                }
            } else {
                warnings.append(JiebaDictionary.missingMessage)
            }
        case .file(let path):
            general = try JiebaDictionary.open(path)
        case .none:
            break
        }
        let contemporary = UserLexicon(name: "contemporary", text: WordList.text(of: "contemporary-words")!)
        var hasher = FNV1a()
        for lexicon in [general, contemporary].compactMap({ $0 }) + userLexicons {
            withUnsafeBytes(of: lexicon.fingerprint) { hasher.combine($0) }
        }
        hasher.combine(buildVersion.utf8)
        let key = "icu\(ICU.version)-\(general == nil ? "nojieba" : "jieba")-\(String(hasher.value, radix: 16))"
        switch LexiconCache.load(key: key, in: cacheDirectory) {
        case .entry(let cached):
            return Lexicon(storage: cached.storage, sources: cached.sources, warnings: warnings)
        case .damaged(let message):
            warnings.append(message)
        case .missing:
            break
        }
        let (trie, sources) = try build(general: general, contemporary: contemporary, userLexicons: userLexicons)
        let storage = _TrieStorage(trie)
        if let problem = LexiconCache.store(.init(storage: storage, sources: sources), key: key, in: cacheDirectory) {
            warnings.append(problem)
        }
        return Lexicon(storage: storage, sources: sources, warnings: warnings)
    }

    /// Builds the trie without looking at the cache.
    static func build(
        general: UserLexicon?, contemporary: UserLexicon?, userLexicons: [UserLexicon]
    ) throws -> (DoubleArrayTrie, [Source]) {
        var words: [String] = []
        var costs: [Float] = []
        var tags: [UInt8] = []
        var sources: [Source] = []
        for entry in try ICUDictionary.entries() where isUseful(entry.word) {
            words.append(entry.word)
            costs.append(Float(entry.cost))
            tags.append(0)
        }
        var icuCount = words.count
        sources.append(Source(kind: "icu", location: "ICU \(ICU.version) cjdict", entries: words.count, added: words.count))
        var index = Dictionary(zip(words, words.indices), uniquingKeysWith: { first, _ in first })

        // The ICU entries that another lexicon lists too (they are words, not phrases).
        var listedElsewhere = Set<Int>()
        // The longest word so far, in characters (up to CostScale.maximumPiece).
        var longestWord = words.reduce(0) { max($0, min($1.count, CostScale.maximumPiece)) }

        func add(_ word: String, cost: Float, tag: String?, replacingCost: Bool) -> Bool {
            let tagValue = tag.map { PartOfSpeech($0).rawValue } ?? 0
            if longestWord < CostScale.maximumPiece { longestWord = max(longestWord, min(word.count, CostScale.maximumPiece)) }
            if let known = index[word] {
                if known < icuCount { listedElsewhere.insert(known) }
                costs[known] = replacingCost ? cost : min(costs[known], cost)
                if tagValue != 0 { tags[known] = tagValue }
                return false
            }
            index[word] = words.count
            words.append(word)
            costs.append(cost)
            tags.append(tagValue)
            return true
        }

        // jieba's dictionary: its frequencies on ICU's scale and its tags. A word both know
        // keeps the lower cost (on MSR, F1 0.853 against 0.827 when jieba's cost replaces
        // ICU's) and takes jieba's tag.
        if let general {
            let entries = general.entries
            let scale = CostScale(frequencies: entries.compactMap(\.frequency), total: general.frequencyTotal)
            var added = 0
            for entry in entries {
                let cost = entry.frequency.map(scale.cost(frequency:)) ?? CostScale.intercept + 80
                let single = entry.word.unicodeScalars.count == 1
                if add(entry.word, cost: cost, tag: entry.tag, replacingCost: single) { added += 1 }
            }
            sources.append(Source(kind: "jieba", location: general.name, entries: entries.count, added: added))
        }
        // Words without frequency are kept whole: their cost is just below their cheapest
        // split, and no dearer than a word of moderate frequency.
        func costToKeepWhole(_ word: String) -> Float {
            let split = CostScale.costToKeepWhole(word, longestPiece: longestWord) { index[$0].map { costs[$0] } }
            return min(split, CostScale.moderateWordCost)
        }
        for lexicon in [contemporary].compactMap({ $0 }) + userLexicons {
            let entries = lexicon.entries
            let scale = CostScale(frequencies: entries.compactMap(\.frequency), total: lexicon.frequencyTotal)
            var added = 0
            for entry in entries {
                let cost = entry.frequency.map(scale.cost(frequency:)) ?? costToKeepWhole(entry.word)
                if add(entry.word, cost: cost, tag: entry.tag, replacingCost: false) {
                    added += 1
                }
            }
            sources.append(Source(
                kind: lexicon.name == "contemporary" ? "contemporary" : "user",
                location: lexicon.name == "contemporary" ? "zhtext's contemporary words" : lexicon.name,
                entries: entries.count, added: added))
        }
        let simplified = Dictionary(
            ((try? ICUTransliterator(id: "Traditional-Simplified"))?.characterMap() ?? []).map { ($0.0, $0.1) },
            uniquingKeysWith: { first, _ in first })
        if let general {
            // A Traditional entry is listed elsewhere when jieba lists its Simplified form.
            let generalWords = Set(general.entries.map(\.word))
            func folded(_ word: String) -> String {
                String(String.UnicodeScalarView(word.unicodeScalars.map { simplified[$0.value].flatMap(Unicode.Scalar.init) ?? $0 }))
            }
            let candidates = (0..<icuCount).filter { !listedElsewhere.contains($0) && !generalWords.contains(folded(words[$0])) }
            let phrases = FunctionWordPhrases.find(words: words, tags: tags, candidates: candidates, index: index)
            if !phrases.isEmpty {
                let keep = (0..<words.count).filter { !phrases.contains($0) }
                words = keep.map { words[$0] }
                costs = keep.map { costs[$0] }
                tags = keep.map { tags[$0] }
                icuCount -= phrases.count
            }
        }
        // jieba tags many words `nr` that are not names (明白, 阳光); the name model counts only
        // the names that ICU's dictionary, which lists few personal names, does not know.
        var nameTags = tags
        for index in 0..<icuCount { nameTags[index] = 0 }
        var trie = DoubleArrayTrie(words: words, costs: costs, tags: tags, nameTags: nameTags)
        trie.recoversWords = general == nil
        // Traditional characters are also looked up as their Simplified ones, so Traditional
        // text finds the words of all the lexicons (and keeps its script in the output).
        var fold = [UInt16](repeating: 0, count: 0x10000)
        for (from, to) in simplified
        where from < 0x10000 && to < 0x10000 {
            fold[Int(from)] = trie.codes.table[Int(to)]
        }
        trie.foldedCodes = fold
        return (trie, sources)
    }

    /// ICU's dictionary also serves Japanese: words with kana can never match a Han run.
    static func isUseful(_ word: String) -> Bool {
        !word.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) }
    }
}
