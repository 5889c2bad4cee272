/// Latin words, URLs, e-mail addresses and hashtags, kept whole.
enum LatinRule {
    static func isWordCharacter(_ character: ScannedCharacter) -> Bool {
        character.characterClass == .latin || character.characterClass == .digit
    }

    /// Characters that may continue a URL: anything printable but white space, CJK
    /// punctuation and the marks that usually close a URL in running text.
    static func isURLCharacter(_ character: ScannedCharacter) -> Bool {
        guard character.isValid, character.value < 0x80 else { return false }
        return character.value > 0x20 && character.value != 0x22 && character.value != 0x3C
            && character.value != 0x3E && character.value != 0x7F
    }

    static func hasPrefix(_ text: TextScanner, at start: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard start + count <= text.count else { return false }
        let bytes = UnsafeBufferPointer(start: prefix.utf8Start, count: count)
        for index in 0..<count {
            var byte = text[start + index]
            if byte >= 0x41, byte <= 0x5A { byte += 0x20 }
            if byte != bytes[index] { return false }
        }
        return true
    }

    /// The end of a URL starting at `start`, or nil.
    static func url(_ text: TextScanner, from start: Int) -> Int? {
        let schemes: [StaticString] = ["https://", "http://", "ftp://", "www."]
        guard schemes.contains(where: { hasPrefix(text, at: start, $0) }) else { return nil }
        var offset = start
        while offset < text.count {
            let character = text.character(at: offset)
            guard isURLCharacter(character) else { break }
            offset += character.width
        }
        // Trailing sentence punctuation belongs to the sentence, not the URL.
        while offset > start, [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x27].contains(text[offset - 1]) {
            offset -= 1
        }
        return offset > start + 4 ? offset : nil
    }

    /// The end of a Latin word (letters and digits, joined by ' - _ . inside), an e-mail address
    /// or a URL, starting at `start`.
    static func match(_ text: TextScanner, from start: Int) -> Int {
        if let end = url(text, from: start) { return end }
        var offset = start
        var sawAt = false
        while offset < text.count {
            let character = text.character(at: offset)
            if isWordCharacter(character) {
                offset += character.width
                continue
            }
            let joinsWord = character.value == 0x27 || character.value == 0x2D || character.value == 0x5F
                || character.value == 0x2E || character.value == 0x2B
                || (character.value == 0x40 && !sawAt)
            guard joinsWord, offset + 1 < text.count, isWordCharacter(text.character(at: offset + 1)) else { break }
            if character.value == 0x40 { sawAt = true }
            offset += 1
        }
        return offset
    }

    /// A hashtag: `#word` (Latin, digits, Han) or Weibo's `#话题#`, or nil.
    static func hashtag(_ text: TextScanner, from start: Int) -> Int? {
        guard text[start] == 0x23 else { return nil }
        var offset = start + 1
        var characters = 0
        while offset < text.count, characters < 40 {
            let character = text.character(at: offset)
            if character.value == 0x23 {
                return characters > 0 ? offset + 1 : nil
            }
            guard isWordCharacter(character) || character.characterClass == .han
                || character.characterClass == .hanNumeral || character.value == 0x5F else { break }
            offset += character.width
            characters += 1
        }
        guard characters > 0 else { return nil }
        // `#tag` ends at the first character that is not part of it; a Han-only tag without
        // a closing # is too ambiguous in Chinese text (it swallows the sentence) unless short.
        let first = text.character(at: start + 1)
        return isWordCharacter(first) ? offset : nil
    }
}
