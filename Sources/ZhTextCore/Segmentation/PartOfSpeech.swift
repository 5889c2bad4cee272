/// A part-of-speech tag, from the tag set of jieba's dictionary (ICTCLAS/PKU style), plus a
/// few tags for what rules recognise.
///
/// Words of the lexicon carry the lexicon's tag (`n`, `v`, `nr`, `ns`, `nt`, `nz`, `a`, `d`,
/// …); numbers are `m`, Latin words `eng`, punctuation `w`, symbols and anything else `x`;
/// a personal name the lexicon lacks is `nr`; other words the lexicon lacks get a guess from
/// the words of the lexicon that end in the same character. The README lists the whole set.
///
/// ```swift
/// let tag = PartOfSpeech("ns")   // a place name
/// print(tag.isNoun)              // true
/// ```
public struct PartOfSpeech: Sendable, Hashable, CustomStringConvertible {
    /// Index into `PartOfSpeech.names`.
    public let rawValue: UInt8

    /// Every tag zhtext knows, in a fixed order (a tag's raw value is its index here, and the
    /// lexicon cache stores raw values).
    public static let names: [String] = [
        "x",  // unknown, symbols, anything else
        "n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "ng",  // nouns, names, places, organisations
        "v", "vn", "vd", "vg", "vi", "vq",  // verbs
        "a", "ad", "an", "ag",  // adjectives
        "b", "z", "zg",  // distinguishing and descriptive words
        "d", "df", "dg",  // adverbs
        "m", "mq", "mg", "q",  // numerals and classifiers
        "r", "rr", "rz", "rg",  // pronouns
        "p", "c",  // prepositions, conjunctions
        "u", "uj", "ul", "uz", "uv", "ug", "ud",  // particles
        "t", "tg", "s", "f",  // time, place and direction words
        "l", "i", "j",  // fixed expressions, idioms, abbreviations
        "e", "y", "o", "h", "k", "g",  // interjections, modal particles, onomatopoeia, affixes, morphemes
        "eng", "w",  // Latin words, punctuation
    ]

    private static let indexByName: [String: UInt8] = Dictionary(
        uniqueKeysWithValues: names.enumerated().map { ($1, UInt8($0)) })

    /// The tag with index `rawValue` in `names`; `x` (unknown) when the index is out of range.
    public init(rawValue: UInt8) {
        self.rawValue = Int(rawValue) < Self.names.count ? rawValue : 0
    }

    /// The tag named `name`, or `x` when zhtext does not know it.
    public init(_ name: some StringProtocol) {
        self.rawValue = Self.indexByName[String(name)] ?? 0
    }

    /// Whether `name` is a tag zhtext knows.
    public static func isKnown(_ name: String) -> Bool { indexByName[name] != nil }

    /// The tag's name, as in jieba's dictionary.
    public var name: String { Self.names[Int(rawValue)] }
    /// The tag's name, as `name`.
    public var description: String { name }

    /// `x`: unknown, symbols, anything else.
    public static let unknown = PartOfSpeech(rawValue: 0)
    /// `n`: a noun.
    public static let noun = PartOfSpeech("n")
    /// `nr`: a person's name.
    public static let personName = PartOfSpeech("nr")
    /// `m`: a numeral or number.
    public static let numeral = PartOfSpeech("m")
    /// `eng`: a Latin word.
    public static let latin = PartOfSpeech("eng")
    /// `w`: punctuation.
    public static let punctuation = PartOfSpeech("w")

    /// Nouns, names, places, organisations and other proper nouns (n, ng, nr, nrfg, nrt, ns,
    /// nt, nz).
    public var isNoun: Bool { name.hasPrefix("n") }

    /// A person's name (nr, nrfg, nrt).
    public var isPersonName: Bool { name.hasPrefix("nr") }

    /// A word that carries grammar rather than content: prepositions, conjunctions, particles,
    /// pronouns, numerals, adverbs, modal words, interjections, onomatopoeia, prefixes and
    /// suffixes, directions, unknown words and punctuation (classifiers are not among them).
    public var isFunctionWord: Bool { Self.functionWords.contains(rawValue) }

    private static let functionWords: Set<UInt8> = Set(
        ["p", "c", "u", "uj", "ul", "uz", "uv", "ug", "ud", "r", "rr", "rz", "rg", "m", "mq", "mg",
         "d", "df", "dg", "y", "e", "o", "h", "k", "f", "x", "w"].map { PartOfSpeech($0).rawValue })
}

/// A set of tags to keep, as given on the command line: `n,nr,v`. A tag also keeps its
/// sub-tags (`n` keeps `nr`, `ns`, `nt` …; `v` keeps `vn`, `vd` …); write `n=` to keep only
/// `n` itself.
public struct PartOfSpeechFilter: Sendable, Hashable {
    private var allowed: [Bool]

    /// Parses a comma-separated list; throws on a tag zhtext does not know.
    public init(_ list: String) throws {
        allowed = Array(repeating: false, count: PartOfSpeech.names.count)
        for item in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
            let exact = item.hasSuffix("=")
            let name = exact ? String(item.dropLast()) : item
            guard PartOfSpeech.isKnown(name) else { throw UnknownTag(name: name) }
            for (index, tag) in PartOfSpeech.names.enumerated()
            where tag == name || (!exact && tag.hasPrefix(name) && tag != "eng") {
                allowed[index] = true
            }
        }
    }

    /// Whether tokens with `tag` are kept.
    public func contains(_ tag: PartOfSpeech) -> Bool { allowed[Int(tag.rawValue)] }

    /// A tag in a `--pos` list that zhtext does not know.
    public struct UnknownTag: Error, CustomStringConvertible {
        /// The tag as written in the list.
        public var name: String
        /// Names the tag and lists every tag zhtext knows.
        public var description: String {
            "unknown part-of-speech tag '\(name)' (known: \(PartOfSpeech.names.joined(separator: " ")))"
        }
    }
}

import Foundation
