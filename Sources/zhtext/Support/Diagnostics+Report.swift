import ArgumentParser
import Foundation
import ZhText

enum DiagnosticReporter {
    /// Prints each diagnostic as one line on standard error.
    static func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        StandardError.write(diagnostics.map { "zhtext: \($0)\n" }.joined())
    }

    /// Exits with status 1 when some input could not be read.
    static func exitIfFailed(_ diagnostics: [Diagnostic]) throws {
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }

    /// Exits with status 1, before anything is read or written, when `paths` name no file to
    /// read at all (paths that do not exist, folders without text files).
    static func requireFiles(_ paths: [String]) throws {
        let (items, diagnostics) = InputFiles.expand(paths)
        guard items.isEmpty else { return }
        report(diagnostics)
        StandardError.write("zhtext: error: no text files to read in \(paths.joined(separator: ", "))\n")
        throw ExitCode.failure
    }
}
