import Foundation
import ZhTextCore

/// A piece of a document's text as UTF-8, for streaming work such as segmentation.
package struct TextChunk: Sendable {
    /// The bytes; after `prepare()`, scraper markers are blanked with spaces so offsets stay true.
    package var bytes: [UInt8]
    /// Byte offset of the chunk in the document's UTF-8 text.
    package var offset: Int
    /// The document the chunk belongs to.
    package var source: String
    /// Whether the bytes came from a decoder (so they are valid UTF-8).
    var isDecoded: Bool

    /// Blanks scraper markers and checks the bytes: warnings for unknown markers and for the
    /// first invalid UTF-8 sequence. Chunks of one document can be prepared in parallel.
    package mutating func prepare() -> [Diagnostic] {
        var diagnostics = blankMarkers()
        if !isDecoded, let invalid = Self.firstInvalidUTF8(bytes) {
            diagnostics.append(Diagnostic(
                .warning, source: source, location: "byte \(offset + invalid)",
                message: "invalid UTF-8 (passed through as it is)"))
        }
        return diagnostics
    }

    private mutating func blankMarkers() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        guard bytes.count > 4 else { return diagnostics }
        var index = 0
        while index + 4 < bytes.count {
            guard bytes[index] == 0x23, bytes[index + 1] == 0x23 else { index += 1; continue }
            var end = index + 2
            while end < bytes.count, end - index - 2 <= 32, Self.isMarkerNameByte(bytes[end]) { end += 1 }
            guard end > index + 2, end + 1 < bytes.count, bytes[end] == 0x23, bytes[end + 1] == 0x23 else {
                index += 1
                continue
            }
            let name = String(decoding: bytes[(index + 2)..<end], as: UTF8.self)
            let lower = name.lowercased()
            if lower != "paidbegin", lower != "paidend" {
                diagnostics.append(Diagnostic(
                    .warning, source: source, location: "byte \(offset + index)",
                    message: "unknown scraper marker ##\(name)## (removed from the text)"))
            }
            for position in index..<(end + 2) { bytes[position] = 0x20 }
            index = end + 2
        }
        return diagnostics
    }

    static func isMarkerNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == 0x5F || byte == 0x2D
    }

    /// The offset of the first invalid UTF-8 sequence, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            var index = 0
            let count = buffer.count
            while index < count {
                let lead = buffer[index]
                if lead < 0x80 { index += 1; continue }
                let width: Int
                let minimum: UInt32
                switch lead {
                case 0xC2...0xDF: width = 2; minimum = 0x80
                case 0xE0...0xEF: width = 3; minimum = 0x800
                case 0xF0...0xF4: width = 4; minimum = 0x10000
                default: return index
                }
                guard index + width <= count else { return index }
                var value = UInt32(lead) & (0xFF >> (width + 1))
                for next in 1..<width {
                    let byte = buffer[index + next]
                    guard byte & 0xC0 == 0x80 else { return index }
                    value = value << 6 | UInt32(byte & 0x3F)
                }
                guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return index }
                index += width
            }
            return nil
        }
    }
}

/// Reads a document as UTF-8 chunks that end at line breaks (or, in text without line breaks,
/// at white space or punctuation), so memory stays bounded on huge files.
///
/// UTF-8 files stream straight from disk, invalid bytes passed through untouched. Other
/// encodings, and `--simplified`, decode the whole file first. Call `TextChunk.prepare()` on
/// each chunk (in parallel if you like) to blank scraper markers and find invalid bytes.
package final class TextChunkReader {
    /// The name in chunks and diagnostics: `name` when given, else the item's own name.
    package let source: String
    /// Warnings met so far.
    package private(set) var diagnostics: [Diagnostic] = []
    /// The encoding the file is read in (UTF-8 when it streams).
    package private(set) var encoding: TextEncoding = .utf8
    /// The bytes before the text of a file that streams: 3 for a UTF-8 byte-order mark, else 0
    /// (a chunk's byte N is byte `leadingBytes + offset + N` of the file).
    package private(set) var leadingBytes = 0

    private let chunkSize: Int
    private var handle: FileHandle?
    private var pending: [UInt8] = []
    private var memory: [UInt8]?
    private var memoryOffset = 0
    private var offset = 0
    private var finished = false
    /// The size of a regular file when it was opened, and the bytes read from it so far.
    private var expectedSize: Int?
    private var bytesRead = 0
    /// Set at the end when the file held fewer bytes than its size when opened (it was
    /// truncated while read): an error, also in `diagnostics`.
    package private(set) var shrank: Diagnostic?

    /// Opens `item`, named `name` in chunks and diagnostics (by default the item's own name);
    /// throws when it cannot be read or is binary.
    package init(item: InputFiles.Item, options: DocumentReader.Options, chunkSize: Int = 1 << 20,
                name: String? = nil) throws(InputError) {
        self.source = name ?? item.name
        self.chunkSize = max(chunkSize, 64)
        let handle: FileHandle
        switch item {
        case .standardInput:
            handle = FileHandle.standardInput
        case .file(let path):
            handle = try InputFiles.open(path)
        case .essay:
            // One essay of a file: its text, served from memory.
            let essay = try DocumentReader(options: options).selectedEssay(item)
            diagnostics = essay.diagnostics
            encoding = essay.encoding
            memory = Array(essay.text.utf8)
            return
        }
        var info = stat()
        if fstat(handle.fileDescriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG { expectedSize = Int(info.st_size) }
        let head = [UInt8](handle.readData(ofLength: self.chunkSize))
        bytesRead = head.count
        let (bom, bomLength) = TextDecoder.byteOrderMark(head)
        let streamsAsUTF8 = !options.simplified
            && (options.encoding.map { $0.name.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8" }
                ?? (bom == .utf8 || (bom == nil && Self.looksLikeUTF8(head))))
        if streamsAsUTF8 {
            if let evidence = TextDecoder.binaryEvidence(head[...]) {
                throw InputError(diagnostic: Diagnostic(
                    .error, source: source, location: "byte \(evidence)",
                    message: "looks like a binary file, not text (skipped)"))
            }
            self.handle = handle
            leadingBytes = bom == .utf8 ? bomLength : 0
            pending = Array(head.dropFirst(leadingBytes))
            return
        }
        // Decode the whole file, then serve it from memory.
        let rest = [UInt8](handle.readDataToEndOfFile())
        bytesRead += rest.count
        checkSize(skipped: true)
        if let shrank { throw InputError(diagnostic: shrank) }
        let decoded = try DocumentReader(options: options).decodedText(head + rest, source: source)
        diagnostics += decoded.diagnostics
        encoding = decoded.encoding
        memory = Array(decoded.text.utf8)
    }

    /// Serves `text` (UTF-8 already decoded, such as a JSON Lines record's text) as chunks
    /// named `source`.
    package init(text: [UInt8], source: String, chunkSize: Int = 1 << 20) {
        self.source = source
        self.chunkSize = max(chunkSize, 64)
        memory = text
    }

    /// Notes a file that ended before the size it had when opened.
    private func checkSize(skipped: Bool = false) {
        guard let expectedSize, bytesRead < expectedSize, shrank == nil else { return }
        let diagnostic = Diagnostic(
            .error, source: source, message: "shrank from \(expectedSize) to \(bytesRead) bytes while it was read "
                + (skipped ? "(it changed during the run; skipped)" : "(it changed during the run; only the bytes read were used)"))
        shrank = diagnostic
        diagnostics.append(diagnostic)
    }

    /// Whether the start of a file is UTF-8 (a sequence cut at the end of the sample is fine).
    static func looksLikeUTF8(_ bytes: [UInt8]) -> Bool {
        var end = bytes.count
        var back = 0
        while end > 0, back < 3, bytes[end - 1] & 0xC0 == 0x80 { end -= 1; back += 1 }
        if end > 0, bytes[end - 1] >= 0xC0 { end -= 1 }
        let (valid, invalid) = TextDecoder.utf8SequenceCounts(bytes[..<end])
        return invalid == 0 || (valid > 0 && invalid * 4 <= valid)
    }

    /// The next chunk, or nil at the end.
    package func next() -> TextChunk? {
        if let memory {
            guard memoryOffset < memory.count else { return nil }
            let limit = min(memory.count, memoryOffset + chunkSize)
            let end = limit == memory.count ? limit : Self.cutPoint(memory[memoryOffset..<limit])
            let bytes = Array(memory[memoryOffset..<end])
            memoryOffset = end
            let chunk = TextChunk(bytes: bytes, offset: offset, source: source, isDecoded: true)
            offset += bytes.count
            return chunk
        }
        while !finished, pending.count < chunkSize, let handle {
            let data = handle.readData(ofLength: chunkSize)
            if data.isEmpty {
                finished = true
                checkSize()
            } else {
                pending += data
                bytesRead += data.count
            }
        }
        guard !pending.isEmpty else { return nil }
        let end = finished && pending.count <= chunkSize ? pending.count : Self.cutPoint(pending[..<min(pending.count, chunkSize)])
        let bytes = Array(pending[..<end])
        pending.removeFirst(end)
        let chunk = TextChunk(bytes: bytes, offset: offset, source: source, isDecoded: false)
        offset += bytes.count
        return chunk
    }

    /// Where to end a chunk: after its last line break; else after its last white space or
    /// ASCII punctuation; else at its last character boundary.
    static func cutPoint(_ bytes: ArraySlice<UInt8>) -> Int {
        if let newline = bytes.lastIndex(of: 0x0A) { return newline + 1 }
        if let space = bytes.lastIndex(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x2E || $0 == 0x2C }) {
            return space + 1
        }
        var end = bytes.endIndex
        while end > bytes.startIndex + 1, bytes[end - 1] & 0xC0 == 0x80 { end -= 1 }
        if end > bytes.startIndex + 1, bytes[end - 1] >= 0xC0 { end -= 1 }
        return end > bytes.startIndex ? end : bytes.endIndex
    }

}

extension TextChunk {
    /// The chunk's text as analyses see it: in NFC, without variation selectors
    /// (`TextNormalizer`), and for each of its bytes the offset in `bytes` of the character it
    /// came from (one more at the end: `bytes.count`); nil when that changes nothing. Bytes
    /// that are not UTF-8 pass through as they are. Segmenting the result and mapping each
    /// token back gives tokens as written, at their true offsets.
    package func composed() -> (bytes: [UInt8], origins: [Int32])? {
        guard Self.mayNeedComposition(bytes) else { return nil }
        // The chunk as runs of scalars, each scalar with the offset of its first byte.
        var scalars: [Unicode.Scalar] = []
        var starts: [Int32] = []
        scalars.reserveCapacity(bytes.count)
        starts.reserveCapacity(bytes.count + 1)
        var output: [UInt8] = []
        var origins: [Int32] = []
        output.reserveCapacity(bytes.count)
        origins.reserveCapacity(bytes.count + 1)
        var changed = false
        func flush() {
            guard !scalars.isEmpty else { return }
            if let (normal, from) = TextNormalizer.composed(scalars) {
                changed = true
                for (scalar, origin) in zip(normal, from) {
                    let start = starts[Int(origin)]
                    for byte in String(scalar).utf8 {
                        output.append(byte)
                        origins.append(start)
                    }
                }
            } else {
                for (scalar, start) in zip(scalars, starts) {
                    for byte in String(scalar).utf8 {
                        output.append(byte)
                        origins.append(start)
                    }
                }
            }
            scalars.removeAll(keepingCapacity: true)
            starts.removeAll(keepingCapacity: true)
        }
        var index = 0
        while index < bytes.count {
            let width = PathBytes.validSequenceLength(bytes, at: index)
            if width > 0, let scalar = Self.scalar(bytes, at: index, width: width) {
                scalars.append(scalar)
                starts.append(Int32(index))
                index += width
            } else {
                // Not UTF-8: kept as it is, and no composition across it.
                flush()
                output.append(bytes[index])
                origins.append(Int32(index))
                index += 1
            }
        }
        flush()
        guard changed else { return nil }
        origins.append(Int32(bytes.count))
        return (output, origins)
    }

    /// The scalar of the well-formed `width`-byte sequence at `index`, or nil (an overlong
    /// form or a surrogate).
    static func scalar(_ bytes: [UInt8], at index: Int, width: Int) -> Unicode.Scalar? {
        if width == 1 { return Unicode.Scalar(bytes[index]) }
        var value = UInt32(bytes[index]) & (0xFF >> (width + 1))
        for next in 1..<width { value = value << 6 | UInt32(bytes[index + next] & 0x3F) }
        let minimum: UInt32 = width == 2 ? 0x80 : width == 3 ? 0x800 : 0x10000
        return value >= minimum ? Unicode.Scalar(value) : nil
    }

    /// Whether any character of `bytes` may change under NFC or is a variation selector. Each
    /// character of the Basic Multilingual Plane is one bit of `changingBasicPlane`; only
    /// characters beyond it ask ICU.
    static func mayNeedComposition(_ bytes: [UInt8]) -> Bool {
        let table = changingBasicPlane
        return bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            while index < count {
                let lead = buffer[index]
                if lead < 0xCC { index += 1; continue }
                if lead >= 0xE0, lead < 0xF0, index + 2 < count,
                   buffer[index + 1] & 0xC0 == 0x80, buffer[index + 2] & 0xC0 == 0x80 {
                    let value = Int(lead & 0x0F) << 12 | Int(buffer[index + 1] & 0x3F) << 6 | Int(buffer[index + 2] & 0x3F)
                    if table[value >> 6] & (1 << UInt64(value & 63)) != 0 { return true }
                    index += 3
                    continue
                }
                let width = PathBytes.validSequenceLength(bytes, at: index)
                guard width > 0, let scalar = scalar(bytes, at: index, width: width) else { index += 1; continue }
                if changes(scalar) { return true }
                index += width
            }
            return false
        }
    }

    /// Whether `scalar` is a variation selector or may change under NFC.
    static func changes(_ scalar: Unicode.Scalar) -> Bool {
        if TextNormalizer.isVariationSelector(scalar) { return true }
        let flags = ICUNormalization.flags(of: scalar)
        return !flags.contains(.boundaryBefore) || !flags.contains(.alone)
    }

    /// One bit per character of the Basic Multilingual Plane: set where `changes` holds.
    /// Overlong three-byte forms and surrogates decode to values below U+0800 or in
    /// U+D800–U+DFFF; their bits are set, so the exact path looks at them.
    static let changingBasicPlane: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x1_0000 / 64)
        for value in 0..<0x1_0000 {
            let exact = value < 0x800 || (0xD800...0xDFFF).contains(value)
            if exact || changes(Unicode.Scalar(UInt32(value))!) {
                bits[value >> 6] |= 1 << UInt64(value & 63)
            }
        }
        return bits
    }()
}
