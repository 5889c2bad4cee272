import ICUShim

/// ICU's dictionary-based word BreakIterator over UTF-8 text. Not thread-safe: one per task.
package final class ICUWordBreaker {
    private let handle: OpaquePointer

    package init(locale: String = "zh") throws {
        var error: Int32 = 0
        guard let handle = zt_word_breaker_open(locale, &error) else {
            throw ICU.Failure(operation: "opening ICU's word break iterator", code: error)
        }
        self.handle = handle
    }

    deinit { zt_word_breaker_close(handle) }

    /// Calls `body` with each boundary offset (in bytes, after the first at 0) of `text`.
    package func forEachBoundary(in text: UnsafeRawBufferPointer, _ body: (Int) -> Void) throws {
        guard let base = text.baseAddress, text.count > 0 else { return }
        var error: Int32 = 0
        zt_word_breaker_set_utf8(handle, base.assumingMemoryBound(to: CChar.self), Int64(text.count), &error)
        guard error == 0 else { throw ICU.Failure(operation: "setting break iterator text", code: error) }
        while true {
            let next = zt_word_breaker_next(handle)
            if next < 0 { break }
            body(Int(next))
        }
    }
}
