import ArgumentParser
import ZhText
import ZhTextReport

struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Sum partial results (freq, collocations, compare, trend, collocates, count or entities --partial) and write the table.",
        discussion: """
            Partials are files (folders are read in name order) or - for standard input, where \
            several may follow one another. The table is made by the same code as a single run's, \
            so merging the partials of parts of a corpus writes, byte for byte, what one run over \
            the whole corpus writes with the same options; documents come in the order of the \
            partials given. Partials made with different counting options (unit, n-gram sizes, \
            stop words, parts of speech, window, --by, --simplified, lexicon) are refused. \
            compare's partials need the lexicon they were made with (the same --lexicon and \
            --dict), which orders equally strong keywords. lifecycle's partials add their counts \
            up and keep the earliest first occurrence, quotation and use by each source (equal \
            dates: the document of the earlier partial).
            """
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case freq, collocations, compare, trend, collocates, count, entities, lifecycle
    }

    @Option(name: .customLong("as"), help: "What the partials count: freq, collocations, compare, trend, collocates, count, entities or lifecycle.")
    var kind: Kind

    @Argument(help: "Partial files, folders of them, or - (standard input).")
    var partials: [String]

    @Option(help: "freq, compare, trend: the grouping the partials were made with (checked; it comes from the partials).")
    var by: Grouping?

    @Option(name: .customLong("min-count"), help: "Leave out terms or pairs seen fewer times (default: as the command: freq 1, collocations and compare 3).")
    var minCount: Int?

    @Option(help: "Keep only the N most frequent terms of each group (freq), strongest pairs (collocations) or terms in each direction (compare).")
    var top: Int?

    @Option(name: .customLong("p-value"), help: "compare: keep only terms with a p-value at or below this.")
    var maximumPValue: Double?

    @Flag(help: "compare: multiply p-values by the number of terms tested (Bonferroni correction).")
    var bonferroni = false

    @Option(help: "collocates: the measures, comma-separated (as collocates --measure).")
    var measure = "logdice"

    @Option(help: ArgumentHelp("count: the dictionary the partials were counted with.", valueName: "file"))
    var dictionary: String?

    @Option(name: .customLong("min-freq"), help: "collocates: leave out collocates less frequent than this.")
    var minFrequency = 1

    @Option(name: .customLong("min-mentions"), help: "entities: leave out entities mentioned fewer times (quoted speakers stay).")
    var minMentions = 1

    @Flag(help: "Write the sums as one partial instead of the table, to be merged again (merging in stages).")
    var partial = false

    @OptionGroup var lexiconOptions: LexiconOptions
    @OptionGroup var output: TableOutputOptions

    func validate() throws {
        try NumberRange.check(minCount, 0...Int.max, option: "--min-count")
        try NumberRange.check(minMentions, 0...Int.max, option: "--min-mentions")
        try NumberRange.check(top, 0...Int.max, option: "--top")
        try NumberRange.checkProbability(maximumPValue, option: "--p-value")
        if lexiconOptions.adapt { throw ValidationError("--adapt does not apply to merge: partials cannot be made with it") }
        if kind != .compare, maximumPValue != nil || bonferroni {
            throw ValidationError("--p-value and --bonferroni apply to compare's partials only")
        }
        if kind == .collocations, by != nil { throw ValidationError("--by does not apply to collocations' partials") }
        if kind == .count, dictionary == nil { throw ValidationError("merge --as count needs the --dictionary the partials were counted with") }
        if kind == .collocates { _ = try measures() }
    }

    /// collocates: the measures of `--measure`, or a usage error naming the one not known.
    func measures() throws -> [CollocateMeasure] {
        do { return try CollocateMeasure.list(measure) } catch { throw ValidationError("--measure: \(error)") }
    }

    func run() async throws {
        let sink = try output.open(reading: partials)
        let merger: PartialMerger
        var diagnostics: [Diagnostic] = []
        do {
            (merger, diagnostics) = try Self.read(partials, as: kind.rawValue)
        } catch {
            sink.discard()
            DiagnosticReporter.report(diagnostics)
            StandardError.write("zhtext: error: \(error)\n")
            throw ExitCode.failure
        }
        DiagnosticReporter.report(diagnostics)
        if partial {
            guard merger.partialCount > 0 else {
                sink.discard()
                StandardError.write("zhtext: error: no partials to merge\n")
                throw ExitCode.failure
            }
            let merged = merger.mergedPartial()
            try merged.withUnsafeBytes { try sink.write(bytes: $0) }
            try sink.commit()
            try DiagnosticReporter.exitIfFailed(diagnostics)
            return
        }
        let table: Table
        // The grouping the partials were made with (for freq --dispersion, without the parts).
        let dispersionParts = merger.option("dispersion").flatMap { try? Grouping(parsing: $0) }
        let made = dispersionParts.map { parts in Grouping(keys: merger.grouping.keys.filter { !parts.keys.contains($0) }) } ?? merger.grouping
        if let by, by != made {
            sink.discard()
            throw ValidationError("the partials were made with --by \(made.description), not --by \(by.description)")
        }
        switch kind {
        case .freq:
            if let parts = merger.option("dispersion").flatMap({ try? Grouping(parsing: $0) }) {
                // Counted by --by and then the parts: the table is by --by alone.
                let outer = Grouping(keys: merger.grouping.keys.filter { !parts.keys.contains($0) })
                let rows = try merger.frequencyCounter().dispersionRows(grouping: outer, minCount: minCount ?? 1, top: top)
                table = Table.dispersion(rows, grouping: outer)
            } else {
                table = FreqCommand.table(try merger.frequencyCounter(), minCount: minCount ?? 1, top: top, grouping: merger.grouping)
            }
        case .collocations:
            table = CollocationsCommand.table(merger.collocationCounter(), minCount: minCount ?? 3, top: top)
        case .collocates:
            let measures = try self.measures()
            guard let span = merger.option("span").flatMap(CollocateSpan.init(parsing:)), let node = merger.option("node") else {
                sink.discard()
                StandardError.write("zhtext: error: the partials do not name their node and span (option lines `node` and `span`)\n")
                throw ExitCode.failure
            }
            let counter = try CollocateCounter(node: node, span: span, grouping: merger.grouping, records: merger.summedRecords())
            table = CollocatesCommand.table(counter, measures: measures, minCount: minCount ?? 1, minFrequency: minFrequency, top: top,
                                            filters: merger.option("filters"))
        case .count:
            let categories = try CountCommand.load(dictionary ?? "")
            guard merger.option("dictionary") == DictionaryCounter.describe(categories) else {
                sink.discard()
                throw ValidationError("the partials were counted with the dictionary `\(merger.option("dictionary") ?? "")`, not \(dictionary ?? "") (`\(DictionaryCounter.describe(categories))`)")
            }
            let counter = try DictionaryCounter(dictionary: categories, grouping: merger.grouping, records: merger.summedRecords())
            table = Table.dictionaryCounts(counter.rows(), grouping: merger.grouping)
        case .lifecycle:
            let counter = try merger.lifecycleCounter()
            LifecycleCommand.warn(counter)
            table = LifecycleCommand.table(counter, ranked: false, minDocuments: 0, by: merger.option("by").flatMap { try? Grouping(parsing: $0) })
        case .entities:
            let counter = try EntityCounter(grouping: merger.grouping, records: merger.summedRecords())
            table = Table.entities(counter.rows(minMentions: minMentions, top: top), grouping: merger.grouping)
        case .trend:
            let counter = merger.trendCounter()
            TrendCommand.notes(counter)
            table = TrendCommand.table(counter, minCount: minCount ?? 5, top: top ?? 20)
        case .compare:
            let lexicon = try lexiconOptions.lexicon()
            let wanted = merger.option("lexicon") ?? ""
            guard wanted == PartialFormat.describe(lexicon) else {
                sink.discard()
                throw ValidationError("the partials were segmented with the lexicon `\(wanted)`, this merge loads `\(PartialFormat.describe(lexicon))`: give merge the --lexicon and --dict the partials were made with")
            }
            if let by = merger.option("by").flatMap({ try? Grouping(parsing: $0) }) {
                let against = merger.option("against").flatMap(GroupReference.init(rawValue:)) ?? .rest
                table = CompareCommand.groupTable(try merger.frequencyCounter(), grouping: by, against: against, minCount: minCount ?? 3,
                                                  lexicon: lexicon, maximumPValue: maximumPValue, bonferroni: bonferroni, top: top)
                break
            }
            let (target, reference) = merger.comparisonCounters()
            guard reference.total(of: .corpus) > 0 else {
                sink.discard()
                StandardError.write("zhtext: error: the partials hold no reference corpus: a comparison against general Chinese (compare without --reference) has no partial form; run it in one go\n")
                throw ExitCode.failure
            }
            let rows = KeynessRow.rows(target: target, reference: reference, minCount: minCount ?? 3,
                                       background: BackgroundModel(lexicon: lexicon))
            table = CompareCommand.table(rows, maximumPValue: maximumPValue, bonferroni: bonferroni, top: top)
        }
        try output.write(table, to: sink, diagnostics: diagnostics)
        try DiagnosticReporter.exitIfFailed(diagnostics)
    }

    /// Reads every partial under `paths` into one merger; a path that cannot be read is an
    /// error diagnostic, a partial that does not fit ends the merge.
    static func read(_ paths: [String], as command: String) throws(PartialError) -> (PartialMerger, [Diagnostic]) {
        var merger = PartialMerger(command: command)
        let (items, listing) = InputFiles.expand(paths)
        var diagnostics = listing
        for item in items {
            let bytes: [UInt8]
            do throws(InputError) {
                bytes = try InputFiles.bytes(of: item)
            } catch {
                diagnostics.append(error.diagnostic)
                continue
            }
            try merger.add(bytes, source: item.name)
        }
        return (merger, diagnostics)
    }
}
