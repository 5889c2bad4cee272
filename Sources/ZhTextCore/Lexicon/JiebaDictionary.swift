import Foundation

/// Finds jieba's dictionary (`dict.txt`: `word frequency tag` per line) on this machine.
///
/// Looked for in order: `$ZHTEXT_LEXICON` (a path; `none` turns it off), Debian's and Ubuntu's
/// `python3-jieba` (`/usr/lib/python3/dist-packages/jieba/dict.txt`), then a jieba installed
/// with pip into the system's, `/usr/local`'s, the user's or pyenv's Python. zhtext never ships
/// the file: `apt-get install python3-jieba` or `pip install jieba` provides it.
public enum JiebaDictionary {
    /// The one-line message for a machine without jieba's dictionary.
    public static let missingMessage = "jieba's dictionary (dict.txt) not found; segmenting with ICU's "
        + "dictionary alone. Install it with `apt-get install python3-jieba` (or `pip install jieba`), "
        + "or point ZHTEXT_LEXICON at a dict.txt"

    /// The path of jieba's `dict.txt`, or nil when there is none (or `ZHTEXT_LEXICON=none`).
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit = environment["ZHTEXT_LEXICON"], !explicit.isEmpty {
            return explicit == "none" ? nil : explicit
        }
        var patterns = [
            "/usr/lib/python3/dist-packages/jieba/dict.txt",
            "/usr/local/lib/python3*/dist-packages/jieba/dict.txt",
            "/usr/local/lib/python3*/site-packages/jieba/dict.txt",
            "/usr/lib/python3*/site-packages/jieba/dict.txt",
        ]
        if let home = environment["HOME"], !home.isEmpty {
            patterns.append("\(home)/.local/lib/python3*/site-packages/jieba/dict.txt")
            patterns.append("\(environment["PYENV_ROOT"] ?? home + "/.pyenv")/versions/*/lib/python3*/site-packages/jieba/dict.txt")
        }
        for pattern in patterns {
            if let path = paths(matching: pattern).first { return path }
        }
        return nil
    }

    /// Where jieba keeps its IDF table for keyword extraction (`analyse/idf.txt`) next to the
    /// dictionary at `path`.
    public static func idfPath(forDictionary path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("analyse/idf.txt").path
    }

    /// Opens a dictionary in jieba's format. The compiled lexicon is keyed by the file's path,
    /// size and modification time, so the file is only read when the cache lacks it.
    public static func open(_ path: String) throws -> UserLexicon {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: "not a regular file"])
        }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return UserLexicon(name: path, lazilyReading: path, identity: "\(path)|\(size)|\(modified)")
    }

    /// The readable files that match a shell pattern, in reverse order of their names.
    private static func paths(matching pattern: String) -> [String] {
        guard pattern.contains("*") else { return FileManager.default.isReadableFile(atPath: pattern) ? [pattern] : [] }
        var result = glob_t()
        defer { globfree(&result) }
        guard glob(pattern, 0, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { index in
            result.gl_pathv[index].map { String(cString: $0) }
        }.filter { FileManager.default.isReadableFile(atPath: $0) }.sorted().reversed()
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
