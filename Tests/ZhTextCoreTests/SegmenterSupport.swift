@testable import ZhTextCore

/// Lexicons shared by the tests.
enum Shared {
    /// ICU's dictionary alone, as the engine's rule tests expect (built, not cached).
    static let lexicon: Lexicon = {
        do {
            return Lexicon(storage: _TrieStorage(try Lexicon.build(general: nil, contemporary: nil, userLexicons: []).0))
        } catch {
            fatalError("cannot load ICU's dictionary: \(error)")
        }
    }()

    /// The standard lexicon: ICU's, jieba's where installed, and the contemporary words.
    static let standard: Lexicon = {
        do { return try Lexicon.standard() } catch { fatalError("cannot load the lexicon: \(error)") }
    }()

    /// Whether jieba's dictionary is on this machine (tests that need it skip without it).
    static let hasJieba = JiebaDictionary.locate() != nil
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
