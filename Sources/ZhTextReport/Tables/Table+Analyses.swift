import ZhText

extension Table {
    /// A frequency list: `term, tokens, n, count, documents, per_million`, after the group's
    /// columns (`Grouping.columns`: `document`, `essay` and `section`, and each field key
    /// named as written) when grouped.
    public static func frequencies(_ rows: [FrequencyRow], grouping: Grouping) -> Table {
        var table = Table(columns: grouping.columns + ["term", "tokens", "n", "count", "documents", "per_million"])
        for row in rows {
            var cells = groupCells(row.group, grouping: grouping)
            cells += [.text(row.term), .text(row.tokens), .integer(row.n), .integer(row.count),
                      .integer(row.documents), .number(row.perMillion, decimals: 2)]
            table.append(cells)
        }
        return table
    }

    /// The cells of a group's columns, in the order of `grouping.columns`.
    public static func groupCells(_ group: GroupKey, grouping: Grouping) -> [Cell] {
        var cells: [Cell] = []
        var documentDone = false
        var field = 0
        for key in grouping.keys {
            switch key {
            case .corpus: break
            case .document, .essay, .section:
                guard !documentDone else { continue }
                documentDone = true
                cells.append(.text(group.document ?? ""))
                if grouping.hasEssay { cells.append(.integer(group.essay ?? 0)) }
                if grouping.hasSection { cells.append(.text(group.section?.rawValue ?? "")) }
            case .field, .date:
                cells.append(.text(field < group.fields.count ? group.fields[field] : ""))
                field += 1
            }
        }
        return cells
    }

    /// A keyword list: `term, tokens, n, target_count, reference_count, target_per_million,
    /// reference_per_million, log_likelihood, p_value, log_ratio, percent_diff, chi_squared,
    /// direction`. With `bonferroni`, p-values are multiplied by the number of terms tested.
    public static func keyness(_ rows: [KeynessRow], bonferroni: Bool = false, testedTerms: Int? = nil) -> Table {
        var table = Table(columns: [
            "term", "tokens", "n", "target_count", "reference_count", "target_per_million", "reference_per_million",
            "log_likelihood", "p_value", "log_ratio", "percent_diff", "chi_squared", "direction",
        ])
        let tests = Double(testedTerms ?? rows.count)
        for row in rows {
            let k = row.keyness
            let p = bonferroni ? min(1, k.pValue * tests) : k.pValue
            table.append([
                .text(row.term), .text(row.tokens), .integer(row.n), .integer(k.targetCount), .integer(k.referenceCount),
                .number(k.targetPerMillion, decimals: 2), .number(k.referencePerMillion, decimals: 2),
                .number(k.logLikelihood, decimals: 3), .scientific(p), .number(k.logRatio, decimals: 3),
                .number(k.percentDifference, decimals: 2), .number(k.chiSquared, decimals: 3), .text(k.direction.rawValue),
            ])
        }
        return table
    }

    /// Collocations: `first, second, count, first_count, second_count, expected, pmi,
    /// log_likelihood, t_score`.
    public static func collocations(_ rows: [CollocationRow]) -> Table {
        var table = Table(columns: [
            "first", "second", "count", "first_count", "second_count", "expected", "pmi", "log_likelihood", "t_score",
        ])
        for row in rows {
            table.append([
                .text(row.first), .text(row.second), .integer(row.count), .integer(row.firstCount),
                .integer(row.secondCount), .number(row.expected, decimals: 3), .number(row.pmi, decimals: 3),
                .number(row.logLikelihood, decimals: 3), .number(row.tScore, decimals: 3),
            ])
        }
        return table
    }

    /// Concordance lines: `document, essay, left, keyword, right, offset`; the left context
    /// is right-aligned in the aligned table so the keywords line up.
    public static func concordance(_ lines: [ConcordanceLine]) -> Table {
        var table = Table(columns: ["document", "essay", "left", "keyword", "right", "offset"])
        table.rightAligned = ["left"]
        for line in lines {
            table.append([
                .text(line.document), .integer(line.essay), .text(line.left), .text(line.keyword), .text(line.right),
                .integer(line.offset),
            ])
        }
        return table
    }
}

extension Table {
    /// Quotations: `document, essay, section, paragraph, kind, speaker, canonical_speaker, verb,
    /// text, start, end, method, speaker_start, speaker_end, anonymous`.
    public static func quotations(_ quotations: [Quotation]) -> Table {
        var table = Table(columns: [
            "document", "essay", "section", "paragraph", "kind", "speaker", "canonical_speaker", "verb", "text", "start", "end",
            "method", "speaker_start", "speaker_end", "anonymous",
        ])
        for quote in quotations {
            table.append([
                .text(quote.document), .integer(quote.essay), .text(quote.section.rawValue), .integer(quote.paragraph),
                .text(quote.kind.rawValue), .text(quote.speaker), .text(quote.canonicalSpeaker), .text(quote.verb),
                .text(quote.text), .integer(quote.span.start), .integer(quote.span.end), .text(quote.method.rawValue),
                quote.speakerSpan.map { .integer($0.start) } ?? .text(""), quote.speakerSpan.map { .integer($0.end) } ?? .text(""),
                .text(quote.isAnonymous ? "yes" : ""),
            ])
        }
        return table
    }

    /// Quotations summed up by canonical speaker: `kind, speaker, quotations, documents, essays,
    /// verbs, most_frequent` (the three most frequent quotations); then quoted terms with their
    /// counts (speaker column empty, kind `term`).
    public static func quotationSummary(_ quotations: [Quotation]) -> Table {
        var summary = QuotationSummary()
        summary.add(quotations)
        return quotationSummary(summary)
    }

    /// The rows of `summary`, as `quotationSummary(_:)` for quotations.
    public static func quotationSummary(_ summary: QuotationSummary) -> Table {
        var table = Table(columns: ["kind", "speaker", "quotations", "documents", "essays", "verbs", "most_frequent"])
        for speaker in summary.speakers {
            table.append([
                .text(speaker.kind.rawValue), .text(speaker.name), .integer(speaker.quotations), .integer(speaker.documents),
                .integer(speaker.essays), .text(speaker.verbs.map { "\($0.verb)×\($0.count)" }.joined(separator: " ")),
                .text(speaker.texts.prefix(3).map(\.text).joined(separator: " | ")),
            ])
        }
        for term in summary.terms {
            table.append([
                .text("term"), .text(""), .integer(term.count), .integer(term.documents), .integer(term.essays), .text(""),
                .text(term.text),
            ])
        }
        return table
    }
}
