import Testing
@testable import ZhText
import ZhTextCore

/// Hostile text at growing sizes: the work of finding quotations (counted in steps, never
/// timed) must grow in proportion to the text.
@Suite struct LinearWorkTests {
    /// The steps to find the quotations of `text`, and how many there were.
    func steps(_ text: String) -> (steps: Int, quotations: Int, characters: Int) {
        let document = DocumentReader().read(text: text, source: "t")
        let counter = WorkCounter()
        let found = QuotationFinder().quotations(in: document, steps: counter)
        return (counter.count, found.count, document.characterCount)
    }

    /// Steps at size n and 4n: linear work is at most a constant per character at both sizes,
    /// and four times the text costs at most about four times the steps.
    func expectLinear(_ make: (Int) -> String, _ sourceLocation: SourceLocation = #_sourceLocation) {
        let small = steps(make(2_000)), large = steps(make(8_000))
        #expect(small.steps > 0, sourceLocation: sourceLocation)
        #expect(large.steps <= 40 * large.characters, "steps \(large.steps) for \(large.characters) characters",
                sourceLocation: sourceLocation)
        #expect(Double(large.steps) <= 4.5 * Double(small.steps), "steps \(small.steps) -> \(large.steps)",
                sourceLocation: sourceLocation)
    }

    @Test func deeplyNestedMarks() {
        expectLinear { n in String(repeating: "“‘", count: n) + "话" + String(repeating: "’”", count: n) + "\n" }
    }

    @Test func openingMarksWithNoClose() {
        expectLinear { n in String(repeating: "“", count: n) + "\n" }
    }

    @Test func closingMarksWithNoOpen() {
        expectLinear { n in "他说" + String(repeating: "好”", count: n) + "\n" }
    }

    @Test func quotationsOnOneHugeLine() {
        expectLinear { n in String(repeating: "张华说：“好。”王明在会上强调：“要把群众的事办好。”", count: n) }
    }

    @Test func manyTinyParagraphsWithQuotations() {
        expectLinear { n in String(repeating: "他说：“好。”\n", count: n) }
    }

    @Test func oneQuotationOverManyParagraphs() {
        expectLinear { n in String(repeating: "“我们一起走。\n", count: n) + "”\n" }
    }

    @Test func repeatedCharacters() {
        expectLinear { n in String(repeating: "好", count: 20 * n) + "“" + String(repeating: "的", count: 20 * n) + "\n" }
    }

    @Test func leadingSpacesThenMarks() {
        expectLinear { n in "“起\n" + String(repeating: " ", count: n) + String(repeating: "“", count: n) + "\n" }
    }

    @Test func closersWithoutOpenersNeverOverlap() {
        let found = QuotationFinder().quotations(in: DocumentReader().read(text: "题目\n\n甲”乙”丙”\n", source: "t"))
        #expect(found.map(\.text) == ["甲", "乙", "丙"])
    }
}
