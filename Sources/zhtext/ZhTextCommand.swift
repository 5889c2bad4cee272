import ArgumentParser
import Foundation
import ZhText
import ZhTextReport

@main
struct ZhTextCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhtext",
        abstract: "Chinese text analytics: essays, segmentation and more.",
        discussion: """
            Inputs are files, folders (read recursively, hidden files, FIFOs and devices skipped) \
            or - for standard input. Encodings are detected (UTF-8, UTF-16 with BOM, GB18030/GBK, \
            Big5). Problems are reported on standard error, one line each; the exit status is 1 \
            when some input could not be read. An output file (-o) is replaced only once it is \
            complete.
            """,
        version: "0.1.0",
        subcommands: [
            EssaysCommand.self, SegmentCommand.self, FreqCommand.self, CollocationsCommand.self, CompareCommand.self,
            KwicCommand.self, QuotesCommand.self, PhrasesCommand.self, KeywordsCommand.self, ReportCommand.self,
            LexiconCommand.self, MergeCommand.self,
            // Over time and across sources.
            TrendCommand.self, LifecycleCommand.self,
            // The analyst's lookups.
            CollocatesCommand.self, CountCommand.self, DtmCommand.self, NetworkCommand.self,
            EntitiesCommand.self,
        ]
    )

    /// Runs the subcommand. Errors name the subcommand's own usage; a file that cannot be
    /// written is one line, `zhtext: error: cannot write OUT: reason`, and status 1.
    static func main() async {
        OutputFile.installSignalHandlers()
        let arguments: [String]
        do {
            // The arguments keep their bytes (names that are not UTF-8); `--paths-from` lists more.
            arguments = NumberRange.joiningNegativeValues(
                try PathListArguments.expand(Array(PathBytes.processArguments().dropFirst())))
        } catch {
            StandardError.write("zhtext: error: \(error)\n")
            exit(withError: ExitCode.validationFailure)
        }
        if let unknown = SubcommandSuggestion(arguments, known: subcommandNames) {
            StandardError.write("zhtext: error: \(unknown)\nUsage: zhtext <subcommand>\n  See 'zhtext --help' for more information.\n")
            exit(withError: ExitCode.validationFailure)
        }
        var parsed: ParsableCommand?
        do {
            var command = try await asyncParseAsRoot(arguments)
            parsed = command
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as OutputFile.Failure {
            StandardError.write("zhtext: error: \(failure)\n")
            exit(withError: ExitCode.failure)
        } catch let error as ValidationError {
            // Thrown by a subcommand's run(): show that subcommand's usage, not the root's.
            guard let parsed else { exit(withError: error) }
            let subcommand = type(of: parsed)
            let name = subcommand.configuration.commandName ?? ""
            StandardError.write("zhtext: error: \(error.message)\nUsage: \(usageString(for: subcommand))\n  See 'zhtext \(name) --help' for more information.\n")
            exit(withError: ExitCode.validationFailure)
        } catch {
            // Help and --version as the parser prints them; its errors with the one prefix every
            // zhtext error has (`zhtext: error:`), whatever the exit status.
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            guard code != .success, message.hasPrefix("Error: ") else { exit(withError: error) }
            StandardError.write("zhtext: error: " + message.dropFirst("Error: ".count) + "\n")
            exit(withError: code)
        }
    }

    static var subcommandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    }
}

/// A first argument that is no subcommand, with the closest one when it looks like a typo
/// (`zhtext frq Corpus`: did you mean 'freq'?).
struct SubcommandSuggestion: CustomStringConvertible {
    var given: String
    var suggestion: String?
    var known: [String]

    /// Nil when `arguments` start with a subcommand or an option (`--help`, `--version`).
    init?(_ arguments: [String], known: [String]) {
        guard let first = arguments.first, !first.hasPrefix("-"), !known.contains(first) else { return nil }
        given = first
        self.known = known
        let ranked = known.map { ($0, Self.distance(first.lowercased(), $0)) }.min { $0.1 < $1.1 }
        suggestion = ranked.flatMap { $0.1 <= max(1, min(2, $0.0.count / 2)) ? $0.0 : nil }
            ?? known.first { $0.hasPrefix(first.lowercased()) && first.count >= 2 }
    }

    var description: String {
        if let suggestion { return "unknown subcommand '\(given)'; did you mean '\(suggestion)'?" }
        return "unknown subcommand '\(given)'; the subcommands are \(known.filter { $0 != "help" }.joined(separator: ", "))"
    }

    /// Edit distance (insertions, deletions, substitutions and swaps of neighbours).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
