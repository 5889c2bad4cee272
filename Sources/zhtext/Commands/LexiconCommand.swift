import ArgumentParser
import Foundation
import ZhTextCore

struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Say which lexicons segmentation uses, with their sizes, or look words up.",
        discussion: """
            The lexicon merges ICU's dictionary, jieba's dictionary (Debian's python3-jieba or a \
            pip-installed jieba, found on its own; ZHTEXT_LEXICON or --lexicon name another file, \
            --lexicon none turns it off), zhtext's own list of contemporary words and any --dict \
            files, and is cached compiled in ~/.cache/zhtext. With words as arguments, prints each \
            word's cost and tag (or that the lexicon lacks it).
            """
    )

    @OptionGroup var lexiconOptions: LexiconOptions

    @Argument(help: "Words to look up.")
    var words: [String] = []

    func validate() throws {
        if lexiconOptions.adapt {
            throw ValidationError("--adapt does not apply to lexicon: it adapts the lexicon to a corpus, and this command reads none")
        }
    }

    func run() throws {
        let lexicon = try lexiconOptions.lexicon()
        guard words.isEmpty else {
            for word in words {
                if let cost = lexicon.cost(of: word), let tag = lexicon.tag(of: word) {
                    print("\(word)\t\(tag)\t\(String(format: "%.1f", cost))")
                } else {
                    print("\(word)\t-\t-")
                }
            }
            return
        }
        try Self.describe(lexicon, to: .standardOutput)
    }

    /// Writes one line per source lexicon and a total.
    static func describe(_ lexicon: Lexicon, to handle: FileHandle) throws {
        var text = ""
        for source in lexicon.sources { text += "\(source)\n" }
        if !lexicon.sources.contains(where: { $0.kind == "jieba" }) {
            text += "jieba\t(not used)\n"
        }
        text += "total\t\(lexicon.wordCount) words\n"
        handle.write(Data(text.utf8))
    }
}
