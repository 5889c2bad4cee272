import ICUShim

/// Unicode character properties, as ICU reports them.
package enum ICUCharacterProperties {
    /// Columns a terminal gives the character: 2 for East Asian wide and full-width, else 1
    /// (0 for combining marks and most format characters).
    package static func displayWidth(of scalar: Unicode.Scalar) -> Int {
        let value = Int32(bitPattern: scalar.value)
        let category = zt_char_category(value)
        // U_NON_SPACING_MARK 6, U_ENCLOSING_MARK 7, U_FORMAT_CHAR 16
        if category == 6 || category == 7 || category == 16 { return 0 }
        let width = zt_east_asian_width(value)
        // U_EA_FULLWIDTH 3, U_EA_WIDE 5
        return width == 3 || width == 5 ? 2 : 1
    }
}
