import Foundation
import Testing
@testable import ZhTextCore

@Suite struct LexiconTests {
    @Test func icuDictionaryWordsHaveTheirCosts() throws {
        let entries = try ICUDictionary.entries()
        #expect(entries.count > 300_000)
        let lexicon = Shared.lexicon
        // Every Chinese word of ICU's dictionary is found with ICU's own cost.
        var checked = 0
        for entry in entries.prefix(50_000) where Lexicon.isUseful(entry.word) {
            #expect(lexicon.cost(of: entry.word) == Float(entry.cost), "\(entry.word)")
            checked += 1
        }
        #expect(checked > 10_000)
    }

    @Test func wordsOutsideTheDictionaryHaveNoCost() {
        #expect(Shared.lexicon.cost(of: "社会主义") == nil)
        #expect(Shared.lexicon.cost(of: "信访") == nil)
        #expect(Shared.lexicon.cost(of: "") == nil)
    }

    @Test func trieFindsExactlyItsKeys() {
        let words = ["中", "中国", "中国人", "国人", "人民", "abc", "ab"]
        let costs: [Float] = [1, 2, 3, 4, 5, 6, 7]
        let trie = DoubleArrayTrie(words: words, costs: costs)
        for (word, cost) in zip(words, costs) { #expect(trie.cost(of: word) == cost) }
        for missing in ["国", "中国人民", "a", "abcd", "人"] { #expect(trie.cost(of: missing) == nil) }
    }

    @Test func userLexiconAddsWordsAndKeepsTheLowerCost() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-lexicon-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        // 中国 is rare in this lexicon (1 in 100,051), so ICU's lower cost stays; 人民 is
        // frequent here, so the user lexicon's lower cost wins.
        let user = UserLexicon(name: "test", text: "信访工作 50 n\n四下基层\n# a comment\n中国 1\n人民 100000\n")
        let lexicon = try Lexicon.standard(adding: [user], main: .none, cacheDirectory: folder)
        let without = try Lexicon.standard(main: .none, cacheDirectory: folder)
        #expect(lexicon.cost(of: "信访工作") != nil)
        #expect(lexicon.cost(of: "四下基层") != nil)
        #expect(lexicon.cost(of: "中国") == without.cost(of: "中国"))
        let people = try #require(lexicon.cost(of: "人民"))
        #expect(people < without.cost(of: "人民")!)
        #expect(lexicon.tag(of: "信访工作") == PartOfSpeech("n"))
        #expect(lexicon.sources.map(\.kind) == ["icu", "contemporary", "user"])
        #expect(words("要做好信访工作和四下基层", lexicon: lexicon).contains("信访工作"))
        #expect(words("要做好信访工作和四下基层", lexicon: lexicon).contains("四下基层"))
        // The compiled lexicon was cached and reads back the same.
        let cached = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(cached.contains { $0.hasPrefix("lexicon-icu") && $0.contains("-nojieba-") })
        let reloaded = try Lexicon.standard(adding: [user], main: .none, cacheDirectory: folder)
        #expect(reloaded.cost(of: "四下基层") == lexicon.cost(of: "四下基层"))
        #expect(reloaded.tag(of: "信访工作") == PartOfSpeech("n"))
        #expect(reloaded.sources == lexicon.sources)
    }

    @Test func userLexiconParsesJiebaFormat() {
        let lexicon = UserLexicon(name: "t", text: "\u{FEFF}词语 12 n\n无频率 v\n单独\n\n# 注释\n")
        #expect(lexicon.entries == [
            UserLexicon.Entry(word: "词语", frequency: 12, tag: "n"),
            UserLexicon.Entry(word: "无频率", frequency: nil, tag: "v"),
            UserLexicon.Entry(word: "单独", frequency: nil, tag: nil),
        ])
    }

    @Test func userLexiconSkipsAbsurdFrequenciesAndSaysWhere() {
        let text = "好词 100 n\n网格员 inf n\n天安门 1e400\n坏词 NaN\n零词 0\n负词 -5\n大词 1e15\n😀笑脸 5\n无频率 v\n"
        let lexicon = UserLexicon(name: "bad.dict", text: text)
        #expect(lexicon.entries == [
            UserLexicon.Entry(word: "好词", frequency: 100, tag: "n"),
            UserLexicon.Entry(word: "无频率", frequency: nil, tag: "v"),
        ])
        let problems = lexicon.problems()
        #expect(problems.count == 7)
        #expect(problems.first == "bad.dict line 2: frequency inf is not a number in (0, 1e9]; 网格员 skipped")
        #expect(problems.last?.hasPrefix("bad.dict line 8: 😀笑脸 has characters beyond") == true)
    }
}
