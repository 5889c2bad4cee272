/// Joins a transliterated name that the path gave in pieces (玛丽埃 | 尔, 伍德沃 | 德,
/// 狄俄尼 | 索 | 斯): adjacent pieces of transliteration characters (`TransliterationModel`)
/// become one token when one of them is a foreign name, by the lexicon's tag (`nrt`), a
/// transliteration edge, or a three-character `nr` word (jieba's dictionary lists many pieces of
/// transliterations as `nr`: 特兰西, 巴塞洛, 玛丽埃), and the other is such a piece or a single
/// character that the lexicon tags as a name or not at all (the 尔 of 玛丽埃尔, not the 人 of
/// 斯巴达人 or the 和 after a name). A three-character piece the name model read as a Chinese
/// name counts as a foreign name when all its characters are transliteration characters
/// (叶甫根 | 尼). Two words the lexicon lists are never joined: they are two names (马克思
/// 恩格斯), even where they are the pieces of one (特兰西 | 瓦尼亚 stays apart).
///
/// The pieces win on the lattice because the lexicon's fragments are cheaper than the model's
/// edge over the whole name; a transliteration is one word in every segmentation standard.
enum TransliterationPieces {
    static let transliteratedTag = PartOfSpeech("nrt").rawValue
    static let personTag = PartOfSpeech("nr").rawValue
    /// The tags of a single character that may end or start a transliteration (尔 尼 缪 are
    /// `nr`, 德 `ns`, 娅 has none); 人 (`n`) and 和 (`c`) may not.
    static let nameTags: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for tag in ["nr", "nrt", "nrfg", "ns", "x"].map({ PartOfSpeech($0).rawValue }) + [0] { table[Int(tag)] = true }
        return table
    }()

    /// Joins the names in `tokens[..<count]`; returns the new count.
    static func join(_ tokens: UnsafeMutablePointer<OutOfVocabulary.Piece>, count: Int,
                     codes: UnsafeMutablePointer<UInt16>, trie: _TrieView) -> Int {
        guard count >= 2 else { return count }
        let nameTags = Self.nameTags
        func isTransliterated(_ piece: OutOfVocabulary.Piece) -> Bool {
            guard piece.kind == OutOfVocabulary.Piece.word || piece.kind == OutOfVocabulary.Piece.transliteration
                || piece.kind == OutOfVocabulary.Piece.name else { return false }
            for position in Int(piece.start)..<Int(piece.end) where codes[position] == 0 || trie.transliterationCost(codes[position]).isNaN {
                return false
            }
            return true
        }
        func isForeignName(_ piece: OutOfVocabulary.Piece) -> Bool {
            piece.kind == OutOfVocabulary.Piece.transliteration || piece.tag == transliteratedTag
                || (piece.tag == personTag || piece.kind == OutOfVocabulary.Piece.name) && piece.length == 3
        }
        func isListed(_ piece: OutOfVocabulary.Piece) -> Bool {
            piece.kind == OutOfVocabulary.Piece.word && piece.length >= 2
        }
        func mayJoin(_ piece: OutOfVocabulary.Piece) -> Bool {
            isForeignName(piece) || piece.length == 1 && piece.kind == OutOfVocabulary.Piece.word && nameTags[Int(piece.tag)]
        }
        // A three-character fragment the lexicon tags `nr` may hold a rarer character (巴塞洛 |
        // 缪); any other piece must be made of transliteration characters.
        func qualifies(_ piece: OutOfVocabulary.Piece) -> Bool {
            guard mayJoin(piece) else { return false }
            if piece.kind == OutOfVocabulary.Piece.word, piece.tag == personTag, piece.length == 3 { return true }
            return isTransliterated(piece)
        }
        var written = 0
        var index = 0
        while index < count {
            var piece = tokens[index]
            var foreign = isForeignName(piece)
            if qualifies(piece) {
                while index + 1 < count {
                    let next = tokens[index + 1]
                    guard qualifies(next), foreign || isForeignName(next),
                          isTransliterated(piece) || isTransliterated(next),
                          // Two words the lexicon lists are two names (马克思 恩格斯).
                          !(isListed(tokens[index]) && isListed(next)),
                          next.end - piece.start <= Int32(TransliterationModel.longest) else { break }
                    foreign = true
                    piece = OutOfVocabulary.Piece(start: piece.start, end: next.end, kind: OutOfVocabulary.Piece.transliteration)
                    index += 1
                }
            }
            tokens[written] = piece
            written += 1
            index += 1
        }
        return written
    }
}
