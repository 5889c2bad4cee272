import ArgumentParser
import Foundation
import ZhText
import ZhTextReport

/// Buffered output to standard output or a file that replaces the previous file only when
/// complete (see `OutputFile`).
final class OutputSink {
    private let file: OutputFile
    private var buffer: [UInt8] = []

    /// Opens `path` (nil: standard output) before anything is read. An output that is also one
    /// of `inputs` is refused; an output inside an input folder is left out of the walk.
    init(path: String?, reading inputs: [String]) throws {
        guard let path else {
            file = OutputFile()
            return
        }
        let file = try OutputFile(path: path)
        if let previous = file.previous {
            if let input = inputs.first(where: { $0 != "-" && InputFiles.identity(ofInput: $0) == previous }) {
                file.discard()
                throw OutputFile.Failure(path, input == path ? "it is also an input" : "it is also an input (\(input))")
            }
            InputFiles.markAsOutput(previous)
        }
        self.file = file
        buffer.reserveCapacity(1 << 16)
    }

    /// Throws a `ValidationError` (shown with the subcommand's usage) when `path` is a folder.
    static func validate(_ path: String?) throws {
        var isDirectory: ObjCBool = false
        if let path, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ValidationError("cannot write \(path): it is a folder (give a file name, e.g. \(path)/out.txt)")
        }
    }

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    func write(bytes: UnsafeRawBufferPointer) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    func write(byte: UInt8) {
        buffer.append(byte)
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        try buffer.withUnsafeBytes { try file.write($0) }
    }

    /// Writes what is left and puts the file in place.
    func commit() throws {
        try flush()
        try file.commit()
        if file.otherLinks > 0 {
            StandardError.write("zhtext: warning: \(PathBytes.display(file.path)): replaced by a new file; its \(file.otherLinks) "
                + "other hard link\(file.otherLinks == 1 ? "" : "s") keep\(file.otherLinks == 1 ? "s" : "") the previous contents\n")
        }
    }

    /// Gives up: a file being replaced stays as it was.
    func discard() {
        buffer.removeAll()
        file.discard()
    }
}
