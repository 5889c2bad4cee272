import ZhTextCore

/// Segments a string in one call: its words with their text, part-of-speech tag and character
/// offsets, as every zhtext analysis sees them.
///
/// ```swift
/// import ZhText
///
/// let segmenter = try TextSegmenter()
/// for token in segmenter.tokens(of: "我们在2023年用APP学习。") {
///     print(token.text, token.tag, token.span.start)
/// }
/// ```
///
/// The string is read as one document: normalised as files are (full-width letters and digits
/// folded), its paragraphs and sentences found, and what it teaches (quoted coinages,
/// repeated pieces, names) learned over all of it. White space is left out. Not thread-safe:
/// give each task its own segmenter; they can share a `Lexicon`.
public final class TextSegmenter {
    /// The lexicon the segmenter looks words up in.
    public let lexicon: Lexicon
    private let tokenizer: DocumentTokenizer
    private let reader: DocumentReader

    /// A segmenter over `lexicon`, by default ICU's dictionary merged with jieba's (compiled
    /// once into zhtext's cache folder).
    public init(lexicon: Lexicon? = nil, options: DocumentReader.Options = .init()) throws {
        let lexicon = try lexicon ?? Lexicon.standard()
        self.lexicon = lexicon
        tokenizer = DocumentTokenizer(lexicon: lexicon)
        reader = DocumentReader(options: options)
    }

    /// The tokens of `text`, in order, white space left out.
    public func tokens(of text: String) -> [DocumentToken] {
        sentences(of: text).flatMap(\.tokens)
    }

    /// The sentences of `text` with their tokens (see `DocumentTokenizer.sentences(of:)`).
    public func sentences(of text: String) -> [TokenizedSentence] {
        guard !text.isEmpty, let document = try? reader.read(bytes: Array(text.utf8), source: "-") else { return [] }
        return tokenizer.sentences(of: document)
    }
}
