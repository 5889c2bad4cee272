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
    /// For a piece of a file too large to read whole (see `DocumentReader.readPieces`): the
    /// offset of the piece's first character in the file's decoded text; 0 for a whole file.
    public internal(set) var firstCharacter = 0
    /// For a piece, its number from 1; 0 for a whole file.
    public internal(set) var piece = 0
    /// For a piece, the words the whole file teaches (`DocumentLearning`), learned before the
    /// pieces were handed out; nil for a document held whole, which is learned from itself.
    public internal(set) var learnedWords: DocumentWords?

    /// Number of characters (Unicode scalars) in the decoded text.
    public var characterCount: Int { scalars.count }

    /// The normalised text of the whole document.
    public var text: String { String(String.UnicodeScalarView(scalars)) }

    /// The normalised text of `span`.
    public func text(_ span: TextSpan) -> String {
        String(String.UnicodeScalarView(scalars[span.start..<span.end]))
    }

    /// The text of `span` as written in the file, before normalisation.
    public func originalText(_ span: TextSpan) -> String {
        String(String.UnicodeScalarView(originalScalars[span.start..<span.end]))
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
                view.append(source[index])
                index += 1
            }
            return String(view)
        }
    }
}
