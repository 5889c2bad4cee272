import ZhTextCore

/// Why a file could not be read as text.
public struct InputError: Error, Sendable, CustomStringConvertible {
    /// The one-line diagnostic for the user.
    public var diagnostic: Diagnostic
    /// The diagnostic's one line.
    public var description: String { diagnostic.description }
}

/// Text decoded from bytes, before normalisation.
public struct DecodedText: Sendable {
    /// The decoded text (byte-order mark removed; invalid input replaced by U+FFFD).
    public var text: String
    /// The encoding the bytes were read in.
    public var encoding: TextEncoding
    /// Warnings met while decoding, e.g. invalid byte sequences.
    public var diagnostics: [Diagnostic]
}

/// Detects the encoding of a file's bytes and decodes them with ICU's converters.
///
/// UTF-8 (with or without BOM), UTF-16 and UTF-32 with BOM are recognised directly; anything else is
/// given to ICU's charset detector (GB18030/GBK, Big5 and the rest). Files that look binary are
/// refused rather than decoded into noise.
public struct TextDecoder: Sendable {
    /// When set, the bytes are decoded in this encoding instead of a detected one.
    public var encoding: TextEncoding?

    /// A decoder that detects the encoding, or decodes in `encoding` when given.
    public init(encoding: TextEncoding? = nil) { self.encoding = encoding }

    /// Decodes `bytes` read from `source` (a path or `-`, used in diagnostics).
    public func decode(_ bytes: [UInt8], source: String) throws(InputError) -> DecodedText {
        let (bomEncoding, bomLength) = Self.byteOrderMark(bytes)
        var chosen = encoding ?? bomEncoding
        let skip = (bomEncoding != nil && (chosen == bomEncoding)) ? bomLength : 0
        let body = bytes[skip...]
        if chosen == nil || !(chosen!.name.uppercased().hasPrefix("UTF-16") || chosen!.name.uppercased().hasPrefix("UTF-32")) {
            if let offset = Self.binaryEvidence(body) {
                throw InputError(diagnostic: Diagnostic(
                    .error, source: source, location: "byte \(offset)",
                    message: "looks like a binary file, not text (skipped)"))
            }
        }
        if chosen == nil {
            if let text = String(validating: body, as: UTF8.self) {
                return DecodedText(text: text, encoding: .utf8, diagnostics: [])
            }
            chosen = Self.detect(body)
        }
        let decoded: ICU.Decoded
        do {
            decoded = try body.withUnsafeBytes { try ICU.decode($0, charset: chosen!.name) }
        } catch {
            throw InputError(diagnostic: Diagnostic(
                .error, source: source, message: "cannot decode as \(chosen!.name): \(error)"))
        }
        var diagnostics: [Diagnostic] = []
        if decoded.invalidCount > 0, let first = decoded.firstInvalidOffset {
            let count = decoded.invalidCount
            diagnostics.append(Diagnostic(
                .warning, source: source, location: "byte \(first + skip)",
                message: "\(count) invalid \(chosen!.name) byte sequence\(count == 1 ? "" : "s") replaced by U+FFFD"
                    + (count > 1 ? " (first shown)" : "")))
        }
        return DecodedText(text: decoded.text, encoding: chosen!, diagnostics: diagnostics)
    }

    static func byteOrderMark(_ bytes: [UInt8]) -> (TextEncoding?, Int) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        // UTF-32LE's mark starts with UTF-16LE's: look for it first.
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return (.utf32LE, 4) }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return (.utf32BE, 4) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        return (nil, 0)
    }

    /// The offset of the first byte that shows the data is not text (a NUL, or a dense run of
    /// control characters in the first 64 KiB), or nil when it may be text.
    static func binaryEvidence(_ bytes: ArraySlice<UInt8>) -> Int? {
        let sample = bytes.prefix(1 << 16)
        var controls = 0
        var firstControl: Int?
        for (offset, byte) in zip(0..., sample) {
            if byte == 0 { return offset }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C, byte != 0x1B {
                controls += 1
                if firstControl == nil { firstControl = offset }
            }
        }
        if let firstControl, controls * 20 > sample.count { return firstControl }
        return nil
    }

    /// The encodings tried for bytes that are not valid UTF-8, after ICU's own guess.
    static let chineseFallbacks: [TextEncoding] = [.gb18030, .big5]

    /// Single-byte charsets decode any bytes, so ICU's guess of one is trusted only when it is
    /// confident and no Chinese encoding fits.
    static func isSingleByte(_ encoding: TextEncoding) -> Bool {
        let name = encoding.name.lowercased()
        return name.hasPrefix("iso-8859") || name.hasPrefix("windows-125") || name.hasPrefix("koi8")
    }

    /// The encoding of bytes that are not valid UTF-8.
    ///
    /// Mostly valid UTF-8 (at most one bad sequence per four good multi-byte ones; text in
    /// another encoding hardly ever forms valid multi-byte UTF-8) is UTF-8 with damage. Otherwise ICU's guess if it decodes cleanly, then GB18030 and Big5, taking the
    /// first that decodes cleanly or else the one with the fewest invalid sequences.
    static func detect(_ bytes: ArraySlice<UInt8>) -> TextEncoding {
        let sample = bytes.prefix(1 << 18)
        let (valid, invalid) = utf8SequenceCounts(sample)
        if valid > 0, invalid * 4 <= valid { return .utf8 }
        return sample.withUnsafeBytes { raw in
            let guess = ICU.detectCharset(raw).flatMap { $0.confidence > 0 ? ($0.name, $0.confidence) : nil }
            var candidates: [TextEncoding] = []
            if let guess, !isSingleByte(TextEncoding(guess.0)) { candidates.append(TextEncoding(guess.0)) }
            candidates += chineseFallbacks.filter { !candidates.contains($0) }
            var best: (TextEncoding, Int)?
            for candidate in candidates {
                guard let decoded = try? ICU.decode(raw, charset: candidate.name) else { continue }
                if decoded.invalidCount == 0 { return candidate }
                if best == nil || decoded.invalidCount < best!.1 { best = (candidate, decoded.invalidCount) }
            }
            if let guess, isSingleByte(TextEncoding(guess.0)), guess.1 >= 50 { return TextEncoding(guess.0) }
            return best?.0 ?? .utf8
        }
    }

    /// Counts well-formed multi-byte UTF-8 sequences and invalid ones.
    static func utf8SequenceCounts(_ bytes: ArraySlice<UInt8>) -> (valid: Int, invalid: Int) {
        var valid = 0
        var invalid = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar.value >= 0x80 { valid += 1 }
            case .emptyInput: break loop
            case .error: invalid += 1
            }
        }
        return (valid, invalid)
    }
}
