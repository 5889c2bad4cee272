import Foundation

/// Standard input copied to a temporary file, for work that reads a document twice (learning
/// what a large document teaches, then segmenting it) while holding only a block at a time.
/// The file is removed when the spool goes away.
package final class StandardInputSpool {
    /// The temporary file, to read as `.file(path)`.
    package let path: String

    /// Copies standard input, a block at a time, to a new file in the temporary folder.
    package init() throws(InputError) {
        var template = Array((FileManager.default.temporaryDirectory.path + "/zhtext-stdin-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw InputError(diagnostic: Diagnostic(
                .error, source: "-", message: "cannot hold standard input in a temporary file: \(describeSystemError(errno))"))
        }
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let output = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        while true {
            let data = FileHandle.standardInput.readData(ofLength: 1 << 20)
            if data.isEmpty { break }
            do {
                try output.write(contentsOf: data)
            } catch {
                unlink(path)
                throw InputError(diagnostic: Diagnostic(
                    .error, source: "-", message: "cannot hold standard input in a temporary file: \(error.localizedDescription)"))
            }
        }
    }

    deinit { unlink(path) }
}
