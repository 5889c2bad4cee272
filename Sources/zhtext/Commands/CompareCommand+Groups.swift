import ArgumentParser
import ZhText
import ZhTextCore
import ZhTextReport

extension GroupReference: ExpressibleByArgument {}

/// `compare PATH... --by KEY [--against rest|previous]`: each group's keywords.
extension CompareCommand {
    func validateGroups(_ by: Grouping) throws {
        guard !by.keys.isEmpty, by.keys.allSatisfy({ $0.fieldName != nil }) else {
            throw ValidationError("compare --by takes fields and date parts (source, date:year …), not '\(by)'")
        }
        if against == .previous {
            guard by.keys.count == 1, case .date = by.keys[0] else {
                throw ValidationError("--against previous takes one date key (--by date:year, date:month …), not '\(by)'")
            }
        }
        guard reference.isEmpty else {
            throw ValidationError("compare --by compares groups of the same corpus: give the files as arguments (or --target), not --reference")
        }
        if paths.isEmpty, target.isEmpty { throw ValidationError("compare --by needs files or folders") }
    }

    func runGroups(_ by: Grouping) async throws {
        let inputs = paths + target
        RunInputs.dateFields = by.keys.compactMap { key in
            if case .date(let name, _) = key { return name }
            return nil
        }
        let readerOptions = decoding.readerOptions
        try RunInputs.requireMetadata(readerOptions, path: decoding.metadata)
        let sink = try output.open(reading: inputs)
        let progress = ProgressBar()
        let lexicon = try await lexiconOptions.lexicon(for: inputs, readerOptions: readerOptions)
        let analysis = CorpusAnalysis(readerOptions: readerOptions, lexicon: lexicon, progress: { progress.update($0) })
        let options = try terms.options()
        let (counter, diagnostics) = await analysis.frequencies(inputs, options: options, grouping: by)
        DiagnosticReporter.report(diagnostics)
        try RunInputs.checkFields(grouping: by, filter: readerOptions.filter)
        UndatedWarning.report(counter, grouping: by)
        if partialOptions.partial {
            let header = [("by", by.description), ("against", against.rawValue)] + PartialFormat.describe(options)
                + PartialFormat.describe(readerOptions) + [("lexicon", PartialFormat.describe(lexicon))]
            try PartialOptions.write(command: "compare", options: header, records: counter.partialRecords(), to: sink)
        } else {
            let table = Self.groupTable(counter, grouping: by, against: against, minCount: minCount, lexicon: lexicon,
                                        maximumPValue: maximumPValue, bonferroni: bonferroni, top: top)
            try output.write(table, to: sink, diagnostics: diagnostics)
        }
        try DiagnosticReporter.exitIfFailed(diagnostics)
    }

    /// The keywords of every group: its columns (and, against the previous period, the
    /// `reference` period), then the columns of `table(_:…)`, `--top` per group and direction.
    /// The one code path for a run and for `merge`.
    static func groupTable(_ counter: FrequencyCounter, grouping: Grouping, against: GroupReference, minCount: Int, lexicon: Lexicon,
                           maximumPValue: Double?, bonferroni: Bool, top: Int?) -> Table {
        let groups = counter.keynessByGroup(against: against, minCount: minCount, background: BackgroundModel(lexicon: lexicon))
        let extra = against == .previous ? ["reference"] : []
        var result = Table(columns: grouping.columns + extra + table([], maximumPValue: nil, bonferroni: false, top: nil).columns)
        for group in groups {
            var cells = Table.groupCells(group.group, grouping: grouping)
            if let reference = group.reference { cells.append(.text(reference.fields.joined(separator: ","))) }
            for row in table(group.rows, maximumPValue: maximumPValue, bonferroni: bonferroni, top: top).rows {
                result.append(cells + row)
            }
        }
        if against == .previous, groups.isEmpty {
            StandardError.write("zhtext: note: fewer than two dated periods: no period has one before it to compare with\n")
        }
        return result
    }
}
