import ArgumentParser

extension RunInputs {
    /// Refuses field names (of `--fields`, `--by` …) that no document had, listing the fields
    /// present (call once the inputs are read).
    static func checkFields(names: [String], option: String = "--fields") throws {
        let present = Set(census.names)
        for field in names where !present.contains(field) {
            let list = census.names.isEmpty ? "the documents have no fields" : "the fields are \(census.names.joined(separator: ", "))"
            throw ValidationError("\(option) names the field '\(field)', which no document has; \(list)")
        }
    }
}
