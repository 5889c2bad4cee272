import Foundation

/// Reads an input line by line (LF-terminated, a CR before the LF dropped), a block at a time,
/// so that a JSON Lines file of any size is never held whole: only the line being read is.
final class LineStream {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    private static let blockSize = 1 << 20
    /// The number of the line last returned, from 1.
    private(set) var lineNumber = 0
    /// Whether the first line started with a UTF-8 byte-order mark (removed from it).
    private(set) var hadByteOrderMark = false

    init(item: InputFiles.Item) throws(InputError) {
        switch item {
        case .standardInput: handle = FileHandle.standardInput
        case .file(let path), .essay(let path, _): handle = try InputFiles.open(path)
        }
    }

    /// The next line without its line break (and the byte count it took in the file), or nil
    /// at the end.
    func next() -> (line: ArraySlice<UInt8>, bytes: Int)? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                return take(upTo: newline, consumed: newline + 1 - start)
            }
            if finished {
                guard start < buffer.count else { return nil }
                return take(upTo: buffer.count, consumed: buffer.count - start)
            }
            if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            let data = handle.readData(ofLength: Self.blockSize)
            if data.isEmpty { finished = true } else { buffer += data }
        }
    }

    private func take(upTo end: Int, consumed: Int) -> (line: ArraySlice<UInt8>, bytes: Int) {
        var lineStart = start
        var lineEnd = end
        if lineNumber == 0, buffer[lineStart..<lineEnd].starts(with: [0xEF, 0xBB, 0xBF]) {
            lineStart += 3
            hadByteOrderMark = true
        }
        if lineEnd > lineStart, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        lineNumber += 1
        let line = buffer[lineStart..<lineEnd]
        start += consumed
        return (line, consumed)
    }
}
