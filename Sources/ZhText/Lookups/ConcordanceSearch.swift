import Foundation
import ZhTextCore

/// One concordance hit with what an analyst sorts and filters it by.
public struct ConcordanceHit: Sendable, Hashable {
    /// Where the document came from (`Document.source`).
    public var document: String
    /// The essay's number in its document, from 1.
    public var essay: Int
    /// Up to `window` characters before the hit, within its paragraph or heading line, as written.
    public var left: String
    /// The hit, as written.
    public var keyword: String
    /// Up to `window` characters after the hit, within its paragraph or heading line, as written.
    public var right: String
    /// Character offsets of the hit in the decoded file, as written (`Document.fileOffset`):
    /// `start` is its first character, `end` the one after its last.
    public var start: Int
    /// The offset of the character after the hit's last (see `start`).
    public var end: Int
    /// The words at the search's `positions` (empty where the paragraph has none).
    public var words: [String]
    /// The values of the search's `fields` for the document (empty when it lacks one).
    public var fields: [String]
}

/// A concordance search: terms (on word boundaries, or anywhere with `substring`), a regular
/// expression over the text, or tokens of some tags, alone or together (a term or pattern
/// with tags must cover whole tokens that all carry a kept tag). Matching uses the
/// normalised text; lines show the text as written; context stays inside the paragraph.
public struct ConcordanceSearch: @unchecked Sendable {
    /// The terms searched for (empty ones dropped); matched on word boundaries unless `substring`.
    public var terms: [String]
    /// Matched over each paragraph's normalised text (NSRegularExpression's syntax, ICU's);
    /// its matches are taken as they are, not held to word boundaries.
    public let regex: NSRegularExpression?
    /// With terms or a pattern, the tags every token of a hit must carry; alone, the tokens of these tags are the hits. Nil: any tag.
    public var tags: PartOfSpeechFilter?
    /// Characters of context on each side.
    public var window: Int
    /// Whether terms match anywhere in the text rather than on word boundaries only.
    public var substring: Bool
    /// The word positions each hit reports (`ConcordanceHit.words`), e.g. for sorting.
    public var positions: [ContextPosition]
    /// The document fields each hit reports.
    public var fields: [String]

    /// A search; a `pattern` that does not compile is an error naming it.
    public init(terms: [String] = [], pattern: String? = nil, tags: PartOfSpeechFilter? = nil, window: Int = 20,
                substring: Bool = false, positions: [ContextPosition] = [], fields: [String] = []) throws(ConcordancePatternError) {
        self.terms = terms.filter { !$0.isEmpty }
        if let pattern {
            do {
                regex = try NSRegularExpression(pattern: pattern)
            } catch {
                throw ConcordancePatternError(pattern: pattern, reason: (error as NSError).localizedDescription)
            }
        } else {
            regex = nil
        }
        self.tags = tags
        self.window = max(0, window)
        self.substring = substring
        self.positions = positions
        self.fields = fields
    }

    /// Whether the search asks for anything.
    public var isEmpty: Bool { terms.isEmpty && regex == nil && tags == nil }

    /// The hits of one document, in text order: each essay's title line and heading, then its
    /// paragraphs.
    public func hits(in document: Document, tokenizer: DocumentTokenizer) -> [ConcordanceHit] {
        guard !isEmpty else { return [] }
        let needles = terms.map { Array($0.unicodeScalars) }
        let fieldValues = fields.map { document.fields[$0] ?? "" }
        var hits: [ConcordanceHit] = []
        for essay in document.essays {
            let headings = [essay.titleSpan, essay.headingSpan].compactMap { $0 }.filter { $0 != essay.paragraphs.first?.span }
            for span in headings + essay.paragraphs.map(\.span) {
                let text = document.text(span)
                let scalars = Array(text.unicodeScalars)
                // Candidates; `bounded` ones must start and end on word boundaries (terms without
                // --substring), pattern matches are taken as they are.
                var found: [(start: Int, end: Int, bounded: Bool)] = []
                for needle in needles { found += Self.occurrences(of: needle, in: scalars).map { ($0.start, $0.end, !substring) } }
                if let regex { found += Self.matches(of: regex, in: text).map { ($0.start, $0.end, false) } }
                guard !found.isEmpty || (needles.isEmpty && regex == nil) else { continue }
                // Segment only the paragraphs with a candidate (or all, to find tags alone).
                // Tokens are in text order and do not overlap; offsets below are in the span.
                let tokens = tokenizer.tokens(of: span, in: document)
                let base = span.start
                if needles.isEmpty && regex == nil {
                    found = tokens.filter { tags!.contains($0.tag) && Self.isWord($0) }.map { ($0.span.start - base, $0.span.end - base, true) }
                } else {
                    found = found.filter { hit in
                        // The tokens the hit starts and ends on, found by binary search.
                        let first = Self.firstIndex(in: tokens) { $0.span.start - base >= hit.start }
                        let last = Self.firstIndex(in: tokens) { $0.span.end - base >= hit.end }
                        guard first < tokens.count, tokens[first].span.start - base == hit.start,
                              last < tokens.count, tokens[last].span.end - base == hit.end else { return tags == nil && !hit.bounded }
                        guard let tags else { return true }
                        return first <= last && tokens[first...last].allSatisfy { tags.contains($0.tag) }
                    }
                }
                // The words (punctuation left out), for the words at the sort positions.
                let words = positions.isEmpty ? [] : tokens.filter(Self.isWord)
                var seen: Set<Int> = []
                for hit in found.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
                    guard seen.insert(hit.start &* 1_000_003 &+ hit.end).inserted else { continue }
                    let start = span.start + hit.start, end = span.start + hit.end
                    // The first word at or after the hit's end; the words before it end at or before its start.
                    let after = positions.isEmpty ? 0 : Self.firstIndex(in: words) { $0.span.start - base >= hit.end }
                    let before = positions.isEmpty ? 0 : Self.firstIndex(in: words) { $0.span.end - base > hit.start }
                    let wordsAt = positions.map { position -> String in
                        switch position.side {
                        case .left:
                            let index = before - position.distance
                            return index >= 0 ? words[index].text : ""
                        case .right:
                            let index = after + position.distance - 1
                            return index < words.count ? words[index].text : ""
                        }
                    }
                    hits.append(ConcordanceHit(
                        document: document.source, essay: essay.number,
                        left: document.originalText(TextSpan(start: max(span.start, start - window), end: start)),
                        keyword: document.originalText(TextSpan(start: start, end: end)),
                        right: document.originalText(TextSpan(start: end, end: min(span.end, end + window))),
                        start: document.fileOffset(start), end: document.fileOffset(end),
                        words: wordsAt, fields: fieldValues))
                }
            }
        }
        return hits
    }

    /// The first index of `items` where `isAfter` holds, which holds from some index on.
    static func firstIndex<T>(in items: [T], where isAfter: (T) -> Bool) -> Int {
        var low = 0, high = items.count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(items[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    static func isWord(_ token: DocumentToken) -> Bool {
        token.kind == .word || token.kind == .latin || token.kind == .number
    }

    /// Non-overlapping occurrences of `needle`, left to right.
    static func occurrences(of needle: [Unicode.Scalar], in text: [Unicode.Scalar]) -> [(start: Int, end: Int)] {
        guard let first = needle.first, text.count >= needle.count, text.contains(first) else { return [] }
        var found: [(start: Int, end: Int)] = []
        var start = 0
        while start + needle.count <= text.count {
            if text[start] == first, text[start..<(start + needle.count)].elementsEqual(needle) {
                found.append((start, start + needle.count))
                start += needle.count
            } else {
                start += 1
            }
        }
        return found
    }

    /// The pattern's non-empty matches, as character (scalar) offsets.
    static func matches(of regex: NSRegularExpression, in text: String) -> [(start: Int, end: Int)] {
        let utf16 = Array(text.utf16)
        // Scalar offset of each UTF-16 offset.
        var scalarAt = [Int](repeating: 0, count: utf16.count + 1)
        var scalar = 0
        for index in utf16.indices {
            scalarAt[index] = scalar
            if !UTF16.isLeadSurrogate(utf16[index]) { scalar += 1 }
        }
        scalarAt[utf16.count] = scalar
        return regex.matches(in: text, range: NSRange(location: 0, length: utf16.count)).compactMap { match in
            let range = match.range
            guard range.location != NSNotFound, range.length > 0 else { return nil }
            return (scalarAt[range.location], scalarAt[range.location + range.length])
        }
    }
}

/// A regular expression that does not compile.
public struct ConcordancePatternError: Error, CustomStringConvertible, Sendable {
    /// The pattern as given.
    public var pattern: String
    /// Why it does not compile (the system's message).
    public var reason: String
    /// `the pattern 'P' does not compile: REASON`.
    public var description: String { "the pattern '\(pattern)' does not compile: \(reason)" }
}
