import ArgumentParser
import Foundation
import ZhText
import ZhTextCore

/// The lexicon the segmenter uses.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("dict"), help: "A user lexicon in jieba's format (word [freq] [tag]); repeatable.")
    var dictionaries: [String] = []

    @Option(name: .customLong("lexicon"), help: ArgumentHelp(
        "The general lexicon in jieba's format (default: jieba's dict.txt where installed; `none`: ICU's dictionary alone).",
        valueName: "file"))
    var mainLexicon: String?

    @Flag(help: "Adapt the lexicon to the corpus: add the words and phrases `zhtext phrases` discovers in it.")
    var adapt = false

    func validate() throws {
        for path in dictionaries { try Self.requireFile(path, option: "--dict") }
        if let mainLexicon, mainLexicon != "none" { try Self.requireFile(mainLexicon, option: "--lexicon") }
    }

    /// What `--dict` and `--lexicon` take, for their messages.
    static let lexiconFile = "a lexicon file (one `word [freq] [tag]` per line)"

    /// Throws a clear message when `path` is missing, a folder, or not a regular file (a FIFO
    /// or a device such as /dev/zero, which would block or never end).
    static func requireFile(_ path: String, option: String) throws {
        try OptionFile.requireRegularFile(path, option: option, takes: lexiconFile)
        // The general lexicon is read by path when the compiled lexicon is not cached, which
        // cannot name a file whose name is not UTF-8: say so rather than read another name.
        if option == "--lexicon", PathBytes.display(path) != path {
            throw ValidationError("--lexicon \(PathBytes.display(path)): a name that is not UTF-8 cannot be used for the "
                + "general lexicon; rename the file or link to it under a UTF-8 name (--dict takes such names)")
        }
    }

    /// The `--dict` lexicons, read under the bytes of their names; their skipped lines are
    /// warnings on standard error (once per run). A binary file (a NUL byte, or many control
    /// characters, in its first 64 KiB) is refused with one line, rather than read as nonsense
    /// words.
    func userLexicons() throws -> [UserLexicon] {
        try dictionaries.map { path in
            let bytes = try OptionFile.bytes(path, option: "--dict", takes: Self.lexiconFile)
            let shown = PathBytes.display(path)
            if let offset = OptionFile.binaryEvidence(bytes) {
                StandardError.write("zhtext: error: --dict \(shown): byte \(offset): looks like a binary file, "
                    + "not a lexicon (one `word [freq] [tag]` per line in UTF-8)\n")
                throw ExitCode.validationFailure
            }
            let lexicon = UserLexicon(name: shown, bytes: bytes)
            LexiconWarnings.report(lexicon.problems())
            return lexicon
        }
    }

    /// Which general lexicon: `--lexicon`, else found on the machine.
    var main: Lexicon.MainLexicon {
        switch mainLexicon {
        case nil: .automatic
        case "none": .none
        case let path?: .file(path)
        }
    }

    /// ICU's dictionary, the general lexicon and the user lexicons, from the cache when it can.
    /// Says once on standard error when the general lexicon is missing.
    func lexicon() throws -> Lexicon {
        let lexicon: Lexicon
        do {
            lexicon = try Lexicon.standard(adding: try userLexicons(), main: main)
        } catch let error as ValidationError {
            throw error
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw ValidationError("cannot load the lexicon \(mainLexicon ?? "(ICU's and jieba's dictionaries)"): \(error.localizedDescription)")
        }
        LexiconWarnings.report(lexicon.warnings)
        return lexicon
    }

    /// The lexicon, adapted to the corpus under `paths` when `--adapt` is given.
    func lexicon(for paths: [String], readerOptions: DocumentReader.Options) async throws -> Lexicon {
        let base = try lexicon()
        guard adapt else { return base }
        let analysis = CorpusAnalysis(readerOptions: readerOptions, lexicon: base)
        var miner = PhraseMiner()
        miner.maximumLength = 3
        let (phrases, characters, _) = await analysis.phrasesAndSize(paths, miner: miner)
        return try Lexicon.standard(
            adding: try userLexicons() + [CorpusAnalysis.adaptedLexicon(phrases, characters: characters)], main: main)
    }
}

/// Lexicon warnings go to standard error once per run, however many times a lexicon loads.
enum LexiconWarnings {
    nonisolated(unsafe) private static var reported: Set<String> = []
    private static let lock = NSLock()

    static func report(_ warnings: [String]) {
        lock.lock()
        defer { lock.unlock() }
        for warning in warnings where reported.insert(warning).inserted {
            StandardError.write("zhtext: warning: \(warning)\n")
        }
    }
}
