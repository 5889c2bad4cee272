/// Splits a paragraph into sentences at 。！？… and their variants, keeping any closing quotes
/// and brackets that follow the end mark with the sentence they close.
enum SentenceSplitter {
    static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", "!", "?", "…", "‥", "．", "｡", "⁇", "⁈", "⁉", "‼": return true
        default: return false
        }
    }

    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "”", "’", "」", "』", "）", ")", "》", "〉", "】", "〕", "］", "]", "｣", "﹂", "﹄": return true
        default: return false
        }
    }

    /// The sentences of `span` in `scalars`, without leading or trailing white space.
    static func sentences(in span: TextSpan, of scalars: [Unicode.Scalar]) -> [Sentence] {
        var result: [Sentence] = []
        var start = span.start
        var index = span.start
        func close(at end: Int) {
            var first = start
            while first < end, scalars[first].properties.isWhitespace { first += 1 }
            var last = end
            while last > first, scalars[last - 1].properties.isWhitespace { last -= 1 }
            if first < last { result.append(Sentence(span: TextSpan(start: first, end: last))) }
            start = end
        }
        while index < span.end {
            let scalar = scalars[index]
            let endsHere = isTerminator(scalar)
                || (scalar == "." && (index + 1 == span.end || scalars[index + 1].properties.isWhitespace))
            index += 1
            guard endsHere else { continue }
            while index < span.end, isTerminator(scalars[index]) || scalars[index] == "." { index += 1 }
            while index < span.end, isCloser(scalars[index]) { index += 1 }
            close(at: index)
        }
        close(at: span.end)
        return result
    }
}
