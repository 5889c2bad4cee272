import ICUShim

/// Swift wrappers over the ICU shim. This folder is the only Swift code that calls ICU.
package enum ICU {
    /// ICU's version, e.g. "72.1".
    package static let version: String = {
        var buffer = [CChar](repeating: 0, count: 32)
        zt_icu_version(&buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }()

    /// A failure reported by ICU.
    package struct Failure: Error, CustomStringConvertible {
        package let operation: String
        package let code: Int32
        package var description: String {
            "\(operation) failed: \(String(cString: zt_error_name(code)))"
        }
    }
}
