import Foundation
import Synchronization

/// Words a document spells again and again that the lexicon lacks: strings of two to four Han
/// characters that the segmenter leaves as single characters (沩 澜 河, 汀 湄, 青 崖 县) and
/// that recur in the document. Place names, brands and coinages of one text are what this
/// finds; the segmenter then keeps them whole throughout the document, like `DocumentWords`.
///
/// A string counts when it occurs at least `minimumCount` times inside runs of single-character
/// tokens, holds no function character (particles, prepositions, conjunctions, pronouns,
/// numerals, adverbs, directions; a classifier such as 口 may be part of a name) and holds at least one character that is rare as
/// a word of its own in general Chinese (rarer than about 1 in 36,000 words: 沩, 澜, 汀, 崖, not
/// 河, 县 or 市), so ordinary text split into common characters (发 力, 讲 得) is left alone.
package struct RepeatedPieces {
    /// How often a string must recur in the document.
    package static let minimumCount = 3
    /// The longest string, in characters.
    static let maximumLength = 4
    /// The information, in nats (−ln p), that makes a single character rare.
    static let rareInformation: Float = 10.5

    let lexicon: Lexicon
    /// Occurrences of each string, its characters packed 16 bits each (BMP only).
    private var counts: [UInt64: Int] = [:]
    private var run: [UInt16] = []
    private var runHasRare = false
    /// One verdict per BMP code point, shared by every count over the same lexicon.
    private let verdicts: VerdictTable

    /// An empty count, judging characters by `lexicon`.
    package init(lexicon: Lexicon) {
        self.lexicon = lexicon
        verdicts = lexicon.pieceVerdicts
    }

    /// Adds the counts of another stretch of the same document (counted apart, for instance
    /// on another core); runs of single characters never cross from one stretch to the next.
    package mutating func merge(_ other: RepeatedPieces) {
        flush()
        var other = other
        other.flush()
        for (packed, count) in other.counts { counts[packed, default: 0] += count }
    }

    /// Takes the next token of the document `text` (UTF-8), in order.
    package mutating func add(_ token: Token, of text: UnsafeRawBufferPointer) {
        // A single BMP Han character is three bytes: 1110xxxx 10xxxxxx 10xxxxxx.
        guard token.kind == .word, token.length == 3 else { return flush() }
        let lead = UInt32(text[token.offset]), second = UInt32(text[token.offset + 1]), third = UInt32(text[token.offset + 2])
        let value = (lead & 0x0F) << 12 | (second & 0x3F) << 6 | (third & 0x3F)
        guard CharacterClassTable.of(value) == .han else { return flush() }
        let verdict = verdicts.verdict(of: value, lexicon: lexicon)
        guard verdict != .function else { return flush() }
        if run.count == 64 { flush() }
        run.append(UInt16(value))
        if verdict == .rare { runHasRare = true }
    }

    /// Whether the UTF-8 `run` of `text` holds a character rare enough for a piece
    /// (`rareInformation`); a run without one can hold no piece.
    func holdsRare(_ text: UnsafeRawBufferPointer, _ run: Range<Int>) -> Bool {
        UTF8Run.contains(text, run) { verdicts.verdict(of: $0, lexicon: lexicon) == .rare }
    }

    /// The strings that recur often enough, in code point order.
    package mutating func words() -> [String] {
        flush()
        return counts.filter { $0.value >= Self.minimumCount }.keys.map { packed in
            var scalars = String.UnicodeScalarView()
            var rest = packed
            while rest != 0 {
                scalars.insert(Unicode.Scalar(UInt16(truncatingIfNeeded: rest))!, at: scalars.startIndex)
                rest >>= 16
            }
            return String(scalars)
        }.sorted()
    }

    /// Counts the strings of the run of single characters that just ended.
    private mutating func flush() {
        defer { run.removeAll(keepingCapacity: true); runHasRare = false }
        guard run.count >= 2, runHasRare else { return }
        for start in 0..<(run.count - 1) {
            var packed = UInt64(run[start])
            var hasRare = verdicts.known(run[start]) == .rare
            for end in (start + 1)..<min(run.count, start + Self.maximumLength) {
                packed = packed << 16 | UInt64(run[end])
                hasRare = hasRare || verdicts.known(run[end]) == .rare
                if hasRare { counts[packed, default: 0] += 1 }
            }
        }
    }

    enum Verdict: UInt8 { case unknown, function, common, rare }

    /// One verdict per BMP code point, worked out when first asked for and kept for the
    /// lexicon's lifetime. Workers on several cores share it through relaxed atomic loads and
    /// stores: a verdict, once stored, never changes, so a worker that still sees `unknown`
    /// only works the same verdict out again.
    final class VerdictTable: Sendable {
        nonisolated(unsafe) private let table: UnsafeMutablePointer<Atomic<UInt8>>

        init() {
            table = .allocate(capacity: 0x10000)
            for index in 0..<0x10000 { (table + index).initialize(to: Atomic(Verdict.unknown.rawValue)) }
        }

        deinit {
            table.deinitialize(count: 0x10000)
            table.deallocate()
        }

        @inline(__always)
        func verdict(of value: UInt32, lexicon: Lexicon) -> Verdict {
            let known = Verdict(rawValue: table[Int(value)].load(ordering: .relaxed))!
            guard known == .unknown else { return known }
            let verdict = RepeatedPieces.verdict(of: String(Unicode.Scalar(value)!), lexicon: lexicon)
            table[Int(value)].store(verdict.rawValue, ordering: .relaxed)
            return verdict
        }

        /// The verdict of a character `verdict(of:)` has already judged.
        @inline(__always)
        func known(_ value: UInt16) -> Verdict { Verdict(rawValue: table[Int(value)].load(ordering: .relaxed))! }
    }

    static func verdict(of character: String, lexicon: Lexicon) -> Verdict {
        if let tag = lexicon.tag(of: character), tag.isFunctionWord { return .function }
        guard let cost = lexicon.cost(of: character) else { return .rare }
        return (cost - CostScale.intercept) / CostScale.slope >= rareInformation ? .rare : .common
    }
}
