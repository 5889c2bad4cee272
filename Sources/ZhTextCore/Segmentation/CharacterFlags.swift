/// Flags of BMP characters for the hot loops of the lattice, two bytes per code point, so that
/// membership tests are a table load instead of a hash lookup.
struct CharacterFlags {
    static let surname: UInt16 = 1 << 0
    static let ambiguousSurname: UInt16 = 1 << 1
    static let notInGivenNames: UInt16 = 1 << 2
    static let suffix: UInt16 = 1 << 3
    static let timeUnit: UInt16 = 1 << 4
    static let droppedUnit: UInt16 = 1 << 5
    static let approximation: UInt16 = 1 << 6
    static let magnitude: UInt16 = 1 << 7
    /// The first character of a compound surname, the last of a title, the first of a word
    /// that follows names (see `ChineseNames`).
    static let compoundSurnameStart: UInt16 = 1 << 8
    static let titleEnd: UInt16 = 1 << 9
    static let followerStart: UInt16 = 1 << 10
    /// The last character of a word that ends an organisation's name (see `OrganizationNames`).
    static let organizationEnd: UInt16 = 1 << 11
    /// Stored in a second table: Han numerals (the class table's `.hanNumeral`).
    static let numeral: UInt16 = 0

    /// The flags of every BMP code point, built once.
    nonisolated(unsafe) static let table: UnsafePointer<UInt16> = {
        let table = UnsafeMutablePointer<UInt16>.allocate(capacity: 0x10000)
        table.initialize(repeating: 0, count: 0x10000)
        func mark(_ values: Set<UInt32>, _ flag: UInt16) {
            for value in values where value < 0x10000 { table[Int(value)] |= flag }
        }
        mark(ChineseNames.surnames, surname)
        mark(ChineseNames.ambiguousSurnames, ambiguousSurname)
        mark(ChineseNames.notInGivenNames, notInGivenNames)
        mark(ChineseNames.suffixes, suffix)
        mark(NumeralRule.timeUnits, timeUnit)
        mark(NumeralRule.droppedUnits, droppedUnit)
        mark(NumeralRule.approximations, approximation)
        mark(NumeralRule.magnitudes, magnitude)
        mark(Set(ChineseNames.compoundSurnames.map { $0[0] }), compoundSurnameStart)
        mark(Set(ChineseNames.titles.compactMap(\.last)), titleEnd)
        mark(Set(ChineseNames.followers.compactMap(\.first)), followerStart)
        mark(Set(OrganizationNames.suffixes.compactMap(\.last)), organizationEnd)
        return UnsafePointer(table)
    }()

    let table: UnsafePointer<UInt16>
    let classes: UnsafePointer<UInt8>

    init() {
        table = Self.table
        classes = CharacterClassTable.basicPlane
    }

    /// Whether the character has `flag` (`numeral`: whether it is a Han numeral).
    @inline(__always)
    func has(_ value: UInt32, _ flag: UInt16) -> Bool {
        guard value < 0x10000 else { return false }
        if flag == Self.numeral { return classes[Int(value)] == CharacterClass.hanNumeral.rawValue }
        return table[Int(value)] & flag != 0
    }
}
