import ZhTextCore

/// One lexicon for all tests (compiled from ICU's dictionary once, then cached on disk).
enum Shared {
    static let lexicon: Lexicon = {
        do { return try Lexicon.standard() } catch { fatalError("cannot load ICU's dictionary: \(error)") }
    }()
}

/// Tokens of `text` as strings with their kinds, white space dropped.
func words(_ text: String, lexicon: Lexicon = Shared.lexicon) -> [String] {
    tokens(text, lexicon: lexicon).filter { $0.kind != .whitespace }.map(\.text)
}

func tokens(_ text: String, lexicon: Lexicon = Shared.lexicon) -> [(text: String, kind: TokenKind)] {
    let bytes = Array(text.utf8)
    let segmenter = FastSegmenter(lexicon: lexicon)
    var result: [(String, TokenKind)] = []
    bytes.withUnsafeBytes { raw in
        segmenter.segment(raw) { token in
            result.append((String(decoding: bytes[token.range], as: UTF8.self), token.kind))
        }
    }
    return result
}
