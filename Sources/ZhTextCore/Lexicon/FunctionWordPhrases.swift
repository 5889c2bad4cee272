/// Finds the entries of ICU's dictionary that are phrases of a function word and another
/// word (新的, 他的, 的是, 也是, 这是, 但在), which the lexicon leaves out so that the lattice
/// gives their parts.
///
/// ICU's dictionary lists many such phrases with costs low enough to beat their parts, so the
/// segmenter printed 他的 and 也是 as words where every segmentation standard (PKU, MSR, CTB,
/// UD) has two. The rule, stated on the lexicons alone and never on a test set's words:
/// an entry is a function-word phrase when
/// 1. only ICU's dictionary lists it (jieba's much larger general dictionary, which lists
///    lexicalised words such as 的确, 目的, 就是, 但是, 别的, does not), and
/// 2. it splits into two words of the merged lexicon, one of which is a function word by
///    jieba's tag (a particle u…, pronoun r…, adverb d…, preposition p, conjunction c, modal
///    particle y or interjection e) or a single character (世界上, 心目中, 副总统, 很有, 带回来,
///    延伸到: a word with a direction word, a prefix, a classifier or a verb's complement
///    attached, which jieba's dictionary, the second opinion, does not list as a word).
///
/// It applies only when jieba's dictionary is merged (with ICU's dictionary alone there is no
/// second opinion). Measured effect: see the README's quality table.
enum FunctionWordPhrases {
    static let functionTags: Set<UInt8> = Set(
        ["u", "uj", "ul", "uz", "uv", "ug", "ud", "r", "rr", "rz", "rg", "d", "df", "dg", "p", "c", "y", "e"]
            .map { PartOfSpeech($0).rawValue })

    /// The indices among `candidates` of entries that are function-word phrases.
    static func find(words: [String], tags: [UInt8], candidates: [Int], index: [String: Int]) -> Set<Int> {
        var phrases = Set<Int>()
        for candidate in candidates {
            let characters = Array(words[candidate])
            guard characters.count >= 2 else { continue }
            for cut in 1..<characters.count {
                guard let left = index[String(characters[..<cut])], let right = index[String(characters[cut...])]
                else { continue }
                if functionTags.contains(tags[left]) || functionTags.contains(tags[right])
                    || cut == 1 || cut == characters.count - 1 {
                    phrases.insert(candidate)
                    break
                }
            }
        }
        return phrases
    }
}
