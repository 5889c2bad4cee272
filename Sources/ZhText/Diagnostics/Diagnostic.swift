/// A problem found in the input: a warning (processing went on) or an error (the file was skipped).
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Hashable {
        /// Processing continued; the result may be imperfect.
        case warning
        /// The input could not be processed.
        case error
    }

    /// Warning or error.
    public var severity: Severity
    /// The file the problem was found in (`-` for standard input).
    public var source: String
    /// Where in the file, e.g. "byte 1532" or "line 7"; empty when it concerns the whole file.
    public var location: String
    /// What is wrong, in words.
    public var message: String

    /// A diagnostic; an empty `location` means the whole file.
    public init(_ severity: Severity, source: String, location: String = "", message: String) {
        self.severity = severity
        self.source = source
        self.location = location
        self.message = message
    }

    /// One line, e.g. `warning: essays/a.txt: byte 1532: invalid UTF-8 replaced by U+FFFD`.
    public var description: String {
        location.isEmpty
            ? "\(severity.rawValue): \(source): \(message)"
            : "\(severity.rawValue): \(source): \(location): \(message)"
    }
}
