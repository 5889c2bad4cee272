import Foundation
import ZhTextCore

/// A ranked key term of one unit (essay, document or corpus).
public struct Keyword: Sendable, Hashable {
    /// Where the unit's document came from (`Document.source`); empty when the unit is the corpus.
    public var document: String
    /// The essay's number, or 0 when the unit is a document or the corpus.
    public var essay: Int
    /// The term's rank in its unit, from 1 (best).
    public var rank: Int
    /// The key term.
    public var term: String
    /// Its score by the method used; higher is more key, and ranks follow it.
    public var score: Double
    /// Occurrences of the term in the unit.
    public var count: Int
}

/// Picks the key terms of each essay, document or corpus.
///
/// Candidates are the unit's words (two characters or more, no stop words), the phrases that
/// `PhraseMiner` discovers in the whole input, and the terms quoted in the unit (“四下基层”).
/// Methods:
/// - `tfidf`: count × inverse document frequency across the units, ln((N + 1)/(df + 1)) + 1,
///   when there are at least five units; otherwise × the term's background information from
///   ICU's dictionary (its cost less the intercept, over the slope: −ln p in nats; terms the
///   dictionary lacks count as rare, 12 nats).
/// - `textrank`: PageRank over the graph of words that stand within five words of each other
///   (Mihalcea & Tarau 2004), damping 0.85.
/// - `auto` (default): (1 + ln count) × the same weight, × 1.5 for discovered phrases, × 2 for
///   quoted terms, × 1.2 for terms of the title or the first paragraph.
/// A term that only ever occurs inside a longer chosen term of the unit is dropped.
public struct KeywordExtractor: Sendable {
    /// How terms are scored (see `KeywordExtractor`).
    public enum Method: String, Sendable, CaseIterable {
        /// See `KeywordExtractor` for how each method scores terms.
        case auto, tfidf, textrank
    }

    /// How terms are scored.
    public var method: Method
    /// How many key terms each unit gets at most.
    public var top: Int
    /// The lexicon units are segmented with; it also gives the background when none is given.
    public var lexicon: Lexicon
    /// Only words with these parts of speech are candidates (phrases and quoted terms still
    /// are); by default `contentWords`.
    public var partsOfSpeech: PartOfSpeechFilter? = Self.contentWords

    /// Nouns, names, places, organisations, other proper nouns, verbal nouns, idioms, fixed
    /// expressions, abbreviations and Latin words.
    public static let contentWords = try? PartOfSpeechFilter("n,vn,i,l,j,eng")

    /// Called now and then while the units are read, with the characters done and in all.
    public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    /// General Chinese, the reference of units too few for IDF across them.
    public var background: BackgroundModel

    /// An extractor; without `background`, general Chinese is estimated from `lexicon`.
    public init(lexicon: Lexicon, method: Method = .auto, top: Int = 10, background: BackgroundModel? = nil) {
        self.lexicon = lexicon
        // Keywords weigh terms by IDF; word probabilities (for verbs) can come from costs.
        self.background = background ?? BackgroundModel(lexicon: lexicon, readingFrequencies: false)
        self.method = method
        self.top = top
    }

    /// One unit's text and what was found in it.
    struct Unit {
        var document: String
        var essay: Int
        var counts: [String: Int] = [:]
        var sentences: [[String]] = []
        var quoted: Set<String> = []
        var leading: Set<String> = []
        var text = ""
        /// Runs of two or more consecutive words, up to `PhraseBoundaries.maximumLength`
        /// characters, that start and end with a content word: the only shapes a mined phrase
        /// may take.
        var aligned: Set<String> = []
    }

    /// The keywords of every unit of `documents`, grouped as `grouping` says (section counts
    /// as essay). `sentences`, when given, holds each document's sentences as
    /// `DocumentTokenizer.sentences(of:)` gives them, so that a caller running several analyses
    /// segments each document once.
    public func keywords(of documents: [Document], grouping: Grouping, phrases: [DiscoveredPhrase],
                         sentences tokenized: [[TokenizedSentence]]? = nil) -> [Keyword] {
        let tokenizer = DocumentTokenizer(lexicon: lexicon)
        let finder = QuotationFinder()
        let boundaries = PhraseBoundaries(background: background)
        var units: [Unit] = []
        let phraseSet = Set(phrases.map(\.term))
        let totalCharacters = documents.reduce(0) { $0 + $1.characterCount }
        var charactersDone = 0
        for (documentIndex, document) in documents.enumerated() {
            var nextSentence = 0
            let quotes = finder.quotations(in: document).filter { $0.kind == .term }
            for essay in document.essays {
                let continuesUnit = (grouping == .corpus && !units.isEmpty)
                    || (grouping == .document && units.last?.document == document.source)
                if !continuesUnit {
                    units.append(Unit(document: grouping == .corpus ? "" : document.source,
                                      essay: grouping == .essay || grouping == .section ? essay.number : 0))
                }
                var unit = units.removeLast()
                for quote in quotes where quote.essay == essay.number && quote.text.unicodeScalars.count >= 2 {
                    unit.quoted.insert(quote.text)
                }
                for (index, paragraph) in essay.paragraphs.enumerated() {
                    let text = document.text(paragraph.span)
                    charactersDone += paragraph.span.end - paragraph.span.start
                    progress?(charactersDone, totalCharacters)
                    unit.text += text + "\n"
                    for sentence in paragraph.sentences {
                        let tokens: [DocumentToken]
                        if let tokenized {
                            // Title lines and headings come first in an essay's sentences.
                            while tokenized[documentIndex][nextSentence].isHeading { nextSentence += 1 }
                            tokens = tokenized[documentIndex][nextSentence].tokens
                            nextSentence += 1
                        } else {
                            tokens = tokenizer.tokens(of: sentence.span, in: document)
                        }
                        boundaries.addRuns(of: tokens, to: &unit.aligned)
                        let words = tokens.filter(isCandidate).map(\.text)
                        unit.sentences.append(words)
                        for word in words {
                            unit.counts[word, default: 0] += 1
                            if index == 0 { unit.leading.insert(word) }
                        }
                    }
                }
                if let titleSpan = essay.titleSpan {
                    for token in tokenizer.tokens(of: titleSpan, in: document) where token.kind == .word {
                        unit.leading.insert(token.text)
                    }
                }
                units.append(unit)
            }
        }
        // Phrases and quoted terms count as candidates by their occurrences in the text, counted
        // in one pass over the text (searching the text once per term grew with the square of
        // its length).
        // A mined phrase counts only where the segmentation has it as whole words (so 居民身 or
        // 到网格 never does), or when it is a word of the lexicon. The lexicon's words are matched
        // by one matcher for all units, the whole-word runs unit by unit, so the work grows with
        // the text, not with units × phrases.
        let lexiconPhrases = TermOccurrences(terms: phraseSet.filter(isWordOfLexicon))
        for index in units.indices {
            let text = units[index].text
            var occurrences = lexiconPhrases.count(in: text)
            let alignedPhrases = units[index].aligned.filter(phraseSet.contains)
            if !alignedPhrases.isEmpty {
                occurrences.merge(TermOccurrences(terms: alignedPhrases).count(in: text)) { $1 }
            }
            if !units[index].quoted.isEmpty {
                occurrences.merge(TermOccurrences(terms: units[index].quoted).count(in: text)) { $1 }
            }
            for (term, count) in occurrences where count > 0 { units[index].counts[term] = count }
            // What the folds ask about, counted in one pass over the unit's text.
            let mentioned = TermOccurrences(terms: Self.foldedForms(in: units[index].counts)).count(in: text)
            Self.foldPlaceNames(&units[index].counts) { mentioned[$0] ?? 0 }
            Self.foldTitles(&units[index].counts, isPerson: isPersonName) { mentioned[$0] ?? 0 }
        }
        var documentFrequency: [String: Int] = [:]
        for unit in units { for term in unit.counts.keys { documentFrequency[term, default: 0] += 1 } }
        var result: [Keyword] = []
        for unit in units {
            var scores: [String: Double] = [:]
            switch method {
            case .textrank:
                scores = textRank(unit.sentences)
            case .tfidf, .auto:
                for (term, count) in unit.counts {
                    let information = weight(term, units: units.count, documentFrequency: documentFrequency[term] ?? 1)
                    var score = Double(count) * information
                    if method == .auto {
                        // Sublinear term frequency, so that one very frequent generic word does
                        // not outweigh the essay's own phrases.
                        score = (1 + log(Double(count))) * information
                        if phraseSet.contains(term), !isWordOfLexicon(term) { score *= 1.5 }
                        if unit.quoted.contains(term) { score *= 2 }
                        if unit.leading.contains(term) { score *= 1.2 }
                    } else if phraseSet.contains(term) || unit.quoted.contains(term), !isWordOfLexicon(term) {
                        continue  // plain tf-idf ranks the segmenter's words only
                    }
                    scores[term] = score
                }
            }
            var ranked = scores.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            // Drop fragments that only occur inside a longer chosen term.
            var chosen: [(String, Double)] = []
            for (term, score) in ranked {
                let count = unit.counts[term] ?? 0
                let isFragment = chosen.contains { longer, _ in
                    longer.count > term.count && longer.contains(term) && (unit.counts[longer] ?? 0) >= count
                }
                if !isFragment { chosen.append((term, score)) }
                if chosen.count == top { break }
            }
            ranked = chosen.map { ($0.0, $0.1) }
            for (rank, (term, score)) in ranked.enumerated() {
                result.append(Keyword(document: unit.document, essay: unit.essay, rank: rank + 1, term: term,
                                      score: score, count: unit.counts[term] ?? 0))
            }
        }
        return result
    }

    /// Administrative units that end a place's full name (岚州 and 岚州市 name one place).
    static let placeSuffixes: [Character] = ["省", "市", "县", "区", "州", "镇", "乡", "村", "縣", "區", "鎮", "鄉"]

    /// The strings whose mentions `foldPlaceNames` and `foldTitles` may ask for: short place
    /// names that have a full form among `counts`, and titled names with their names.
    static func foldedForms(in counts: [String: Int]) -> Set<String> {
        var forms: Set<String> = []
        for term in counts.keys {
            if placeSuffixes.contains(where: { counts[term + String($0)] != nil }) { forms.insert(term) }
            if let title = SpeakerNames.titles.first(where: { term.hasSuffix($0) && term.count > $0.count }) {
                forms.insert(term)
                forms.insert(String(term.dropLast(title.count)))
            }
        }
        return forms
    }

    /// Folds a short place name into its full name when a unit has both (岚州 into 岚州市,
    /// 南峤 into 南峤市): one place, one keyword, counted with both forms. `mentions` gives
    /// how often the short name occurs in the text, inside the full name too: that is the
    /// count of both forms (the short name's own count may or may not include the full name's
    /// occurrences, as the segmenter splits it or not). Without it, the counts are added.
    static func foldPlaceNames(_ counts: inout [String: Int], mentions: ((String) -> Int)? = nil) {
        for (term, count) in counts where term.count >= 2 {
            let full = placeSuffixes.map { term + String($0) }.filter { counts[$0] != nil }
            guard full.count == 1 else { continue }  // none, or ambiguous (汀湄市 and 汀湄县)
            let both = mentions.map { max($0(term), counts[full[0]] ?? 0) } ?? (counts[full[0]] ?? 0) + count
            counts[full[0]] = both
            counts[term] = nil
        }
    }

    /// Folds a titled name into the name when a unit has both (习近平总书记 into 习近平): one
    /// person, one keyword. Only for names of people (民间河长 is not 民间 with a title).
    ///
    /// With `mentions` (how often a string occurs in the unit's text), the name counts its
    /// mentions, with or without the title, once each; and a bare title that one person holds
    /// in the unit (总书记 after 习近平总书记) counts for that person. Without it, the counts are
    /// added and bare titles stay.
    static func foldTitles(_ counts: inout [String: Int], isPerson: (String) -> Bool, mentions: ((String) -> Int)? = nil) {
        var holders: [String: Set<String>] = [:]
        for (term, count) in counts {
            guard let title = SpeakerNames.titles.first(where: { term.hasSuffix($0) && term.count > $0.count }) else { continue }
            let name = String(term.dropLast(title.count))
            guard (2...4).contains(name.count), let own = counts[name], isPerson(name) else { continue }
            counts[name] = mentions.map { max($0(name), own) } ?? own + count
            counts[term] = nil
            holders[title, default: []].insert(name)
        }
        guard let mentions else { return }
        for (title, names) in holders where names.count == 1 {
            // The title as a word of its own, less the times it followed the name.
            guard let alone = counts[title], let name = names.first else { continue }
            counts[name, default: 0] += max(0, alone - mentions(name + title))
            counts[title] = nil
        }
    }

    /// Whether the lexicon tags a word as a person's name, or lacks it and it starts with a
    /// surname.
    func isPersonName(_ word: String) -> Bool {
        if let tag = lexicon.tag(of: word) { return tag.isPersonName }
        return word.unicodeScalars.first.map { ChineseNames.surnames.contains($0.value) } ?? false
    }

    /// Whether a word of the text is a candidate: two characters or more, not a stop word, and
    /// of a part of speech `partsOfSpeech` keeps. With the default filter, state words
    /// (实实在在) and two-character verbs as specific as a term (整改, 减负: rarer than about 1
    /// in 100,000 words of general Chinese) are candidates too.
    func isCandidate(_ token: DocumentToken) -> Bool {
        guard token.kind == .word || token.kind == .latin, token.text.unicodeScalars.count >= 2,
              !StopWords.chinese.contains(token.text) else { return false }
        guard let partsOfSpeech else { return true }
        guard partsOfSpeech == Self.contentWords else { return partsOfSpeech.contains(token.tag) }
        // A word only ICU's dictionary knows has no tag of its own (the segmenter guesses one):
        // it must not begin or end with a function character (要带).
        if token.kind == .word, lexicon.tag(of: token.text)?.name == "x" {
            let scalars = token.text.unicodeScalars
            if PhraseMiner.startStops.contains(scalars.first!.value) || PhraseMiner.endStops.contains(scalars.last!.value) {
                return false
            }
        }
        if partsOfSpeech.contains(token.tag) { return true }
        let tag = token.tag.name
        if tag == "z" { return true }
        // A verb of two characters as specific as a term (整改, 减负; 越做越 is a piece of a
        // phrase).
        guard tag == "v", token.text.unicodeScalars.count == 2, let p = background.probability(of: token.text) else {
            return false
        }
        return -log(p) >= Self.minimumVerbInformation
    }

    /// How specific a verb must be to be a candidate by itself, in nats (−ln p).
    static let minimumVerbInformation = 11.5

    func isWordOfLexicon(_ term: String) -> Bool { lexicon.cost(of: term) != nil }

    /// Inverse document frequency with enough units, else background information in nats.
    func weight(_ term: String, units: Int, documentFrequency: Int) -> Double {
        if units >= 5 { return log(Double(units + 1) / Double(documentFrequency + 1)) + 1 }
        return background.weight(of: term)
    }

    /// PageRank over the co-occurrence graph of the unit's words (window of five words).
    func textRank(_ sentences: [[String]]) -> [String: Double] {
        var neighbours: [String: [String: Double]] = [:]
        for words in sentences {
            for (index, word) in words.enumerated() {
                for other in words[(index + 1)..<min(words.count, index + 5)] where other != word {
                    neighbours[word, default: [:]][other, default: 0] += 1
                    neighbours[other, default: [:]][word, default: 0] += 1
                }
            }
        }
        var rank = neighbours.mapValues { _ in 1.0 }
        let totals = neighbours.mapValues { $0.values.reduce(0, +) }
        for _ in 0..<30 {
            var next: [String: Double] = [:]
            for (word, edges) in neighbours {
                var sum = 0.0
                for (other, weight) in edges { sum += weight / totals[other]! * rank[other]! }
                next[word] = 0.15 + 0.85 * sum
            }
            rank = next
        }
        return rank
    }
}
