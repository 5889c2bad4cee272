import Testing
@testable import ZhTextCore

/// Words nobody tuned to: function-word phrases split, places, transliterated names, -制
/// terms and the names a document uses.
@Suite struct NewWordsTests {
    @Test(.enabled(if: Shared.hasJieba, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func phrasesOfFunctionWordsSplitIntoTheirParts() {
        let texts = words("他的书也是新的。", lexicon: Shared.standard)
        #expect(texts == ["他", "的", "书", "也", "是", "新", "的", "。"])
    }

    @Test func functionWordPhrasesAreFoundByTheRule() {
        let words = ["他", "的", "他的", "的确", "新", "新的"]
        let tags = ["r", "uj", "x", "x", "a", "x"].map { PartOfSpeech($0).rawValue }
        let index = Dictionary(uniqueKeysWithValues: words.enumerated().map { ($1, $0) })
        // 的确 only splits into 的 and 确, which is no word here: it stays.
        let phrases = FunctionWordPhrases.find(words: words, tags: tags, candidates: [2, 3, 5], index: index)
        #expect(phrases == [2, 5])
    }

    @Test func aWordWithOneCharacterAttachedIsAPhraseWhenOnlyICUListsIt() {
        let words = ["世界", "上", "世界上", "很", "有", "很有", "中国", "人民", "中国人民", "国", "民", "国民"]
        let tags = ["n", "f", "x", "zg", "v", "x", "ns", "n", "x", "n", "n", "x"].map { PartOfSpeech($0).rawValue }
        let index = Dictionary(uniqueKeysWithValues: words.enumerated().map { ($1, $0) })
        // 世界上 and 很有 are a word with one character attached; 中国人民 splits into two
        // words of two characters, neither a function word, and stays; so does 国民 when
        // jieba's dictionary lists it (it is then no candidate).
        let phrases = FunctionWordPhrases.find(words: words, tags: tags, candidates: [2, 5, 8], index: index)
        #expect(phrases == [2, 5])
    }

    @Test(.enabled(if: Shared.hasJieba, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func aDirectionWordAfterAWordIsItsOwnToken() {
        #expect(words("世界上最大的湖。", lexicon: Shared.standard).prefix(2) == ["世界", "上"])
    }

    @Test(.enabled(if: Shared.hasJieba, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func aCoinageQuotedOnceKeepsItsSuffix() {
        let texts = words("网格员从“多面手”变成“万能员”。", lexicon: Shared.standard)
        #expect(texts.contains("万能员"))
    }

    @Test(.enabled(if: Shared.hasJieba, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func aWordAndSuffixOutsideQuotationMarksStayTwoTokens() {
        // Only the quotation marks make 万能员 one word; quoted 万能 alone stays a word.
        #expect(!words("他是万能员。", lexicon: Shared.standard).contains("万能员"))
        #expect(words("他不是“万能”的。", lexicon: Shared.standard).contains("万能"))
    }

    @Test(.enabled(if: Shared.hasJieba, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func placesTheLexiconLacksKeepTheirSuffix() {
        let texts = words("我去了岚屿川县的竹峪沟村。", lexicon: Shared.standard)
        #expect(texts.contains("岚屿川县"))
        #expect(texts.contains("竹峪沟村"))
    }

    @Test(.enabled(if: Shared.hasJieba, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func transliteratedNamesAreOneToken() {
        #expect(words("古特雷斯表示支持。", lexicon: Shared.standard).first == "古特雷斯")
    }

    @Test(.enabled(if: Shared.hasJieba, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func aTransliterationInLexiconFragmentsIsOneToken() {
        // jieba's dictionary lists 伍德沃 and 玛丽埃 as names; the character after them is part of it.
        #expect(words("伍德沃德在会上发言。", lexicon: Shared.standard).first == "伍德沃德")
        #expect(words("玛丽埃尔和他见面。", lexicon: Shared.standard).prefix(2) == ["玛丽埃尔", "和"])
    }

    @Test(.enabled(if: Shared.hasJieba, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func twoListedNamesAndANameWithACommonNounStayApart() {
        #expect(words("马克思恩格斯全集出版。", lexicon: Shared.standard).prefix(2) == ["马克思", "恩格斯"])
        #expect(words("斯巴达人很勇敢。", lexicon: Shared.standard).prefix(2) == ["斯巴达", "人"])
    }

    @Test(.enabled(if: Shared.hasJieba, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func systemTermsKeepTheirSuffix() {
        #expect(words("县里推行“片长制”。", lexicon: Shared.standard).contains("片长制"))
    }

    @Test(.enabled(if: Shared.hasJieba, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func aDocumentsNamesAreLearnedAfterATitleOrAsTheSubjectOfAVerb() {
        let text = Array("村主任蔺国梁说，路修好了。蔺国梁介绍，今年种了李子。王国很大。".utf8)
        let segmenter = FastSegmenter(lexicon: Shared.standard)
        var learner = PersonNameLearner(lexicon: Shared.standard)
        text.withUnsafeBytes { bytes in segmenter.segment(bytes) { learner.add($0, of: bytes) } }
        let names = learner.names()
        #expect(names.contains("蔺国梁"))
        #expect(!names.contains("王国"))
    }

    @Test(.enabled(if: Shared.hasJieba, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func aLearnedNameIsWholeEverywhereInTheDocument() {
        // 振华 is a word; the name after the title is learned and kept whole at each mention.
        let text = Array("记者鲁振华报道。鲁振华在村里走访。".utf8)
        let segmenter = FastSegmenter(lexicon: Shared.standard)
        var result: [String] = []
        text.withUnsafeBytes { bytes in
            segmenter.segmentDocument(bytes) { result.append(String(decoding: text[$0.range], as: UTF8.self)) }
        }
        #expect(result.filter { $0 == "鲁振华" }.count == 2)
    }

    @Test(.enabled(if: Shared.hasJieba, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func namesCountedInPiecesAreMergedAndTaggedAsNames() {
        // Each piece spells the name once: only their merged counts reach the two mentions.
        let pieces = ["蔺国梁介绍，路修好了。", "蔺国梁在村里走访。"].map { Array($0.utf8) }
        let segmenter = FastSegmenter(lexicon: Shared.standard)
        func learned(_ parts: [[UInt8]]) -> DocumentWords {
            var learning = DocumentLearning(lexicon: Shared.standard)
            for part in parts {
                var counted = DocumentLearning(lexicon: Shared.standard)
                part.withUnsafeBytes { counted.countPieces($0, quoted: DocumentWords(words: []), segmenter: segmenter) }
                learning.merge(counted)
            }
            return learning.words()
        }
        #expect(!learned([pieces[0]]).words.contains(Array("蔺国梁".unicodeScalars.map(\.value))))
        segmenter.documentWords = learned(pieces)
        var tokens: [(String, PartOfSpeech)] = []
        pieces[1].withUnsafeBytes { bytes in
            segmenter.segment(bytes) { tokens.append((String(decoding: pieces[1][$0.range], as: UTF8.self), $0.tag)) }
        }
        #expect(tokens.first?.0 == "蔺国梁")
        #expect(tokens.first?.1 == .personName)
    }
}
