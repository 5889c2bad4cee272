import Foundation
import Testing
@testable import ZhTextCore

/// The standard lexicon (ICU's dictionary, jieba's, zhtext's contemporary words): whole words,
/// tags and names. Tests that need jieba's dictionary skip where python3-jieba is missing.
@Suite struct StandardLexiconTests {
    @Test(.enabled(if: Shared.hasJieba, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func todaysWordsStayWhole() {
        for word in ["习近平", "社会主义", "马克思主义", "形式主义", "网格员", "合作社", "核心价值观", "空中楼阁",
                     "身体力行", "实实在在", "全过程", "新质生产力", "乡村振兴"] {
            #expect(words("我们要讲\(word)的事", lexicon: Shared.standard).contains(word), "\(word)")
        }
    }

    @Test(.enabled(if: Shared.hasJieba, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func personalNamesComeOutWhole() {
        let text = "镇党委书记周志刚介绍说，村民林晓燕和张秀兰都来了。赵建国一边走一边说。钟南山院士指出。"
        let segmented = words(text, lexicon: Shared.standard)
        for name in ["周志刚", "林晓燕", "张秀兰", "赵建国", "钟南山"] {
            #expect(segmented.contains(name), "\(name) in \(segmented)")
        }
        #expect(words("陈伟坦言，问题不少。", lexicon: Shared.standard).prefix(2) == ["陈伟", "坦言"])
    }

    @Test(.enabled(if: Shared.hasJieba, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func traditionalNamesComeOutWholeThroughTheirSimplifiedForms() {
        let tagged = taggedWords("陳怡君說，劉德明也來了。", lexicon: Shared.standard)
        for name in ["陳怡君", "劉德明"] {
            #expect(tagged.first { $0.text == name }?.tag.isPersonName == true, "\(name) in \(tagged.map(\.text))")
        }
        // Traditional words are still words, not names (陳述 is to state).
        #expect(words("他陳述了理由。", lexicon: Shared.standard).contains("陳述"))
    }

    @Test(.enabled(if: Shared.hasJieba, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func wordsThatStartWithASurnameAreNotNames() {
        let tagged = taggedWords("大家很高兴。黄金周围的王国。", lexicon: Shared.standard)
        for word in ["高兴", "黄金", "周围", "王国"] {
            let tag = tagged.first { $0.text == word }?.tag
            #expect(tag != nil, "\(word) is one token")
            #expect(tag.map { !$0.isPersonName } ?? false, "\(word) is not tagged as a name")
        }
        #expect(words("他和李明去了。", lexicon: Shared.standard).contains("李明"))
        #expect(!words("他和李明去了。", lexicon: Shared.standard).contains("和李明"))
    }

    @Test(.enabled(if: Shared.hasJieba, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func tokensCarryTags() {
        let tagged = taggedWords("2024年，习近平在北京用AI说：好！", lexicon: Shared.standard)
        func tag(_ word: String) -> String? { tagged.first { $0.text == word }?.tag.name }
        #expect(tag("2024年") == "m")
        #expect(tag("习近平").map { $0.hasPrefix("nr") } == true)
        #expect(tag("北京") == "ns")
        #expect(tag("AI") == "eng")
        #expect(tag("，") == "w")
        #expect(tag("说") == "v")
        // A recognised name the lexicon lacks is nr.
        #expect(taggedWords("记者林晓燕报道", lexicon: Shared.standard).contains { $0.text == "林晓燕" && $0.tag.name == "nr" })
    }

    @Test(.enabled(if: Shared.hasJieba, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func organisationsAreGivenAsTheirParts() {
        // The convention: segmentation gives an organisation's parts as words (phrases and
        // keywords join them), so a company is its words and then 公司.
        let texts = words("他在农业农村局和青禾物业公司之间跑，这家公司不是大公司。", lexicon: Shared.standard)
        #expect(!texts.contains { $0.hasSuffix("物业公司") })
        #expect(texts.filter { $0 == "公司" }.count == 3)
    }

    @Test func unknownWordsGetAGuessFromTheirLastCharacter() throws {
        // Words only ICU's dictionary knows have no tag of their own; the guess comes from the
        // words that end in the same character, never a proper noun.
        let tagged = taggedWords("每一天", lexicon: Shared.lexicon)
        #expect(tagged.allSatisfy { !$0.tag.isPersonName })
    }

    @Test func lexiconWithoutJiebaStillSegments() throws {
        #expect(JiebaDictionary.locate(environment: ["ZHTEXT_LEXICON": "none"]) == nil)
        #expect(JiebaDictionary.locate(environment: ["ZHTEXT_LEXICON": "/some/dict.txt"]) == "/some/dict.txt")
        let lexicon = try Lexicon.standard(main: .none)
        #expect(!lexicon.sources.contains { $0.kind == "jieba" })
        #expect(lexicon.sources.contains { $0.kind == "contemporary" })
        #expect(words("网格员走进社区", lexicon: lexicon).first == "网格员")
        #expect(JiebaDictionary.missingMessage.contains("apt-get install python3-jieba"))
    }

    @Test func aGivenDictionaryReplacesJiebas() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-main-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("dict.txt").path
        try "测试词条 100 nz\n社会主义 5000 n\n".write(toFile: path, atomically: true, encoding: .utf8)
        let lexicon = try Lexicon.standard(main: .file(path), cacheDirectory: folder)
        #expect(lexicon.sources.first { $0.kind == "jieba" }?.entries == 2)
        #expect(lexicon.tag(of: "测试词条") == PartOfSpeech("nz"))
        #expect(words("这是测试词条", lexicon: lexicon).contains("测试词条"))
        #expect(throws: (any Error).self) { try Lexicon.standard(main: .file(folder.appendingPathComponent("missing.txt").path), cacheDirectory: folder) }
    }

    @Test func quotedCoinagesAreWholeThroughoutTheDocument() {
        let text = "要做到“深学”“深思”。深学才能深思，深思才能笃行。"
        let segmenter = FastSegmenter(lexicon: Shared.lexicon)
        segmenter.documentWords = DocumentWords(quotedIn: text)
        #expect(segmenter.documentWords?.words.count == 0, "each is quoted once only")
        let twice = text + "再说一遍：“深学”“深思”。"
        segmenter.documentWords = DocumentWords(quotedIn: twice)
        #expect(Set(segmenter.documentWords?.words.map { String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init))) } ?? [])
            == ["深学", "深思"])
        let bytes = Array("深学才能深思".utf8)
        var tokens: [String] = []
        bytes.withUnsafeBytes { raw in
            segmenter.segment(raw) { tokens.append(String(decoding: bytes[$0.range], as: UTF8.self)) }
        }
        #expect(tokens == ["深学", "才能", "深思"])
    }

    @Test func partOfSpeechFiltersKeepSubTags() throws {
        let nouns = try PartOfSpeechFilter("n")
        #expect(nouns.contains(PartOfSpeech("nr")) && nouns.contains(PartOfSpeech("ns")) && nouns.contains(.noun))
        #expect(!nouns.contains(PartOfSpeech("v")))
        let exact = try PartOfSpeechFilter("n=,v")
        #expect(exact.contains(.noun) && !exact.contains(PartOfSpeech("nr")) && exact.contains(PartOfSpeech("vn")))
        #expect(throws: PartOfSpeechFilter.UnknownTag.self) { try PartOfSpeechFilter("n,zz") }
        #expect(PartOfSpeech("nosuch") == .unknown)
    }

    @Test func aDamagedCacheIsRebuilt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Lexicon.standard(main: .none, cacheDirectory: folder)
        let file = try #require(FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasSuffix(".bin") })
        let url = folder.appendingPathComponent(file)
        var data = try Data(contentsOf: url)
        // Point a base far out of range: the cache must be refused, not trusted.
        for offset in stride(from: 1024, to: min(data.count, 4096), by: 4) { data[offset + 3] = 0x7F }
        try data.write(to: url)
        let second = try Lexicon.standard(main: .none, cacheDirectory: folder)
        #expect(second.cost(of: "中国") == first.cost(of: "中国"))
        #expect(words("我们是中国人", lexicon: second) == words("我们是中国人", lexicon: first))
    }

    @Test func aCacheWithChangedBytesOfTheSameSizeIsRebuiltWithAWarning() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Lexicon.standard(main: .none, cacheDirectory: folder)
        let file = try #require(FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasSuffix(".bin") })
        let url = folder.appendingPathComponent(file)
        let original = try Data(contentsOf: url)
        // Bytes in the middle of the trie changed (the size stays), then the file cut short.
        var changed = original
        for offset in (changed.count / 2)..<(changed.count / 2 + 4096) { changed[offset] ^= 0x55 }
        for damaged in [changed, original.prefix(original.count - 100)] {
            try damaged.write(to: url)
            let rebuilt = try Lexicon.standard(main: .none, cacheDirectory: folder)
            #expect(rebuilt.warnings.contains { $0.contains("is damaged") })
            #expect(words("我们是中国人", lexicon: rebuilt) == words("我们是中国人", lexicon: first))
            // Rewritten whole: the next run reads it without a warning.
            #expect(try Data(contentsOf: url) == original)
            #expect(try Lexicon.standard(main: .none, cacheDirectory: folder).warnings.isEmpty)
        }
    }

    @Test func theCacheFolderIsBounded() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let now = Date()
        func make(_ name: String, bytes: Int, age: TimeInterval) throws -> URL {
            let url = folder.appendingPathComponent(name)
            try Data(count: bytes).write(to: url)
            try FileManager.default.setAttributes([.modificationDate: now.addingTimeInterval(-age)], ofItemAtPath: url.path)
            return url
        }
        let current = try make("lexicon-current-v11.bin", bytes: 10, age: 0)
        _ = try make("lexicon-recent-v11.bin", bytes: 10, age: 60)
        _ = try make("lexicon-old-v10.bin", bytes: 10, age: 40 * 24 * 3600)
        _ = try make("lexicon-huge-v11.bin", bytes: LexiconCache.maximumBytes, age: 120)
        _ = try make("lexicon-a-v11.bin.tmp-123", bytes: 10, age: 2 * 3600)
        _ = try make("lexicon-b-v11.bin.tmp-456", bytes: 10, age: 10)
        for index in 0..<6 { _ = try make("lexicon-\(index)-v11.bin", bytes: 10, age: 300 + Double(index)) }
        LexiconCache.prune(folder, keeping: current, now: now)
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(left == ["lexicon-current-v11.bin", "lexicon-recent-v11.bin", "lexicon-0-v11.bin", "lexicon-1-v11.bin",
                         "lexicon-b-v11.bin.tmp-456"])
    }
}

/// Tokens of `text` with their tags, white space dropped.
func taggedWords(_ text: String, lexicon: Lexicon) -> [(text: String, tag: PartOfSpeech)] {
    let bytes = Array(text.utf8)
    let segmenter = FastSegmenter(lexicon: lexicon)
    var result: [(String, PartOfSpeech)] = []
    bytes.withUnsafeBytes { raw in
        segmenter.segment(raw) { token in
            guard token.kind != .whitespace else { return }
            result.append((String(decoding: bytes[token.range], as: UTF8.self), token.tag))
        }
    }
    return result
}

/// Strings a document repeats that the lexicon lacks (`RepeatedPieces`).
@Suite struct RepeatedPiecesTests {
    /// Tokens of `text` segmented as one document, as `segment` does.
    func documentWords(_ text: String) -> [String] {
        let segmenter = FastSegmenter(lexicon: Shared.standard)
        let bytes = Array(text.utf8)
        var result: [String] = []
        bytes.withUnsafeBytes { raw in
            segmenter.segmentDocument(raw) { token in
                if token.kind != .whitespace { result.append(String(decoding: raw[token.range], as: UTF8.self)) }
            }
        }
        return result
    }

    @Test(.enabled(if: Shared.hasJieba, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func placeNamesARepeatedTextKeepsWhole() {
        let text = "沩澜河发源于山中。沩澜河流域生态保护取得成效。我们要守护沩澜河。青崖县的干部来了，青崖县很重视，青崖县也行动了。"
        let tokens = documentWords(text)
        #expect(tokens.filter { $0 == "沩澜河" }.count == 3, "\(tokens)")
        #expect(tokens.filter { $0 == "青崖县" }.count == 3, "\(tokens)")
        // Said once or twice, a string of rare characters without a place suffix stays in
        // pieces (沩澜河 itself is now a place name by the place model, at any count).
        #expect(!documentWords("汀湄发源于山中。汀湄很长。").contains("汀湄"))
    }

    @Test(.enabled(if: Shared.hasJieba, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func commonCharactersAreNeverJoined() {
        // 发 力 and 迈 上 recur, but hold no rare character (迈 上: a function character).
        let text = String(repeating: "大家协同发力，迈上新台阶。", count: 4)
        let tokens = documentWords(text)
        #expect(tokens.filter { $0 == "发" }.count == 4, "\(tokens)")
        #expect(!tokens.contains("迈上"))
    }

    @Test(.enabled(if: Shared.hasJieba, "needs jieba's dictionary (apt-get install python3-jieba)"))
    func oneDocumentPassGivesTheSameTokensAsTwo() {
        let text = "汀湄市政府工作报告。汀湄港吞吐量增长，汀湄大学扩招，汀湄紫菜走向全国。“深学”“深学”都要做到。"
        let segmenter = FastSegmenter(lexicon: Shared.standard)
        let bytes = Array(text.utf8)
        var twoPasses: [String] = []
        bytes.withUnsafeBytes { raw in
            segmenter.learnWords(of: raw)
            segmenter.segment(raw) { twoPasses.append(String(decoding: raw[$0.range], as: UTF8.self)) }
        }
        #expect(twoPasses.contains("汀湄"))
        #expect(documentWords(text) == twoPasses.filter { $0 != " " })
    }
}
