/// What a document teaches the segmenter: the short strings it quotes twice or more
/// (`DocumentWords`), the pieces it repeats that the lexicon lacks (`RepeatedPieces`) and the
/// personal names it uses (`PersonNameLearner`), learned over the whole document and then
/// kept whole wherever they occur in it.
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
/// which no quotation, repeated piece or name crosses.
public struct DocumentLearning {
    private var quoted = DocumentWords.QuotedStrings()
    private var pieces: RepeatedPieces
    private var names: PersonNameLearner

    /// Nothing learned yet; words are checked against `lexicon`.
    public init(lexicon: Lexicon) {
        pieces = RepeatedPieces(lexicon: lexicon)
        names = PersonNameLearner(lexicon: lexicon)
    }

    /// Pass 1: counts the quoted strings of a stretch of the document (UTF-8).
    public mutating func countQuotes(_ bytes: UnsafeRawBufferPointer) {
        quoted.count(utf8: bytes)
    }

    /// The strings quoted often enough in the stretches counted so far.
    public func quotedWords() -> DocumentWords { quoted.words() }

    /// Pass 2: counts the repeated pieces and the name candidates of a stretch, segmented with
    /// the document's quoted words (`quotedWords()` once pass 1 is done).
    public mutating func countPieces(_ bytes: UnsafeRawBufferPointer, quoted words: DocumentWords, segmenter: FastSegmenter) {
        let saved = segmenter.documentWords
        segmenter.documentWords = words
        defer { segmenter.documentWords = saved }
        // Only runs of Han characters that hold a rare one can hold a repeated piece (see
        // `RepeatedPieces`), and only runs that hold a surname can hold a name: the others are
        // passed over without segmenting them. (Most runs hold a surname, 王 李 高 方 …, so
        // the name learner costs this pass most of the time the rare-character test saves.)
        let pieces = self.pieces, names = self.names
        segmenter.segment(bytes, skippingRuns: { run in
            !pieces.holdsRare(bytes, run) && !names.holdsNameStart(bytes, run)
        }) { self.pieces.add($0, of: bytes); self.names.add($0, of: bytes) }
        let end = Token(offset: 0, length: 0, kind: .other)  // ends the stretch's last run
        self.pieces.add(end, of: bytes)
        self.names.add(end, of: bytes)
    }

    /// Adds the counts of other stretches of the same document, counted apart.
    public mutating func merge(_ other: DocumentLearning) {
        quoted.merge(other.quoted)
        pieces.merge(other.pieces)
        names.merge(other.names)
    }

    /// All the words the document teaches: its quoted strings, repeated pieces and names.
    public mutating func words() -> DocumentWords {
        let found = pieces.words(), learned = names.names()
        let quotedWords = quoted.words()
        return found.isEmpty && learned.isEmpty ? quotedWords : quotedWords.adding(found, names: learned)
    }
}
