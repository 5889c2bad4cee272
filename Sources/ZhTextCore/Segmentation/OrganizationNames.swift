/// Joins the name of an organisation into one token: nouns and place names before a word that
/// names a kind of organisation (公司, 集团, 委员会, 局, 银行, 大学, 博览会 …), as in
/// 中国 民用航空 局 → 中国民用航空局 and 人民调解 委员会 → 人民调解委员会. The joined token is
/// tagged `nt`.
///
/// Only words of two or more characters tagged as nouns (n, ng, ns, nt, nz, j) join, at most
/// three of them and twelve characters in all, and a place name is the first of them, so
/// 这家公司 and 大公司 stay apart. On MSR this adds 0.001 to F1; merges such as 上市公司 and
/// 证券公司 are counted wrong there but are terms analysts count.
enum OrganizationNames {
    /// Words that end an organisation's name.
    static let suffixes: [[UInt32]] = ChineseNames.listed("organization-suffixes")

    static let tag = PartOfSpeech("nt").rawValue

    /// Tags of the words that may stand in an organisation's name before its suffix.
    static let partTags: Set<UInt8> = Set(["n", "ng", "ns", "nt", "nz", "j"].map { PartOfSpeech($0).rawValue })

    static let placeTag = PartOfSpeech("ns").rawValue

    static let maximumParts = 3
    static let maximumLength: Int32 = 12

    /// Joins organisation names in `tokens[..<count]`; returns the new count.
    static func join(_ tokens: UnsafeMutablePointer<OutOfVocabulary.Piece>, count: Int,
                     scalars: UnsafeMutablePointer<UInt32>, flags: CharacterFlags) -> Int {
        var written = 0
        for index in 0..<count {
            let token = tokens[index]
            guard written > 0, token.kind == OutOfVocabulary.Piece.word,
                  flags.has(scalars[Int(token.end) - 1], CharacterFlags.organizationEnd),
                  isSuffix(token, scalars: scalars)
            else {
                tokens[written] = token
                written += 1
                continue
            }
            // Take the name's parts from the tokens written before it.
            var first = written
            while first > 0, written - first < maximumParts {
                let part = tokens[first - 1]
                guard part.kind == OutOfVocabulary.Piece.word, part.length >= 2, partTags.contains(part.tag),
                      token.end - part.start <= maximumLength else { break }
                first -= 1
                // A place name starts the name (哈尔滨电机公司, not 制造厂商哈尔滨电机公司).
                if part.tag == placeTag { break }
            }
            if first < written {
                tokens[first] = OutOfVocabulary.Piece(start: tokens[first].start, end: token.end, kind: token.kind, tag: tag)
                written = first + 1
            } else {
                tokens[written] = token
                written += 1
            }
        }
        return written
    }

    @inline(__always)
    static func isSuffix(_ token: OutOfVocabulary.Piece, scalars: UnsafeMutablePointer<UInt32>) -> Bool {
        let length = Int(token.length)
        return suffixes.contains { suffix in
            suffix.count == length && suffix.indices.allSatisfy { scalars[Int(token.start) + $0] == suffix[$0] }
        }
    }
}
