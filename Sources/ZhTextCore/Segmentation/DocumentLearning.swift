/// What a document teaches the segmenter: the short strings it quotes twice or more
/// (`DocumentWords`) and the pieces it repeats that the lexicon lacks (`RepeatedPieces`),
/// learned over the whole document and then kept whole wherever they occur in it.
///
/// A document held whole is learned and segmented at once by `FastSegmenter.segmentDocument`.
/// A document too large to hold (a file read in pieces) is learned in two passes over its
/// stretches, each pass's counts merged, before any stretch is segmented, so its tokens are
/// those the whole text would give:
///
/// ```swift
/// var learning = DocumentLearning(lexicon: lexicon)
/// for stretch in stretches { learning.countQuotes(stretch) }          // pass 1
/// let quoted = learning.quotedWords()
/// for stretch in stretches { learning.countPieces(stretch, quoted: quoted, segmenter: segmenter) }  // pass 2
/// segmenter.documentWords = learning.words()                          // then segment each stretch
/// ```
/// Stretches must end at a line break, white space or punctuation (as `TextChunkReader` cuts),
/// which no quotation or repeated piece crosses.
public struct DocumentLearning {
    private var quoted = DocumentWords.QuotedStrings()
    private var pieces: RepeatedPieces

    public init(lexicon: Lexicon) {
        pieces = RepeatedPieces(lexicon: lexicon)
    }

    /// Pass 1: counts the quoted strings of a stretch of the document (UTF-8).
    public mutating func countQuotes(_ bytes: UnsafeRawBufferPointer) {
        quoted.count(utf8: bytes)
    }

    /// The strings quoted often enough in the stretches counted so far.
    public func quotedWords() -> DocumentWords { quoted.words() }

    /// Pass 2: counts the repeated pieces of a stretch, segmented with the document's quoted
    /// words (`quotedWords()` once pass 1 is done).
    public mutating func countPieces(_ bytes: UnsafeRawBufferPointer, quoted words: DocumentWords, segmenter: FastSegmenter) {
        let saved = segmenter.documentWords
        segmenter.documentWords = words
        defer { segmenter.documentWords = saved }
        // Only runs of Han characters that hold a rare one can hold a repeated piece (see
        // `RepeatedPieces`): the others are passed over without segmenting them.
        let pieces = self.pieces
        segmenter.segment(bytes, skippingRuns: { run in !pieces.holdsRare(bytes, run) }) { self.pieces.add($0, of: bytes) }
        self.pieces.add(Token(offset: 0, length: 0, kind: .other), of: bytes)  // ends the stretch's last run
    }

    /// Adds the counts of other stretches of the same document, counted apart.
    public mutating func merge(_ other: DocumentLearning) {
        quoted.merge(other.quoted)
        pieces.merge(other.pieces)
    }

    /// All the words the document teaches: its quoted strings and repeated pieces.
    public mutating func words() -> DocumentWords {
        let found = pieces.words()
        let quotedWords = quoted.words()
        return found.isEmpty ? quotedWords : quotedWords.adding(found)
    }
}
