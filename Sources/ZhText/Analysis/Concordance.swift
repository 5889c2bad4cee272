/// One concordance line: a match of the search term with its context.
public struct ConcordanceLine: Sendable, Hashable {
    /// Where the document came from (`Document.source`).
    public var document: String
    /// The essay's number in its document, from 1.
    public var essay: Int
    /// Up to `window` characters before the match, as written, inside its paragraph (or heading).
    public var left: String
    /// The match as written.
    public var keyword: String
    /// Up to `window` characters after the match, as written, inside its paragraph (or heading).
    public var right: String
    /// Character offset of the match in the document's decoded text, as written (before
    /// normalisation composed characters or dropped variation selectors).
    public var offset: Int
}

/// Finds a term in documents and cuts its context (key word in context, KWIC).
///
/// By default a match must start and end on token boundaries, so 学习 does not match inside
/// 学习型; with `substring`, any occurrence matches. Matching uses the normalised text; the
/// lines show the text as written. Context stays inside the match's paragraph.
public struct Concordance: Sendable {
    /// The term to find (matched against the normalised text); an empty term finds nothing.
    public var term: String
    /// Characters of context on each side.
    public var window: Int
    /// Whether a match may start or end inside a token.
    public var substring: Bool

    /// A search for `term`; a negative `window` is taken as 0.
    public init(term: String, window: Int = 20, substring: Bool = false) {
        self.term = term
        self.window = max(0, window)
        self.substring = substring
    }

    /// The lines for one document, in text order: each essay's title line and collection
    /// heading, then its paragraphs (all the text `freq` counts).
    public func lines(in document: Document, tokenizer: DocumentTokenizer) -> [ConcordanceLine] {
        let needle = Array(term.unicodeScalars)
        guard !needle.isEmpty else { return [] }
        var lines: [ConcordanceLine] = []
        for essay in document.essays {
            let headings = [essay.titleSpan, essay.headingSpan].compactMap { $0 }.filter { $0 != essay.paragraphs.first?.span }
            for span in headings + essay.paragraphs.map(\.span) {
                let text = document.scalars[span.start..<span.end]
                guard text.count >= needle.count else { continue }
                // Segment only the paragraphs that hold the term.
                guard let first = needle.first, text.contains(first),
                      text.firstRange(of: needle) != nil else { continue }
                var boundaries: Set<Int> = []
                if !substring {
                    for token in tokenizer.tokens(of: span, in: document) {
                        boundaries.insert(token.span.start)
                        boundaries.insert(token.span.end)
                    }
                }
                var start = span.start
                while start + needle.count <= span.end {
                    let end = start + needle.count
                    if document.scalars[start..<end].elementsEqual(needle),
                       substring || (boundaries.contains(start) && boundaries.contains(end)) {
                        let left = TextSpan(start: max(span.start, start - window), end: start)
                        let right = TextSpan(start: end, end: min(span.end, end + window))
                        lines.append(ConcordanceLine(
                            document: document.source, essay: essay.number,
                            left: document.originalText(left), keyword: document.originalText(TextSpan(start: start, end: end)),
                            right: document.originalText(right), offset: document.fileOffset(start)))
                        start = end
                    } else {
                        start += 1
                    }
                }
            }
        }
        return lines
    }
}
