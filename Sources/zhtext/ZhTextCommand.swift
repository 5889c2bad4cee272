import ArgumentParser

@main
struct ZhTextCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhtext",
        abstract: "Chinese text analytics: essays, segmentation and more.",
        discussion: """
            Inputs are files, folders (read recursively, hidden files skipped) or - for standard \
            input. Encodings are detected (UTF-8, UTF-16 with BOM, GB18030/GBK, Big5). Problems \
            are reported on standard error, one line each; the exit status is 1 when some input \
            could not be read.
            """,
        version: "0.1.0",
        subcommands: [
            EssaysCommand.self, SegmentCommand.self, FreqCommand.self, CollocationsCommand.self, CompareCommand.self,
            KwicCommand.self, QuotesCommand.self, PhrasesCommand.self, KeywordsCommand.self, ReportCommand.self,
            LexiconCommand.self,
        ]
    )
}
