/// Finds markers, essays, titles, paragraphs and sentences in normalised text.
///
/// Rules, in the order they apply to each line:
/// - `##name##` markers are cut out of the text; `paidbegin`/`paidend` switch the section, any
///   other name gets a warning.
/// - A collection heading such as `（2篇）` (alone or after a title) marks a collection; the title
///   before it names the collection and the first essay unless that essay has its own title.
/// - A title-like line (short, no sentence punctuation) starts a new essay when it repeats an
///   earlier title, or, in a collection, when it follows two or more blank lines. The first
///   title-like line of a document is its title. An essay with a title and no other text has
///   its title as its one paragraph too.
/// - Every other non-empty line is a paragraph, split into sentences.
struct DocumentStructure {
    var essays: [Essay] = []
    var markers: [Marker] = []
    var diagnostics: [Diagnostic] = []

    private let scalars: [Unicode.Scalar]
    private let source: String

    init(scalars: [Unicode.Scalar], source: String) {
        self.scalars = scalars
        self.source = source
        parse()
    }

    // MARK: Parsing state

    private var section: Section = .body
    private var blankLines = 0
    private var sawContent = false
    private var knownTitles: Set<String> = []
    private var expectedEssays: Int?
    private var collectionTitle: String?
    /// A collection heading not yet given to an essay.
    private var pendingHeading: TextSpan?

    private mutating func parse() {
        let hasPaidMarkers = Self.containsPaidMarker(scalars)
        section = hasPaidMarkers ? .preview : .body
        var lineNumber = 0
        for line in Self.lines(of: scalars) {
            lineNumber += 1
            var hadText = false
            for piece in splitAtMarkers(line) {
                switch piece {
                case .marker(let name, let span):
                    takeMarker(name: name, span: span, lineNumber: lineNumber)
                case .text(let span):
                    let trimmed = trim(span)
                    guard trimmed.length > 0 else { continue }
                    hadText = true
                    take(trimmed)
                    blankLines = 0
                }
            }
            if !hadText, isBlank(line) { blankLines += 1 }
        }
        if let expectedEssays, expectedEssays != essays.count, !essays.isEmpty {
            diagnostics.append(Diagnostic(
                .warning, source: source,
                message: "collection heading announces \(expectedEssays) essays, found \(essays.count)"))
        }
        // A heading that no essay follows (the last line of a file, or of a large file's piece)
        // is still text: the last essay's heading, or else a paragraph.
        if let heading = pendingHeading {
            pendingHeading = nil
            if let last = essays.indices.last, essays[last].headingSpan == nil {
                essays[last].headingSpan = heading
            } else {
                addParagraph(heading)
            }
        }
        essays.removeAll { $0.paragraphs.isEmpty && $0.title.isEmpty }
        // An essay that is only a title-like line (a headline, a post, a one-line record) keeps
        // that line as its text too, so that no analysis loses it.
        for index in essays.indices where essays[index].paragraphs.isEmpty {
            guard let span = essays[index].titleSpan else { continue }
            let sentences = SentenceSplitter.sentences(in: span, of: scalars)
            essays[index].paragraphs = [Paragraph(number: 1, span: span, section: .body, sentences: sentences)]
        }
    }

    private func isBlank(_ line: TextSpan) -> Bool {
        scalars[line.start..<line.end].allSatisfy { $0.properties.isWhitespace }
    }

    // MARK: Lines and markers

    /// Line spans without their terminators (LF, CR LF, CR, U+2028, U+2029, NEL).
    static func lines(of scalars: [Unicode.Scalar]) -> [TextSpan] {
        var result: [TextSpan] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            switch scalars[index] {
            case "\n", "\u{2028}", "\u{2029}", "\u{85}":
                result.append(TextSpan(start: start, end: index))
                index += 1
                start = index
            case "\r":
                result.append(TextSpan(start: start, end: index))
                index += (index + 1 < scalars.count && scalars[index + 1] == "\n") ? 2 : 1
                start = index
            default:
                index += 1
            }
        }
        if start < scalars.count { result.append(TextSpan(start: start, end: scalars.count)) }
        return result
    }

    /// The span of a `##name##` marker starting at `index`, and its name.
    static func marker(at index: Int, in scalars: [Unicode.Scalar], limit: Int) -> (String, TextSpan)? {
        guard index + 4 < limit, scalars[index] == "#", scalars[index + 1] == "#" else { return nil }
        var end = index + 2
        while end < limit, end - index - 2 <= 32, isMarkerNameCharacter(scalars[end]) { end += 1 }
        guard end > index + 2, end + 1 < limit, scalars[end] == "#", scalars[end + 1] == "#" else { return nil }
        let name = String(String.UnicodeScalarView(scalars[(index + 2)..<end]))
        return (name, TextSpan(start: index, end: end + 2))
    }

    static func isMarkerNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            || scalar == "_" || scalar == "-")
    }

    static func containsPaidMarker(_ scalars: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < scalars.count {
            if scalars[index] == "#", let (name, span) = marker(at: index, in: scalars, limit: scalars.count) {
                let lower = name.lowercased()
                if lower == Marker.paidBegin || lower == Marker.paidEnd { return true }
                index = span.end
            } else {
                index += 1
            }
        }
        return false
    }

    enum LinePiece {
        case text(TextSpan)
        case marker(String, TextSpan)
    }

    /// The text of `line` split at its markers, in order.
    private func splitAtMarkers(_ line: TextSpan) -> [LinePiece] {
        var pieces: [LinePiece] = []
        var start = line.start
        var index = line.start
        while index < line.end {
            guard scalars[index] == "#", let (name, span) = Self.marker(at: index, in: scalars, limit: line.end) else {
                index += 1
                continue
            }
            pieces.append(.text(TextSpan(start: start, end: span.start)))
            pieces.append(.marker(name, span))
            index = span.end
            start = index
        }
        pieces.append(.text(TextSpan(start: start, end: line.end)))
        return pieces
    }

    /// Records a marker and switches the section it opens or closes.
    private mutating func takeMarker(name: String, span: TextSpan, lineNumber: Int) {
        markers.append(Marker(name: name, span: span))
        switch name.lowercased() {
        case Marker.paidBegin:
            if section == .paid { warn(line: lineNumber, "##\(name)## inside a paid section (ignored)") }
            section = .paid
        case Marker.paidEnd:
            if section != .paid { warn(line: lineNumber, "##\(name)## without ##paidbegin## (ignored)") }
            section = .preview
        default:
            warn(line: lineNumber, "unknown scraper marker ##\(name)## (removed from the text)")
        }
    }

    private mutating func warn(line: Int, _ message: String) {
        diagnostics.append(Diagnostic(.warning, source: source, location: "line \(line)", message: message))
    }

    private func trim(_ span: TextSpan) -> TextSpan {
        var start = span.start
        var end = span.end
        while start < end, scalars[start].properties.isWhitespace || scalars[start] == "\u{FEFF}" { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return TextSpan(start: start, end: end)
    }

    // MARK: Essays, titles and paragraphs

    private mutating func take(_ piece: TextSpan) {
        // Only a line ending with a bracket may be a collection heading, and only a short one
        // a title: a long line of text is a paragraph without making it a string first.
        let endsWithBracket = piece.end > piece.start && (scalars[piece.end - 1] == "）" || scalars[piece.end - 1] == ")")
        guard endsWithBracket || piece.end - piece.start <= Self.longestTitle else { return addParagraph(piece) }
        let text = String(String.UnicodeScalarView(scalars[piece.start..<piece.end]))
        if let (titlePart, count) = Self.collectionHeading(text) {
            expectedEssays = count
            // The heading's own text: from its opening bracket to the line's end.
            let scalars = Array(text.unicodeScalars)
            let open = scalars.lastIndex(where: { $0 == "（" || $0 == "(" }) ?? 0
            pendingHeading = TextSpan(start: piece.start + open, end: piece.end)
            if !titlePart.isEmpty {
                let titleEnd = piece.start + titlePart.unicodeScalars.count
                startEssay(title: titlePart, span: TextSpan(start: piece.start, end: titleEnd))
            }
            collectionTitle = essays.last?.title
            return
        }
        if Self.isTitleLike(text) {
            let current = essays.last
            let inCollection = expectedEssays != nil
            if inCollection, let current, current.paragraphs.isEmpty, current.title == collectionTitle {
                // The first essay's own title after the collection's title and heading, even
                // when it repeats the collection's title: the heading is never an essay.
                knownTitles.insert(text)
                // The collection's title stays text of the essay, with its heading.
                if let collection = essays[essays.count - 1].titleSpan {
                    let heading = essays[essays.count - 1].headingSpan ?? pendingHeading
                    essays[essays.count - 1].headingSpan = TextSpan(start: collection.start,
                                                                    end: max(collection.end, heading?.end ?? collection.end))
                    if heading == pendingHeading { pendingHeading = nil }
                }
                essays[essays.count - 1].title = text
                essays[essays.count - 1].titleSpan = piece
                return
            }
            if !sawContent || knownTitles.contains(text)
                || (inCollection && blankLines >= 2 && current?.paragraphs.isEmpty == false) {
                startEssay(title: text, span: piece)
                return
            }
        }
        addParagraph(piece)
    }

    private mutating func startEssay(title: String, span: TextSpan) {
        sawContent = true
        knownTitles.insert(title)
        if let last = essays.last, last.paragraphs.isEmpty, last.titleSpan == nil {
            essays[essays.count - 1].title = title
            essays[essays.count - 1].titleSpan = span
            takeHeading()
            return
        }
        essays.append(Essay(number: essays.count + 1, title: title, titleSpan: span, paragraphs: []))
        takeHeading()
    }

    /// Gives a pending collection heading to the current essay.
    private mutating func takeHeading() {
        guard let heading = pendingHeading, !essays.isEmpty, essays[essays.count - 1].headingSpan == nil else { return }
        essays[essays.count - 1].headingSpan = heading
        pendingHeading = nil
    }

    private mutating func addParagraph(_ span: TextSpan) {
        sawContent = true
        if essays.isEmpty {
            essays.append(Essay(number: 1, title: "", titleSpan: nil, paragraphs: []))
        }
        takeHeading()
        let sentences = SentenceSplitter.sentences(in: span, of: scalars)
        let number = essays[essays.count - 1].paragraphs.count + 1
        essays[essays.count - 1].paragraphs.append(
            Paragraph(number: number, span: span, section: section, sentences: sentences))
    }

    /// A collection heading, `（N篇）` alone or after a title: the title part and N.
    static func collectionHeading(_ text: String) -> (title: String, count: Int)? {
        let scalars = Array(text.unicodeScalars)
        guard let last = scalars.last, last == "）" || last == ")" else { return nil }
        guard let open = scalars.lastIndex(where: { $0 == "（" || $0 == "(" }) else { return nil }
        let inside = scalars[(open + 1)..<(scalars.count - 1)].filter { !$0.properties.isWhitespace }
        guard inside.last == "篇", let count = ChineseNumber.value(of: Array(inside.dropLast())), count > 0 else {
            return nil
        }
        let title = String(String.UnicodeScalarView(scalars[..<open])).trimmingWhitespace
        return (title, count)
    }

    /// The most characters a title line has.
    static let longestTitle = 40

    /// A short line without sentence punctuation, as titles are (a final ！ or ？ is allowed).
    static func isTitleLike(_ text: String) -> Bool {
        var scalars = Array(text.unicodeScalars)
        guard scalars.count <= longestTitle else { return false }
        while let last = scalars.last, SentenceSplitter.isCloser(last) { scalars.removeLast() }
        if let last = scalars.last, last == "！" || last == "？" || last == "!" || last == "?" { scalars.removeLast() }
        let forbidden: Set<Unicode.Scalar> = ["，", "；", "、", ",", ";"]
        if scalars.contains(where: { forbidden.contains($0) || SentenceSplitter.isTerminator($0) }) { return false }
        return scalars.contains { $0.properties.isAlphabetic }
    }
}

extension StringProtocol {
    /// The string without white space at either end.
    var trimmingWhitespace: String {
        let scalars = Array(unicodeScalars)
        var start = 0
        var end = scalars.count
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
