/// Segments text with ICU's word BreakIterator, the baseline zhtext is measured against.
///
/// Not thread-safe: give each task its own segmenter.
public final class ICUSegmenter {
    private let breaker: ICUWordBreaker

    /// Opens ICU's word break iterator for Chinese.
    public init() throws {
        breaker = try ICUWordBreaker(locale: "zh")
    }

    /// Calls `body` with each token of the UTF-8 `text`, in order; the tokens cover it exactly.
    public func segment(_ text: UnsafeRawBufferPointer, _ body: (Token) -> Void) throws {
        var start = 0
        try breaker.forEachBoundary(in: text) { end in
            guard end > start else { return }
            body(Token(offset: start, length: end - start, kind: TokenClassifier.kind(of: text, from: start)))
            start = end
        }
        if start < text.count {
            body(Token(offset: start, length: text.count - start, kind: TokenClassifier.kind(of: text, from: start)))
        }
    }
}
