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
        // Read under the bytes of its name (a name that is not UTF-8 works too).
        let bytes = try OptionFile.bytes(
            aliases, option: "--aliases", takes: "an aliases file (one person per line, the canonical name first)")
        return QuotationFinder.aliases(fromText: String(decoding: bytes, as: UTF8.self))
    }
}
