/// Numbers written with digits, kept whole with what belongs to them: 3.5%, 1,000, 10:30,
/// 2023-05-01, 12月31日, 35万, 30多.
///
/// Digits (ASCII, full-width or any script's) may be joined by one of `. , : / -` (and their
/// full-width forms) when a digit follows; a percent or per-mille sign closes the number; a
/// unit of time continues it when more digits follow (12月31日) or ends it (2023年).
enum DigitRule {
    static let joiners: Set<UInt32> = Set(".,:/-．，：／－".unicodeScalars.map(\.value))
    static let percent: Set<UInt32> = Set("%％‰".unicodeScalars.map(\.value))
    static let units: Set<UInt32> = Set("年月日号时点分秒".unicodeScalars.map(\.value))
    static let magnitudes: Set<UInt32> = Set("万亿多余".unicodeScalars.map(\.value))

    /// The end of the number starting at `start` (a digit).
    static func match(_ text: TextScanner, from start: Int) -> Int {
        var offset = digits(text, from: start)
        while offset < text.count {
            let next = text.character(at: offset)
            if joiners.contains(next.value), offset + next.width < text.count,
               text.character(at: offset + next.width).characterClass == .digit {
                offset = digits(text, from: offset + next.width)
                continue
            }
            if percent.contains(next.value) { return offset + next.width }
            if magnitudes.contains(next.value) {
                offset += next.width
                if offset < text.count, percent.contains(text.character(at: offset).value) { continue }
                return offset
            }
            if units.contains(next.value) {
                offset += next.width
                if offset < text.count, text.character(at: offset).characterClass == .digit {
                    offset = digits(text, from: offset)
                    continue
                }
                return offset
            }
            return offset
        }
        return offset
    }

    private static func digits(_ text: TextScanner, from start: Int) -> Int {
        var offset = start
        while offset < text.count {
            let character = text.character(at: offset)
            guard character.characterClass == .digit else { break }
            offset += character.width
        }
        return offset
    }
}
