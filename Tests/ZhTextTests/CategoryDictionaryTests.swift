import Foundation
import Testing
import ZhTextCore
@testable import ZhText

/// Dictionaries of categories, in YAML and LIWC's format, and what they match.
@Suite struct CategoryDictionaryTests {
    @Test func yamlCategoriesTermsPatternsAndSubCategories() throws {
        let dictionary = try CategoryDictionary(yaml: """
            政策工具:
              供给型: [人才培养, 技术*]
              需求型:
                - 政府采购
                - 技术服务
            口号: 高质量发展
            待定:
            """, source: "d.yaml")
        #expect(dictionary.categories.map(\.path) == ["政策工具", "政策工具/供给型", "政策工具/需求型", "口号", "待定"])
        #expect(dictionary.categories(of: "人才培养") == [0, 1])
        #expect(dictionary.categories(of: "技术进步") == [0, 1])
        // Two sub-categories match it; the parent counts it once.
        #expect(dictionary.categories(of: "技术服务") == [0, 1, 2])
        #expect(dictionary.categories(of: "高质量发展") == [3])
        #expect(dictionary.categories(of: "技") == [])
        #expect(dictionary.categories(of: "发展") == [])
    }

    @Test func yamlThatDoesNotParseNamesFileAndLine() {
        #expect {
            try CategoryDictionary(yaml: "服务:\n  - 社区\n  bad: [x\n", source: "bad.yaml")
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix("bad.yaml: line 3: not valid YAML")
        }
        #expect {
            try CategoryDictionary(yaml: "- 社区\n- 居民\n", source: "list.yaml")
        } throws: { "\($0)" == "list.yaml: line 1: the top level must map category names to their terms" }
    }

    @Test func anEmptyDictionaryIsAnError() {
        for text in ["", "# only a comment\n", "空类:\n另一类:\n"] {
            #expect(throws: CategoryDictionaryError.self) { try CategoryDictionary(yaml: text, source: "e.yaml") }
        }
    }

    @Test func liwcDictionaries() throws {
        let dictionary = try CategoryDictionary(liwc: "%\n1\tposemo\n2\tnegemo\n%\n满意\t1\n困难*\t2\n好\t1\t2\n", source: "t.dic")
        #expect(dictionary.categories.map(\.path) == ["posemo", "negemo"])
        #expect(dictionary.categories(of: "好") == [0, 1])
        #expect(dictionary.categories(of: "困难重重") == [1])
        #expect {
            try CategoryDictionary(liwc: "%\n1\tposemo\n%\n满意\t3\n", source: "t.dic")
        } throws: { "\($0)" == "t.dic: line 4: entry '满意' names category 3, which the header does not define" }
        #expect(throws: CategoryDictionaryError.self) { try CategoryDictionary(liwc: "满意\t1\n", source: "t.dic") }
    }

    /// A category's count is the sum of the freq counts of the words it matched.
    @Test func countsAreSumsOfFreqCounts() throws {
        let dictionary = try CategoryDictionary(yaml: "经济: [经济, 发展*]\n社会:\n  民生: [就业, 教育]\n", source: "d.yaml")
        let text = "题目\n\n我们发展经济，经济发展很快。就业和教育是民生，发展是硬道理。\n"
        let document = DocumentReader().read(text: text, source: "t")
        let sentences = DocumentTokenizer(lexicon: FrequencyTests.lexicon).sentences(of: document)
        var counter = DictionaryCounter(dictionary: dictionary)
        counter.add(sentences, of: document, index: 0)
        var frequencies = FrequencyCounter(options: NGramOptions(stopWords: .none))
        frequencies.add(sentences, of: document, index: 0)
        let rows = counter.rows()
        #expect(rows.map(\.category) == ["经济", "社会", "社会/民生"])
        for row in rows {
            #expect(!row.matched.isEmpty)
            #expect(row.count == row.matched.reduce(0) { $0 + frequencies.count(of: $1.term) })
            for (term, count) in row.matched { #expect(count == frequencies.count(of: term)) }
            #expect(row.perMillion == Double(row.count) / Double(frequencies.total(of: .corpus)) * 1_000_000)
        }
        #expect(rows[1].count == rows[2].count)
    }
}
