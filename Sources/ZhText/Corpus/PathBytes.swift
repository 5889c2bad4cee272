import Foundation

/// File names that are not UTF-8, kept byte for byte in a `String`.
///
/// Linux file names are bytes; a name such as `out\xff.txt` is no valid UTF-8. Decoded as
/// usual, its bad byte becomes U+FFFD and the file can no longer be opened (or another one is
/// written). Here each byte of an invalid sequence becomes one private-use scalar,
/// U+10FF80 + (byte − 0x80), which `cString(_:)` turns back into the byte for the system and
/// `display(_:)` shows as `\xff` in messages and tables. A name that holds those scalars
/// itself (they are private use, and no text uses them) would be read as those bytes.
package enum PathBytes {
    static let base: UInt32 = 0x10_FF00

    /// The name `bytes` as a string: valid UTF-8 as it is, each other byte as its scalar.
    package static func string(_ bytes: some Collection<UInt8>) -> String {
        let bytes = Array(bytes)
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var scalars = String.UnicodeScalarView()
        var index = 0
        while index < bytes.count {
            let width = validSequenceLength(bytes, at: index)
            if width > 0, let text = String(validating: bytes[index..<(index + width)], as: UTF8.self) {
                scalars.append(contentsOf: text.unicodeScalars)
                index += width
            } else {
                scalars.append(Unicode.Scalar(base + UInt32(bytes[index]))!)
                index += 1
            }
        }
        return String(scalars)
    }

    /// The bytes the system knows `path` by.
    package static func bytes(_ path: String) -> [UInt8] {
        guard path.unicodeScalars.contains(where: isEscape) else { return Array(path.utf8) }
        var bytes: [UInt8] = []
        for scalar in path.unicodeScalars {
            if isEscape(scalar) { bytes.append(UInt8(scalar.value - base)) } else { bytes += Array(String(scalar).utf8) }
        }
        return bytes
    }

    /// `path` as a C string for system calls.
    package static func cString(_ path: String) -> [CChar] {
        bytes(path).map { CChar(bitPattern: $0) } + [0]
    }

    /// `path` for people: each byte that is not UTF-8 as `\xHH`.
    package static func display(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: isEscape) else { return path }
        var shown = ""
        for scalar in path.unicodeScalars {
            if isEscape(scalar) {
                shown += "\\x" + String(format: "%02x", scalar.value - base)
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    /// The arguments of this process, each byte kept (`CommandLine.arguments` replaces bytes
    /// that are not UTF-8 by U+FFFD).
    package static func processArguments() -> [String] {
        (0..<Int(CommandLine.argc)).map { index in
            guard let pointer = CommandLine.unsafeArgv[index] else { return "" }
            return string(UnsafeBufferPointer(start: pointer, count: strlen(pointer)).map { UInt8(bitPattern: $0) })
        }
    }

    static func isEscape(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= base + 0x80 && scalar.value <= base + 0xFF }

    /// The length of the valid UTF-8 sequence at `index`, or 0.
    static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let width: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: width = 2
        case 0xE0...0xEF: width = 3
        case 0xF0...0xF4: width = 4
        default: return 0
        }
        guard index + width <= bytes.count,
              bytes[(index + 1)..<(index + width)].allSatisfy({ $0 & 0xC0 == 0x80 }) else { return 0 }
        return width
    }
}
