import Synchronization
import ZhTextCore

/// A decoded, normalised and structured text file: document → essays → paragraphs → sentences.
///
/// Every span points into the decoded text. `text(_:)` returns the normalised characters of a
/// span and `originalText(_:)` the characters as written.
public struct Document: Sendable {
    /// Where the document came from: the path as given, or `-` for standard input.
    public var source: String
    /// The encoding the file was read in.
    public var encoding: TextEncoding
    /// The document's essays, in order.
    public var essays: [Essay]
    /// Scraper markers found in the text (none of their text belongs to any paragraph).
    public var markers: [Marker]
    /// Warnings met while reading the document.
    public var diagnostics: [Diagnostic]
    /// Its metadata: a JSON Lines record's or CSV row's other fields, or its row of a
    /// `--metadata` table (see `DocumentFields`).
    public var fields = DocumentFields()

    /// A number no other document read by this process has: what a tokenizer learned from
    /// one document is never used for another with the same name and length.
    let serial = Document.nextSerial.add(1, ordering: .relaxed).newValue

    static let nextSerial = Atomic<Int>(0)

    let originalScalars: [Unicode.Scalar]
    let scalars: [Unicode.Scalar]
    /// For each of `scalars`, the offset in `originalScalars` it came from, when normalisation
    /// composed characters or dropped variation selectors (`TextNormalizer`); nil when every
    /// character is where it was written.
    let origins: [Int32]?
    /// For a piece of a file too large to read whole (see `DocumentReader.readPieces`): the
    /// offset of the piece's first character in the file's decoded text; 0 for a whole file.
    public internal(set) var firstCharacter = 0
    /// For a piece, its number from 1; 0 for a whole file.
    public internal(set) var piece = 0
    /// For a piece, the words the whole file teaches (`DocumentLearning`), learned before the
    /// pieces were handed out; nil for a document held whole, which is learned from itself.
    public internal(set) var learnedWords: DocumentWords?

    /// Number of characters (Unicode scalars) in the normalised text.
    public var characterCount: Int { scalars.count }

    /// Number of characters (Unicode scalars) in the decoded text, as written.
    public var originalCharacterCount: Int { originalScalars.count }

    /// The offset in the text as written of the character at `index` of the normalised text
    /// (`originalCharacterCount` for the end).
    func originalIndex(_ index: Int) -> Int {
        guard let origins else { return index }
        return index < origins.count ? Int(origins[index]) : originalScalars.count
    }

    /// The offset in the decoded file of the character at `index` of the normalised text:
    /// where it was written, counted from the start of the file (the document may be a piece
    /// of a larger one). Offsets in concordance lines and quotations are these.
    public func fileOffset(_ index: Int) -> Int { firstCharacter + originalIndex(index) }

    /// The normalised text of the whole document.
    public var text: String { String(String.UnicodeScalarView(scalars)) }

    /// The normalised text of `span`.
    public func text(_ span: TextSpan) -> String {
        String(String.UnicodeScalarView(scalars[span.start..<span.end]))
    }

    /// The text of `span` as written in the file, before normalisation.
    public func originalText(_ span: TextSpan) -> String {
        String(String.UnicodeScalarView(originalScalars[originalIndex(span.start)..<originalIndex(span.end)]))
    }

    /// All paragraphs of all essays, in order.
    public var paragraphs: [Paragraph] { essays.flatMap(\.paragraphs) }
}

extension Document {
    /// Each line of the document, as written (or normalised), with scraper markers removed.
    ///
    /// Lines are split at LF, CR LF, CR and the Unicode line separators; a file ending with a
    /// line break has no empty last line. Used where output must keep the input's lines, such as
    /// segmentation scored against a gold file.
    public func lines(normalized: Bool = false) -> [String] {
        let source = normalized ? scalars : originalScalars
        var markerIndex = 0
        return DocumentStructure.lines(of: scalars).map { line in
            var view = String.UnicodeScalarView()
            var index = line.start
            while index < line.end {
                while markerIndex < markers.count, markers[markerIndex].span.end <= index { markerIndex += 1 }
                if markerIndex < markers.count, markers[markerIndex].span.start <= index {
                    index = markers[markerIndex].span.end
                    continue
                }
                if normalized {
                    view.append(source[index])
                } else {
                    view.append(contentsOf: source[originalIndex(index)..<originalIndex(index + 1)])
                }
                index += 1
            }
            return String(view)
        }
    }
}
