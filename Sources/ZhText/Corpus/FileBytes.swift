import Foundation

/// Reads a whole input file, so that what was read is what the file held.
///
/// A regular file that ends sooner than its size said when it was opened (it was truncated or
/// replaced while zhtext read it) is an error, not a silently shorter document. Anything else
/// named explicitly (a device, a FIFO) is looked at first: when its first 64 KiB are binary
/// (`/dev/zero`, `/dev/urandom`), it is refused there instead of being read until memory runs out.
enum FileBytes {
    /// How much of a device or FIFO is looked at before the rest is read.
    static let sniffSize = 1 << 16

    /// The bytes of the file open in `handle`, named `source` in messages.
    static func read(_ handle: FileHandle, source: String) throws(InputError) -> [UInt8] {
        let descriptor = handle.fileDescriptor
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure(source, describeSystemError(errno)) }
        let isRegular = info.st_mode & S_IFMT == S_IFREG
        var bytes: [UInt8] = []
        if isRegular { bytes.reserveCapacity(Int(info.st_size)) }
        if !isRegular {
            try readMore(descriptor, into: &bytes, upTo: sniffSize, source: source)
            let (bom, _) = TextDecoder.byteOrderMark(bytes)
            let wide = bom.map { $0.name.uppercased().hasPrefix("UTF-16") || $0.name.uppercased().hasPrefix("UTF-32") } ?? false
            if !wide, let offset = TextDecoder.binaryEvidence(bytes[...]) {
                throw InputError(diagnostic: Diagnostic(
                    .error, source: source, location: "byte \(offset)",
                    message: "looks like a binary file, not text (skipped)"))
            }
        }
        try readMore(descriptor, into: &bytes, upTo: nil, source: source)
        if isRegular, bytes.count < Int(info.st_size) {
            throw InputError(diagnostic: Diagnostic(
                .error, source: source, message: "shrank from \(info.st_size) to \(bytes.count) bytes while it was read "
                    + "(it changed during the run; skipped)"))
        }
        return bytes
    }

    /// Appends what `descriptor` holds until its end, or until `bytes` holds `limit` bytes.
    private static func readMore(_ descriptor: Int32, into bytes: inout [UInt8], upTo limit: Int?,
                                 source: String) throws(InputError) {
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while limit.map({ bytes.count < $0 }) ?? true {
            let wanted = min(buffer.count, limit.map { $0 - bytes.count } ?? buffer.count)
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(source, describeSystemError(errno))
            }
            if count == 0 { return }
            bytes.append(contentsOf: buffer[..<count])
        }
    }

    private static func failure(_ source: String, _ reason: String) -> InputError {
        InputError(diagnostic: Diagnostic(.error, source: source, message: "cannot read this file: \(reason)"))
    }
}
