import ICUShim

/// Unicode normalisation form C (canonical composition), as ICU does it.
package enum ICUNormalization {
    /// What NFC does to one scalar (see `flags(of:)`).
    package struct Flags: OptionSet, Sendable {
        package let rawValue: UInt8
        package init(rawValue: UInt8) { self.rawValue = rawValue }
        /// NFC never joins the scalar to what comes before it.
        package static let boundaryBefore = Flags(rawValue: UInt8(ZT_NFC_BOUNDARY_BEFORE))
        /// The scalar is unaffected by NFC whatever surrounds it.
        package static let stable = Flags(rawValue: UInt8(ZT_NFC_STABLE))
        /// The scalar alone is NFC (no decomposition changes it).
        package static let alone = Flags(rawValue: UInt8(ZT_NFC_ALONE))
    }

    /// The flags of the Basic Multilingual Plane, looked up once.
    private static let basicPlane: [UInt8] = (0..<0x1_0000).map { UInt8(truncatingIfNeeded: zt_nfc_flags(Int32($0))) }

    /// What NFC does to `scalar`.
    package static func flags(of scalar: Unicode.Scalar) -> Flags {
        let value = scalar.value
        if value < 0x300 { return [.boundaryBefore, .alone] }
        if value < 0x1_0000 { return Flags(rawValue: basicPlane[Int(value)]) }
        return Flags(rawValue: UInt8(truncatingIfNeeded: zt_nfc_flags(Int32(bitPattern: value))))
    }

    /// The NFC form of `scalars` (nil when ICU fails).
    package static func normalize(_ scalars: some Collection<Unicode.Scalar>) -> [Unicode.Scalar]? {
        var units: [UInt16] = []
        for scalar in scalars { units.append(contentsOf: scalar.utf16) }
        // NFC of a segment is never more than three times its length (Unicode's bound).
        var output = [UInt16](repeating: 0, count: units.count * 3 + 4)
        let capacity = Int32(output.count)
        let length = units.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { zt_nfc_normalize(source.baseAddress, Int32(source.count), $0.baseAddress, capacity) }
        }
        guard length >= 0 else { return nil }
        return Array(String(decoding: output[..<Int(length)], as: UTF16.self).unicodeScalars)
    }
}
