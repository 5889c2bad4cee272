import Foundation
import Yams

extension CategoryDictionary {
    /// Reads YAML: a mapping from category names to a list of terms and `prefix*` patterns, a
    /// single term, or a mapping of sub-categories (nested as deep as needed):
    ///
    /// ```yaml
    /// 政策工具:
    ///   供给型: [人才培养, 资金支持, 技术*]
    ///   需求型: [政府采购, 示范*]
    /// 口号: 高质量发展
    /// ```
    /// A file that does not parse, or whose shape is not this, is an error naming the line.
    public init(yaml text: String, source: String) throws(CategoryDictionaryError) {
        self.init()
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw Self.error(error, source: source)
        } catch {
            throw CategoryDictionaryError(source: source, message: "not YAML: \(error)")
        }
        guard let root else { throw CategoryDictionaryError(source: source, message: "the dictionary is empty") }
        guard let mapping = root.mapping else {
            throw CategoryDictionaryError(source: source, line: root.mark?.line,
                                          message: "the top level must map category names to their terms")
        }
        try add(mapping, parent: nil, source: source)
        guard entryCount > 0 else { throw CategoryDictionaryError(source: source, message: "the dictionary lists no terms") }
    }

    private mutating func add(_ mapping: Node.Mapping, parent: Int?, source: String) throws(CategoryDictionaryError) {
        for (key, value) in mapping {
            guard let name = key.scalar?.string, !name.trimmingWhitespace.isEmpty else {
                throw CategoryDictionaryError(source: source, line: key.mark?.line, message: "a category name must be text")
            }
            let category = addCategory(name.trimmingWhitespace, parent: parent)
            switch value {
            case .scalar(let scalar):
                // An empty value (`名称:` or `~`) is a category with no terms yet.
                if !["", "~", "null"].contains(scalar.string) { addEntry(scalar.string, to: category) }
            case .sequence(let sequence):
                for item in sequence {
                    guard let term = item.scalar?.string else {
                        throw CategoryDictionaryError(source: source, line: item.mark?.line,
                                                      message: "category '\(name)' lists something that is not a term")
                    }
                    addEntry(term, to: category)
                }
            case .mapping(let children):
                try add(children, parent: category, source: source)
            }
        }
    }

    static func error(_ error: YamlError, source: String) -> CategoryDictionaryError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) (\($0.text))" } ?? problem
            return CategoryDictionaryError(source: source, line: mark.line, message: "not valid YAML: \(detail)")
        case let .reader(problem, _, _, _):
            return CategoryDictionaryError(source: source, message: "not readable as YAML: \(problem)")
        default:
            return CategoryDictionaryError(source: source, message: "not valid YAML: \(error)")
        }
    }

    /// Reads LIWC's `.dic` format: between the first two lines that are `%`, one category a
    /// line (`NUMBER<TAB>NAME`); after them, one entry a line, the term or `prefix*` pattern
    /// followed by the numbers of its categories.
    public init(liwc text: String, source: String) throws(CategoryDictionaryError) {
        self.init()
        var names: [String: Int] = [:]
        var part = 0
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            let number = index + 1
            if line.isEmpty { continue }
            if line == "%" {
                part += 1
                continue
            }
            let fields = line.split(whereSeparator: { $0 == "\t" || $0 == " " }).map(String.init)
            switch part {
            case 0:
                throw CategoryDictionaryError(source: source, line: number, message: "a LIWC dictionary starts with a line `%`")
            case 1:
                guard fields.count >= 2 else {
                    throw CategoryDictionaryError(source: source, line: number, message: "a category line is `NUMBER<TAB>NAME`")
                }
                names[fields[0]] = addCategory(fields[1...].joined(separator: " "), parent: nil)
            default:
                guard fields.count >= 2 else {
                    throw CategoryDictionaryError(source: source, line: number, message: "entry '\(line)' names no category")
                }
                for id in fields.dropFirst() {
                    guard let category = names[id] else {
                        throw CategoryDictionaryError(source: source, line: number, message: "entry '\(fields[0])' names category \(id), which the header does not define")
                    }
                    addEntry(fields[0], to: category)
                }
            }
        }
        guard part >= 2 else { throw CategoryDictionaryError(source: source, message: "a LIWC dictionary has its categories between two `%` lines") }
        guard entryCount > 0 else { throw CategoryDictionaryError(source: source, message: "the dictionary lists no terms") }
    }

    /// Reads a dictionary file: LIWC's format when its name ends in `.dic`, YAML otherwise.
    public init(contentsOf path: String) throws(CategoryDictionaryError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CategoryDictionaryError(source: path, message: "cannot read the dictionary")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CategoryDictionaryError(source: path, message: "the dictionary is not UTF-8")
        }
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        if path.lowercased().hasSuffix(".dic") {
            try self.init(liwc: body, source: path)
        } else {
            try self.init(yaml: body, source: path)
        }
    }
}
