// libFuzzer entry point: FastSegmenter over arbitrary bytes must give non-empty tokens, in
// order, that cover the input exactly. libFuzzer supplies `main`; build with
// `-sanitize=fuzzer,address -parse-as-library` (see README.md).

import ZhTextCore

/// One segmenter for the whole run, made on the first input (the lexicon loads once).
nonisolated(unsafe) private let segmenter: FastSegmenter = {
    do {
        return FastSegmenter(lexicon: try Lexicon.standard())
    } catch {
        fatalError("cannot load the lexicon: \(error)")
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = UnsafeRawBufferPointer(start: data, count: size)
    var end = 0
    var covered = 0
    segmenter.segment(text) { token in
        precondition(token.length > 0, "empty token at byte \(token.offset)")
        precondition(token.offset == end, "token at byte \(token.offset), but the previous one ended at \(end)")
        end = token.offset + token.length
        precondition(end <= size, "token \(token.offset)..<\(end) runs past the end of the input (\(size) bytes)")
        covered += token.length
    }
    precondition(covered == size, "tokens cover \(covered) of \(size) bytes")
    precondition(end == size, "the last token ends at byte \(end) of \(size)")
    return 0
}
