import Foundation
import ZhTextCore

/// Which strings of a sentence are whole phrases: runs of consecutive words that begin and end
/// with a content word of the segmentation, never with a function word, a numeral or
/// classifier, a stray single character, or a common verb or adjective (成为社区, 明显不合理,
/// 晚间照明不足 are pieces of clauses, not terms), and never with a single character that the
/// next word follows (全县茶 of 全县 茶 产业).
struct PhraseBoundaries {
    /// The longest phrase, in characters (as long as the phrase miner's n-grams).
    static let maximumLength = 7

    /// A verb or adjective at an edge must be at least this specific in general Chinese, in
    /// nats (−ln p: rarer than about 1 in 22,000 words): 加装 (12.3) and 征求 (10.5) begin
    /// phrases, 成为 (7.2) and 推进 (8.6) do not.
    static let minimumVerbInformation = 10.0

    let background: BackgroundModel

    /// Whether a token may begin a phrase: a word of two or more characters (or a
    /// single-character noun) whose tag is not a function tag; a verb or adjective only when
    /// it is specific.
    func canBegin(_ token: DocumentToken) -> Bool {
        guard Self.isContentWord(token) else { return false }
        let tag = token.tag.name
        if tag.hasPrefix("v") && tag != "vn" || tag.hasPrefix("a") && tag != "an" { return isSpecific(token.text) }
        return true
    }

    /// Whether a token may end a phrase: as for beginning, but never an adjective.
    func canEnd(_ token: DocumentToken) -> Bool {
        guard Self.isContentWord(token) else { return false }
        let tag = token.tag.name
        if tag.hasPrefix("a") && tag != "an" { return false }
        if tag.hasPrefix("v") && tag != "vn" { return isSpecific(token.text) }
        return true
    }

    static func isTime(_ token: DocumentToken) -> Bool { token.tag.name == "t" || token.tag.name == "tg" }

    static func isContentWord(_ token: DocumentToken) -> Bool {
        // Function words and classifiers never edge a phrase.
        guard token.kind == .word || token.kind == .latin, !token.tag.isFunctionWord, token.tag.name != "q" else { return false }
        // (A place's suffix ends its name whatever its tag: jieba tags 村 zg.)
        return token.text.unicodeScalars.count >= 2 || token.tag.isNoun
            || token.text.count == 1 && KeywordExtractor.placeSuffixes.contains(Character(token.text))
    }

    /// Rare enough in general Chinese (or unknown to it) to carry meaning at a phrase's edge.
    func isSpecific(_ word: String) -> Bool {
        guard let p = background.probability(of: word) else { return true }
        return -log(p) >= Self.minimumVerbInformation
    }

    /// Whether the single character at `index` belongs with the word before it: that word is a
    /// single character too (入 乡 创业: not 乡创业), or the two make a word of the lexicon.
    func bindsLeft(_ tokens: [DocumentToken], _ index: Int) -> Bool {
        guard index > 0, tokens[index].text.unicodeScalars.count == 1 else { return false }
        let previous = tokens[index - 1]
        guard previous.kind == .word else { return false }
        return previous.text.unicodeScalars.count == 1
            || background.probability(of: previous.text + tokens[index].text) != nil
    }

    /// Adds every run of two or more consecutive words of `tokens` that is a whole phrase.
    func addRuns(of tokens: [DocumentToken], to runs: inout Set<String>) {
        for start in tokens.indices where canBegin(tokens[start]) && !bindsLeft(tokens, start) {
            var text = tokens[start].text
            var length = text.unicodeScalars.count
            var end = start + 1
            while end < tokens.count, tokens[end].kind == .word || tokens[end].kind == .latin {
                length += tokens[end].text.unicodeScalars.count
                guard length <= Self.maximumLength else { break }
                text += tokens[end].text
                // A single character followed by a word binds to that word (全县 茶 产业: not
                // 全县茶).
                // 市, 县 and the like end names (澄州 市 政务): they bind to the left; and a run
                // of single characters (工 单) is a word the lexicon lacks.
                let single = tokens[end].text.unicodeScalars.count == 1
                let allSingle = length == end - start + 1
                let bindsRight = single && !allSingle && end + 1 < tokens.count
                    && (tokens[end + 1].kind == .word || tokens[end + 1].kind == .latin)
                    && !KeywordExtractor.placeSuffixes.contains(Character(tokens[end].text))
                // Two times make a date (今年 上半年), not a term.
                let isDate = Self.isTime(tokens[start]) && Self.isTime(tokens[end])
                if canEnd(tokens[end]), !bindsRight, !isDate { runs.insert(text) }
                end += 1
            }
        }
    }
}
