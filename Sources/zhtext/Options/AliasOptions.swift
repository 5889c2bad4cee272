import ArgumentParser
import Foundation
import ZhText

/// `--aliases FILE`: one person per line, the canonical name first, then its aliases.
struct AliasOptions: ParsableArguments {
    @Option(help: "Aliases file: one person per line, the canonical name first, then its aliases.")
    var aliases: String?

    /// The aliases, each mapped to its canonical name; empty without `--aliases`.
    func map() throws -> [String: String] {
        guard let aliases else { return [:] }
        guard let data = FileManager.default.contents(atPath: aliases) else {
            throw ValidationError("cannot read aliases file \(aliases)")
        }
        return QuotationFinder.aliases(fromText: String(decoding: data, as: UTF8.self))
    }
}
