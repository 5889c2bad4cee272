/// One concordance line: a match of the search term with its context.
public struct ConcordanceLine: Sendable, Hashable {
    public var document: String
    public var essay: Int
    public var left: String
    public var keyword: String
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
    public var term: String
    /// Characters of context on each side.
    public var window: Int
    public var substring: Bool

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
