import Dispatch
import ZhTextCore

extension DocumentReader.Options {
    /// These options with `lexicon` to learn with: a file too large to read whole is then
    /// learned over all of it before its pieces are handed out (`DocumentReader.Pieces`), so
    /// that its pieces are segmented as the whole text would be.
    public func learning(with lexicon: Lexicon) -> Self {
        var options = self
        options.learningLexicon = LearningLexicon(lexicon: lexicon)
        return options
    }
}

/// The lexicon a reader learns with, compared by identity.
struct LearningLexicon: Sendable, Hashable {
    let lexicon: Lexicon
    static func == (lhs: Self, rhs: Self) -> Bool { lhs.lexicon === rhs.lexicon }
    func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(lexicon)) }
}

extension DocumentReader {
    /// The words a file too large to read whole teaches (`DocumentLearning`), learned over all
    /// of it: pass 1 counts its quoted strings, pass 2 its repeated pieces, each stretch of
    /// `pieceSize` bytes on any core, in the text as segmentation sees it (decoded and
    /// normalised with `options`).
    public static func learnedWords(of item: InputFiles.Item, options: Options, lexicon: Lexicon,
                                    pieceSize: Int = pieceSize, normalize: Bool = true) throws(InputError) -> DocumentWords {
        try learnedWords(of: .item(item), options: options, lexicon: lexicon, pieceSize: pieceSize, normalize: normalize)
    }

    /// What words are learned from: an input, or text already decoded (a record's).
    enum LearningSource {
        case item(InputFiles.Item)
        case text([UInt8], source: String)
    }

    static func learnedWords(of item: LearningSource, options: Options, lexicon: Lexicon,
                                    pieceSize: Int = pieceSize, normalize: Bool = true) throws(InputError) -> DocumentWords {
        var learning = DocumentLearning(lexicon: lexicon)
        try forEachStretch(of: item, options: options, pieceSize: pieceSize, normalize: normalize) { batch in
            for stretch in batch { stretch.withUnsafeBytes { learning.countQuotes($0) } }
        }
        let quoted = learning.quotedWords()
        try forEachStretch(of: item, options: options, pieceSize: pieceSize, normalize: normalize) { batch in
            let results = UnsafeMutableBufferPointer<DocumentLearning>.allocate(capacity: batch.count)
            defer { results.deallocate() }
            let slots = SendableSlots(results)
            DispatchQueue.concurrentPerform(iterations: batch.count) { index in
                var part = DocumentLearning(lexicon: lexicon)
                batch[index].withUnsafeBytes { part.countPieces($0, quoted: quoted, segmenter: FastSegmenter(lexicon: lexicon)) }
                (slots.base + index).initialize(to: part)
            }
            for index in 0..<batch.count { learning.merge((results.baseAddress! + index).move()) }
        }
        return learning.words()
    }

    /// Hands `body` the file's stretches, as many at a time as there are cores, each as UTF-8
    /// in the form segmentation sees (normalised unless `normalize` is false).
    private static func forEachStretch(of item: LearningSource, options: Options, pieceSize: Int, normalize: Bool,
                                       _ body: ([[UInt8]]) -> Void) throws(InputError) {
        let chunks: TextChunkReader
        switch item {
        case .item(let item):
            chunks = try TextChunkReader(item: item, options: Options(encoding: options.encoding, simplified: normalize ? false : options.simplified),
                                         chunkSize: pieceSize)
        case .text(let text, let source):
            chunks = TextChunkReader(text: text, source: source, chunkSize: pieceSize)
        }
        var normalizer = TextNormalizer(simplified: options.simplified)
        let width = max(1, ProcessorCount.active)
        var batch: [[UInt8]] = []
        while let chunk = chunks.next() {
            if normalize {
                let scalars = normalizer.normalize(Array(String(decoding: chunk.bytes, as: UTF8.self).unicodeScalars))
                batch.append(Array(String(String.UnicodeScalarView(scalars)).utf8))
            } else {
                // As `segment` segments it: in NFC without variation selectors, bytes that
                // are not UTF-8 kept (`TextChunk.composed`).
                batch.append(chunk.composed()?.bytes ?? chunk.bytes)
            }
            if batch.count == width {
                body(batch)
                batch.removeAll()
            }
        }
        if !batch.isEmpty { body(batch) }
    }
}

/// Result slots that concurrent workers each write one of.
private struct SendableSlots<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { base = buffer.baseAddress! }
}
