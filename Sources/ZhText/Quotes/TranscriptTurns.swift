import ZhTextCore

/// The turns of a transcript in an essay: paragraphs that open with a speaker's label and a
/// colon or in brackets, and hold that speaker's words without quotation marks.
///
///     问：您是怎么走上这条路的？        → 记者
///     答：我父亲就是刻版的。           → the person the transcript introduces
///     主持人：欢迎三位。               → 主持人
///     简若溪：说白了是因为房租。        → 简若溪 (also `简若溪: …` with an ASCII colon)
///     【庞天佑】从品牌的角度……          → 庞天佑
///
/// An essay is read as a transcript only when it has at least two turns with at least two
/// labels, so a lone `时间：…` or `本报讯：…` line is no turn. A name as label counts when it
/// opens two turns or more, or starts with a surname; labels that never name a speaker
/// (`Data/transcript-non-labels.txt`: 编者按, 时间 …) do not count.
struct TranscriptTurns {
    struct Turn {
        /// Index of the paragraph in the essay.
        var paragraph: Int
        /// The label as written (问, 主持人, 简若溪) and where it stands.
        var label: String
        var labelSpan: TextSpan
        /// The turn's words, after the colon or bracket, to the paragraph's end.
        var content: TextSpan
        /// What the label stands for, when it is a role (问, 答, 主持人) rather than a name.
        var role: QuoteRules.TranscriptRole?
    }

    /// Longest label read, in characters (主持人李明, 湖滨大学教授穆正阳).
    static let longestLabel = 12

    static let openBrackets: [Unicode.Scalar: Unicode.Scalar] = ["【": "】", "[": "]", "［": "］", "〔": "〕"]

    /// The turns of the paragraphs `spans` (one essay), in text order. Linear: each paragraph's
    /// first `longestLabel` + 2 characters are read.
    static func find(in spans: [TextSpan], of scalars: [Unicode.Scalar], steps: WorkCounter? = nil) -> [Turn] {
        var candidates: [Turn] = []
        for (index, span) in spans.enumerated() {
            steps?.add(min(span.end - span.start, longestLabel + 2) + 1)
            if let turn = candidate(in: span, paragraph: index, scalars: scalars) { candidates.append(turn) }
        }
        guard candidates.count >= 2 else { return [] }
        var labelCounts: [String: Int] = [:]
        for turn in candidates { labelCounts[QuoteRules.simplified(turn.label), default: 0] += 1 }
        let turns = candidates.filter { turn in
            if turn.role != nil { return true }
            let folded = QuoteRules.simplified(turn.label)
            return labelCounts[folded, default: 0] >= 2 || startsWithSurname(folded)
        }
        guard turns.count >= 2, Set(turns.map { QuoteRules.simplified($0.label) }).count >= 2 else { return [] }
        return turns
    }

    /// The turn a paragraph would be: a label (role or name-like) and words after it.
    static func candidate(in span: TextSpan, paragraph: Int, scalars: [Unicode.Scalar]) -> Turn? {
        var first = span.start
        while first < span.end, scalars[first].properties.isWhitespace { first += 1 }
        guard first < span.end else { return nil }
        var labelStart = first, labelEnd = first, contentStart = first
        if let close = openBrackets[scalars[first]] {
            var index = first + 1
            while index < span.end, index - first <= longestLabel, scalars[index] != close { index += 1 }
            guard index < span.end, scalars[index] == close else { return nil }
            labelStart = first + 1
            labelEnd = index
            contentStart = index + 1
            if contentStart < span.end, scalars[contentStart] == "：" || scalars[contentStart] == ":" { contentStart += 1 }
        } else {
            var index = first
            while index < span.end, index - first <= longestLabel, scalars[index] != "：", scalars[index] != ":" {
                let scalar = scalars[index]
                // A label has no sentence punctuation or quotation marks.
                if QuotationMarks.pairs[scalar] != nil || QuotationMarks.closers[scalar] != nil
                    || "，。！？；、,.!?;《》\"'".unicodeScalars.contains(scalar) { return nil }
                index += 1
            }
            guard index < span.end, scalars[index] == "：" || scalars[index] == ":" else { return nil }
            labelEnd = index
            contentStart = index + 1
        }
        while contentStart < span.end, scalars[contentStart].properties.isWhitespace { contentStart += 1 }
        // Words must follow, and not a quotation (记者：“…” is a colon frame).
        guard contentStart < span.end, QuotationMarks.pairs[scalars[contentStart]] == nil, scalars[contentStart] != "\"" else {
            return nil
        }
        var end = span.end
        while end > contentStart, scalars[end - 1].properties.isWhitespace { end -= 1 }
        // A name in brackets after the label (穆正阳（副教授）：) is left out of it.
        var label = String(String.UnicodeScalarView(scalars[labelStart..<labelEnd]))
        if let bracket = label.firstIndex(where: { $0 == "（" || $0 == "(" }), bracket > label.startIndex {
            label = String(label[..<bracket])
        }
        label = label.trimmingWhitespace
        guard !label.isEmpty, label.count <= longestLabel else { return nil }
        let folded = QuoteRules.simplified(label)
        if QuoteRules.transcriptNonLabels.contains(folded) { return nil }
        let labelSpan = TextSpan(start: labelStart, end: labelStart + label.unicodeScalars.count)
        if let role = QuoteRules.transcriptLabels[folded] ?? QuoteRules.transcriptLabels[label.uppercased()] {
            return Turn(paragraph: paragraph, label: label, labelSpan: labelSpan,
                        content: TextSpan(start: contentStart, end: end), role: role)
        }
        // A name-like label: Han characters only, two to four, or a title and a name.
        let scalarsOfLabel = Array(folded.unicodeScalars)
        guard scalarsOfLabel.allSatisfy({ CharacterClassTable.of($0.value) == .han || $0 == "·" }),
              (2...4).contains(scalarsOfLabel.count) || QuoteRules.titles.contains(where: folded.hasPrefix) && scalarsOfLabel.count <= 10
        else { return nil }
        return Turn(paragraph: paragraph, label: label, labelSpan: labelSpan, content: TextSpan(start: contentStart, end: end), role: nil)
    }

    /// Whether a label starts with a surname (one or two characters) and is short enough to be a name.
    static func startsWithSurname(_ label: String) -> Bool {
        let values = label.unicodeScalars.map(\.value)
        guard (2...4).contains(values.count) else { return QuoteRules.titles.contains(where: label.hasPrefix) }
        return ChineseNames.surnames.contains(values[0]) || values.count >= 3 && QuoteRules.compoundSurnames.contains(String(label.prefix(2)))
    }
}
