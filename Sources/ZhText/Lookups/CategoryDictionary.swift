/// Categories of terms to count (`count --dictionary`): each category has terms matched as
/// whole words and `prefix*` patterns matched by a word's start, and may have sub-categories,
/// whose matches also count for it (a word once, even when two sub-categories match it).
/// Read from YAML (`init(yaml:source:)`) or LIWC's `.dic` format (`init(liwc:source:)`).
public struct CategoryDictionary: Sendable, Hashable {
    /// One category: its name with its parents' (`政策工具/供给型`), its parent's index, and its
    /// own terms and patterns (prefixes without the `*`).
    public struct Category: Sendable, Hashable {
        /// The name with its parents', joined by `/`.
        public var path: String
        /// The parent's index in `categories`; nil for a top-level category.
        public var parent: Int?
        /// Words matched whole, in the file's order.
        public var terms: [String]
        /// Patterns matched by a word's start, without the `*`.
        public var prefixes: [String]
    }

    /// The categories in the file's order, each parent before its sub-categories.
    public private(set) var categories: [Category] = []
    /// For a whole word, the categories that list it.
    private var exact: [String: [Int]] = [:]
    /// For a prefix, the categories with that pattern.
    private var prefixed: [String: [Int]] = [:]
    private var longestPrefix = 0

    init() {}

    /// Adds a category under `parent` and returns its index.
    mutating func addCategory(_ name: String, parent: Int?) -> Int {
        let path = parent.map { categories[$0].path + "/" + name } ?? name
        categories.append(Category(path: path, parent: parent, terms: [], prefixes: []))
        return categories.count - 1
    }

    /// Adds an entry to a category: a word, or a pattern ending in `*`.
    mutating func addEntry(_ entry: String, to category: Int) {
        let entry = entry.trimmingWhitespace
        guard !entry.isEmpty else { return }
        if entry.hasSuffix("*"), entry.count > 1 {
            let prefix = String(entry.dropLast())
            categories[category].prefixes.append(prefix)
            if !(prefixed[prefix]?.contains(category) ?? false) { prefixed[prefix, default: []].append(category) }
            longestPrefix = max(longestPrefix, prefix.unicodeScalars.count)
        } else {
            categories[category].terms.append(entry)
            if !(exact[entry]?.contains(category) ?? false) { exact[entry, default: []].append(category) }
        }
    }

    /// How many terms and patterns the dictionary holds.
    public var entryCount: Int { categories.reduce(0) { $0 + $1.terms.count + $1.prefixes.count } }

    /// The categories a word counts for, its own and their parents', each once, in order.
    public func categories(of word: String) -> [Int] {
        var found = exact[word] ?? []
        if longestPrefix > 0 {
            var prefix = String.UnicodeScalarView()
            for scalar in word.unicodeScalars.prefix(longestPrefix) {
                prefix.append(scalar)
                if let categories = prefixed[String(prefix)] { found += categories }
            }
        }
        guard !found.isEmpty else { return [] }
        var all = Set<Int>()
        for var category in found {
            while all.insert(category).inserted, let parent = categories[category].parent { category = parent }
        }
        return all.sorted()
    }
}

/// A dictionary file that cannot be used: one line naming the file and, where known, the line.
public struct CategoryDictionaryError: Error, CustomStringConvertible, Sendable {
    /// Where the dictionary came from, as given to its initialiser (its path).
    public var source: String
    /// The line the problem is on, from 1; nil when it is the whole file.
    public var line: Int?
    /// What is wrong.
    public var message: String

    /// An error about `source`, at `line` if known.
    public init(source: String, line: Int? = nil, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    /// `SOURCE: line N: MESSAGE`, or `SOURCE: MESSAGE` without a line.
    public var description: String { line.map { "\(source): line \($0): \(message)" } ?? "\(source): \(message)" }
}
