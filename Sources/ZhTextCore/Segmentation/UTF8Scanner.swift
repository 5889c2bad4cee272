/// Width of a UTF-8 sequence from its lead byte (1 for invalid lead bytes).
enum UTF8Width {
    @inline(__always)
    static func of(_ lead: UInt8) -> Int {
        if lead < 0xC2 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        if lead < 0xF5 { return 4 }
        return 1
    }
}

/// One decoded character: its code point (nil for an invalid byte), width in bytes and class.
struct ScannedCharacter {
    var value: UInt32
    var width: Int
    var characterClass: CharacterClass
    var isValid: Bool
}

/// UTF-8 text with the character class table at hand, so the scanning loops read the table
/// through a pointer they hold instead of a lazily initialised global.
struct TextScanner {
    let bytes: UnsafeRawBufferPointer
    let classes: UnsafePointer<UInt8>

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
        self.classes = CharacterClassTable.basicPlane
    }

    var count: Int { bytes.count }

    @inline(__always)
    subscript(_ offset: Int) -> UInt8 { bytes[offset] }

    /// Decodes the character at `offset`, treating an invalid or truncated sequence as one
    /// byte of class `.other`.
    @inline(__always)
    func character(at offset: Int) -> ScannedCharacter {
        let lead = bytes[offset]
        if lead < 0x80 {
            return ScannedCharacter(value: UInt32(lead), width: 1,
                                    characterClass: CharacterClass(rawValue: classes[Int(lead)]).unsafelyUnwrapped,
                                    isValid: true)
        }
        let width = UTF8Width.of(lead)
        guard width > 1, offset + width <= bytes.count else {
            return ScannedCharacter(value: 0xFFFD, width: 1, characterClass: .other, isValid: false)
        }
        var value = UInt32(lead) & (0xFF >> (width + 1))
        for index in 1..<width {
            let byte = bytes[offset + index]
            guard byte & 0xC0 == 0x80 else {
                return ScannedCharacter(value: 0xFFFD, width: 1, characterClass: .other, isValid: false)
            }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        // Overlong forms, surrogates and values past U+10FFFF are invalid.
        let minimum: UInt32 = width == 2 ? 0x80 : (width == 3 ? 0x800 : 0x10000)
        guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else {
            return ScannedCharacter(value: 0xFFFD, width: 1, characterClass: .other, isValid: false)
        }
        let characterClass = value < 0x10000
            ? CharacterClass(rawValue: classes[Int(value)]).unsafelyUnwrapped
            : CharacterClassTable.classify(value)
        return ScannedCharacter(value: value, width: width, characterClass: characterClass, isValid: true)
    }
}

/// Scans of UTF-8 runs of Han text without decoding them into a string.
enum UTF8Run {
    /// Whether a character of the Basic Multilingual Plane written in three bytes in the UTF-8
    /// `run` of `text` (as Han characters are) meets `test`; other characters are stepped over.
    @inline(__always)
    static func contains(_ text: UnsafeRawBufferPointer, _ run: Range<Int>, where test: (UInt32) -> Bool) -> Bool {
        var offset = run.lowerBound
        while offset < run.upperBound {
            let lead = UInt32(text[offset])
            guard lead >= 0xE0, lead < 0xF0, offset + 2 < text.count else {
                offset += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : 4
                continue
            }
            let value = (lead & 0x0F) << 12 | (UInt32(text[offset + 1]) & 0x3F) << 6 | (UInt32(text[offset + 2]) & 0x3F)
            if test(value) { return true }
            offset += 3
        }
        return false
    }
}
