import ArgumentParser
import Foundation
import ZhText
import ZhTextCore

extension NGramOptions.Unit: ExpressibleByArgument {}
extension Grouping: ExpressibleByArgument {
    public init?(argument: String) {
        guard let grouping = try? Grouping(parsing: argument) else { return nil }
        self = grouping
    }

    public var defaultValueDescription: String { description }
}

/// What counts as a term.
struct TermOptions: ParsableArguments {
    @Option(help: "Count words or characters: word, char.")
    var unit: NGramOptions.Unit = .word

    @Option(help: "N-gram size, N or MIN-MAX (e.g. 2 or 1-3).")
    var ngram: String = "1"

    @Flag(name: .customLong("numbers"), help: "Count numbers as words (by default they are left out).")
    var includeNumbers = false

    @Option(help: "Stop-word list to use instead of the built-in one (one word per line).")
    var stopwords: String?

    @Flag(name: .customLong("keep-stopwords"), help: "Keep stop words.")
    var keepStopwords = false

    @OptionGroup var partsOfSpeech: PartOfSpeechOption

    func validate() throws { _ = try sizes() }

    func sizes() throws -> ClosedRange<Int> {
        let parts = ngram.split(separator: "-").map { Int($0) }
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0 != nil && $0! >= 1 && $0! <= 10 }) else {
            throw ValidationError("--ngram takes N or MIN-MAX with sizes from 1 to 10, not '\(ngram)'")
        }
        let low = parts[0]!, high = parts.last!!
        guard low <= high else { throw ValidationError("--ngram \(ngram): the minimum is above the maximum") }
        return low...high
    }

    func options() throws -> NGramOptions {
        var stopWords = StopWords.chinese
        if keepStopwords {
            stopWords = .none
        } else if let stopwords {
            let bytes = try OptionFile.bytes(stopwords, option: "--stopwords", takes: "a stop-word list (one word per line)")
            stopWords = StopWords(text: String(decoding: bytes, as: UTF8.self))
        }
        return NGramOptions(unit: unit, sizes: try sizes(), includeNumbers: includeNumbers, stopWords: stopWords,
                            partsOfSpeech: try partsOfSpeech.filter())
    }
}

/// `--pos`: which parts of speech to keep.
struct PartOfSpeechOption: ParsableArguments {
    @Option(name: .customLong("pos"), help: ArgumentHelp(
        "Keep only words with these part-of-speech tags, comma-separated (n keeps nr, ns, nt …; n= keeps n alone).",
        valueName: "tags"))
    var list: String?

    func validate() throws { _ = try filter() }

    func filter() throws -> PartOfSpeechFilter? {
        guard let list else { return nil }
        do {
            return try PartOfSpeechFilter(list)
        } catch {
            throw ValidationError("--pos: \(error)")
        }
    }
}
