import ArgumentParser
import Foundation
import ZhText

enum DiagnosticReporter {
    /// Prints each diagnostic as one line on standard error.
    static func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let text = diagnostics.map { "zhtext: \($0)\n" }.joined()
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Exits with status 1 when some input could not be read.
    static func exitIfFailed(_ diagnostics: [Diagnostic]) throws {
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
