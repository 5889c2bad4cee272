/// Pairs quotation marks paragraph by paragraph, recovering from missing marks.
///
/// Marks: “…” with ‘…’ inside, 「…」 with 『…』 inside, and straight "…" and '…'. 《…》 is a
/// title, not a quotation. Rules for damaged text:
/// - a closing mark with no opening one starts its quotation at the paragraph's start, or just
///   after the previous closing mark of the paragraph (so quotations never overlap and the work
///   stays linear on text such as ’”’”’” with no opening marks);
/// - an opening mark while the same kind of quotation is already open abandons the earlier
///   one (it lost its closing mark), so later pairs keep their partners;
/// - a quotation still open at a paragraph's end continues when the next paragraph opens with
///   the same mark (a quotation over several paragraphs); otherwise it ends there.
struct QuotationMarks {
    struct Found {
        var open: Int       // offset of the opening mark, or the paragraph start when it was missing
        var close: Int      // offset of the closing mark, or the end of the text when it was missing
        var contentStart: Int
        var contentEnd: Int
        var depth: Int
        var paragraph: Int  // index into the paragraphs given
        var recovered: Bool
    }

    static let pairs: [Unicode.Scalar: Unicode.Scalar] = ["“": "”", "‘": "’", "「": "」", "『": "』"]
    static let closers: [Unicode.Scalar: Unicode.Scalar] = ["”": "“", "’": "‘", "」": "「", "』": "『"]

    /// Quotations in the paragraphs (spans into `scalars`), in order of their opening marks.
    /// Linear in the paragraphs' length (plus sorting the quotations): every mark is looked at
    /// once, the stack of open quotations holds at most one quotation per kind of mark, and
    /// `steps`, when given, counts the characters looked at.
    static func find(in paragraphs: [TextSpan], of scalars: [Unicode.Scalar], steps: WorkCounter? = nil) -> [Found] {
        var found: [Found] = []
        struct Open { var mark: Unicode.Scalar; var offset: Int; var paragraph: Int }
        var stack: [Open] = []
        for (index, span) in paragraphs.enumerated() {
            // A quotation left open at the end of the last paragraph continues only if this
            // paragraph opens with the same mark.
            let first = firstText(span, scalars)
            steps?.add(first - span.start + 1)
            if !stack.isEmpty {
                let continues = first < span.end && stack.count == 1 && scalars[first] == stack[0].mark
                if !continues {
                    let previous = paragraphs[index - 1]
                    for open in stack.reversed() {
                        found.append(Found(open: open.offset, close: previous.end, contentStart: open.offset + 1,
                                           contentEnd: previous.end, depth: stack.count - 1, paragraph: open.paragraph,
                                           recovered: true))
                    }
                    stack.removeAll()
                }
            }
            var offset = span.start
            var straightDouble: Int?
            var straightSingle: Int?
            // Where a closing mark without an opening one starts its quotation.
            var unopenedStart = first
            steps?.add(span.end - span.start)
            while offset < span.end {
                let scalar = scalars[offset]
                if pairs[scalar] != nil {
                    if let continued = stack.last, continued.mark == scalar, continued.paragraph < index, offset == first {
                        // The reopening mark of a quotation over several paragraphs.
                    } else {
                        if let same = stack.lastIndex(where: { $0.mark == scalar }) {
                            // The earlier quotation of this kind lost its closing mark.
                            for open in stack[same...].reversed() {
                                found.append(Found(open: open.offset, close: offset, contentStart: open.offset + 1,
                                                   contentEnd: offset, depth: same, paragraph: open.paragraph, recovered: true))
                            }
                            stack.removeSubrange(same...)
                        }
                        stack.append(Open(mark: scalar, offset: offset, paragraph: index))
                    }
                } else if let opener = closers[scalar] {
                    if let match = stack.lastIndex(where: { $0.mark == opener }) {
                        // Anything opened inside and still open lost its closing mark.
                        for open in stack[(match + 1)...].reversed() {
                            found.append(Found(open: open.offset, close: offset, contentStart: open.offset + 1,
                                               contentEnd: offset, depth: stack.count - 1, paragraph: open.paragraph,
                                               recovered: true))
                        }
                        let open = stack[match]
                        found.append(Found(open: open.offset, close: offset, contentStart: open.offset + 1,
                                           contentEnd: offset, depth: match, paragraph: open.paragraph, recovered: false))
                        stack.removeSubrange(match...)
                    } else if stack.isEmpty {
                        // No opening mark: the quotation started with the paragraph, or after
                        // the quotation that closed before it.
                        let start = unopenedStart
                        if start < offset {
                            found.append(Found(open: start, close: offset, contentStart: start, contentEnd: offset,
                                               depth: 0, paragraph: index, recovered: true))
                        }
                    }
                    if stack.isEmpty { unopenedStart = offset + 1 }
                } else if scalar == "\"" || scalar == "'" {
                    // Straight quotes pair within the paragraph.
                    if scalar == "\"" {
                        if let open = straightDouble {
                            found.append(Found(open: open, close: offset, contentStart: open + 1, contentEnd: offset,
                                               depth: stack.count, paragraph: index, recovered: false))
                            straightDouble = nil
                        } else {
                            straightDouble = offset
                        }
                    } else if !isApostrophe(at: offset, in: scalars, span: span) {
                        if let open = straightSingle {
                            found.append(Found(open: open, close: offset, contentStart: open + 1, contentEnd: offset,
                                               depth: stack.count + 1, paragraph: index, recovered: false))
                            straightSingle = nil
                        } else {
                            straightSingle = offset
                        }
                    }
                }
                offset += 1
            }
        }
        if let last = paragraphs.last {
            for open in stack.reversed() {
                found.append(Found(open: open.offset, close: last.end, contentStart: open.offset + 1, contentEnd: last.end,
                                   depth: stack.count - 1, paragraph: open.paragraph, recovered: true))
            }
        }
        return found.filter { $0.contentEnd > $0.contentStart }.sorted { ($0.open, $0.depth) < ($1.open, $1.depth) }
    }

    static func firstText(_ span: TextSpan, _ scalars: [Unicode.Scalar]) -> Int {
        var first = span.start
        while first < span.end, scalars[first].properties.isWhitespace { first += 1 }
        return first
    }

    /// A straight single quote between two Latin letters is an apostrophe (don't).
    static func isApostrophe(at offset: Int, in scalars: [Unicode.Scalar], span: TextSpan) -> Bool {
        offset > span.start && offset + 1 < span.end
            && scalars[offset - 1].isASCII && scalars[offset - 1].properties.isAlphabetic
            && scalars[offset + 1].isASCII && scalars[offset + 1].properties.isAlphabetic
    }
}
