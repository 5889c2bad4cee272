import Foundation

/// The words the segmenter knows, each with a cost (lower is more likely).
///
/// The standard lexicon is ICU's own CJK dictionary, compiled once into a double-array trie
/// and cached on disk by ICU's version. User lexicons in jieba's format add words; their
/// frequencies are turned into costs on ICU's scale (see `CostScale`), and a word both know
/// keeps the lower of the two costs (the more confident source decides).
///
/// ```swift
/// let lexicon = try Lexicon.standard(adding: [UserLexicon(contentsOf: "dict.txt")])
/// ```
public final class Lexicon: Sendable {
    let trie: DoubleArrayTrie
    let storage: _TrieStorage

    init(trie: DoubleArrayTrie) {
        self.trie = trie
        self.storage = _TrieStorage(trie)
    }

    /// The cost of `word`, or nil when the lexicon does not hold it.
    public func cost(of word: String) -> Float? {
        trie.cost(of: word)
    }

    /// ICU's dictionary plus `userLexicons`, later ones overriding earlier ones.
    public static func standard(adding userLexicons: [UserLexicon] = []) throws -> Lexicon {
        var key = "icu\(ICU.version)"
        if !userLexicons.isEmpty {
            var hasher = FNV1a()
            for lexicon in userLexicons { withUnsafeBytes(of: lexicon.fingerprint) { hasher.combine($0) } }
            key += "-user\(String(hasher.value, radix: 16))"
        }
        if let cached = LexiconCache.load(key: key) { return Lexicon(trie: cached) }
        let trie = try build(userLexicons: userLexicons)
        LexiconCache.store(trie, key: key)
        return Lexicon(trie: trie)
    }

    /// Builds the trie without looking at the cache.
    static func build(userLexicons: [UserLexicon]) throws -> DoubleArrayTrie {
        var words: [String] = []
        var costs: [Float] = []
        for entry in try ICUDictionary.entries() where isUseful(entry.word) {
            words.append(entry.word)
            costs.append(Float(entry.cost))
        }
        guard !userLexicons.isEmpty else { return DoubleArrayTrie(words: words, costs: costs) }
        let system = DoubleArrayTrie(words: words, costs: costs)
        var index = Dictionary(zip(words, words.indices), uniquingKeysWith: { first, _ in first })
        for lexicon in userLexicons {
            let scale = CostScale(frequencies: lexicon.entries.compactMap(\.frequency), total: lexicon.frequencyTotal)
            for entry in lexicon.entries {
                let cost = entry.frequency.map(scale.cost(frequency:))
                    ?? CostScale.costToKeepWhole(entry.word, in: system)
                if let known = index[entry.word] {
                    costs[known] = min(costs[known], cost)
                } else {
                    index[entry.word] = words.count
                    words.append(entry.word)
                    costs.append(cost)
                }
            }
        }
        return DoubleArrayTrie(words: words, costs: costs)
    }

    /// ICU's dictionary also serves Japanese: words with kana can never match a Han run.
    static func isUseful(_ word: String) -> Bool {
        !word.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) }
    }
}
