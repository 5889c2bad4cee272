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
