/// Which part of a scraped document a paragraph belongs to.
///
/// Document sites mark content behind a paywall with `##paidbegin##` and `##paidend##`. In a
/// document with such markers, the text between them is `paid` and the rest `preview`; in a
/// document without them, all text is `body`.
public enum Section: String, Sendable, Hashable, CaseIterable {
    /// Text of a document that has no paywall markers.
    case body
    /// Text outside the paid markers of a document that has them.
    case preview
    /// Text between `##paidbegin##` and `##paidend##`.
    case paid
}
