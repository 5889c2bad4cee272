import Foundation

/// Compiled lexicons on disk, so that start-up does not rebuild the trie.
///
/// Files live in `$ZHTEXT_CACHE_DIR`, else `$XDG_CACHE_HOME/zhtext`, else `~/.cache/zhtext`,
/// named by ICU's version and a hash of everything that went into the lexicon. A file is a
/// 16-byte header (magic, format version, length of the sources' description), the
/// description, and the `_TrieStorage` bytes, which are read into memory as they are. A
/// cache that cannot be read, or that does not fit together, is simply rebuilt. Only the
/// newest few files are kept.
enum LexiconCache {
    static let formatVersion: UInt32 = 10
    static let magic: UInt32 = 0x5A54_4C58  // "ZTLX"
    /// How many compiled lexicons to keep (each is about 25 MB).
    static let filesKept = 4

    /// The default folder of compiled lexicons.
    static var defaultDirectory: URL? {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["ZHTEXT_CACHE_DIR"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit)
        }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("zhtext")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home).appendingPathComponent(".cache/zhtext")
        }
        return nil
    }

    static func url(for key: String, in directory: URL?) -> URL? {
        (directory ?? defaultDirectory)?.appendingPathComponent("lexicon-\(key)-v\(formatVersion).bin")
    }

    /// A compiled lexicon and the description of its sources.
    struct Entry {
        var storage: _TrieStorage
        var sources: [Lexicon.Source]
    }

    static func load(key: String, in directory: URL? = nil) -> Entry? {
        guard let url = url(for: key, in: directory), let handle = FileHandle(forReadingAtPath: url.path) else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 16), head.count == 16 else { return nil }
        let fields = head.withUnsafeBytes { raw in (0..<4).map { raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self) } }
        guard fields[0] == magic, fields[1] == formatVersion, fields[2] < 1 << 20,
              let sourceBytes = try? handle.read(upToCount: Int(fields[2])), sourceBytes.count == Int(fields[2]),
              let storage = _TrieStorage.reading(file: url.path, at: 16 + _TrieStorage.aligned(Int(fields[2])))
        else { return nil }
        return Entry(storage: storage, sources: Lexicon.Source.decode(String(decoding: sourceBytes, as: UTF8.self)))
    }

    static func store(_ entry: Entry, key: String, in directory: URL? = nil) {
        guard let url = url(for: key, in: directory) else { return }
        let sources = Array(Lexicon.Source.encode(entry.sources).utf8)
        var data = Data()
        for field in [magic, formatVersion, UInt32(sources.count), 0] {
            withUnsafeBytes(of: field) { data.append(contentsOf: $0) }
        }
        data.append(contentsOf: sources)
        data.append(contentsOf: repeatElement(0, count: _TrieStorage.aligned(sources.count) - sources.count))
        data.append(contentsOf: entry.storage.bytes)
        do {
            let folder = url.deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let temporary = url.appendingPathExtension("tmp-\(ProcessInfo.processInfo.processIdentifier)")
            try data.write(to: temporary)
            // Rename over the old file: a process that mapped it keeps its copy.
            guard rename(temporary.path, url.path) == 0 else {
                try? FileManager.default.removeItem(at: temporary)
                return
            }
            prune(folder, keeping: url)
        } catch {
            // A read-only home or a full disk: the lexicon still works, only uncached.
        }
    }

    /// Removes all but the newest `filesKept` compiled lexicons (older formats included).
    static func prune(_ folder: URL, keeping current: URL) {
        let keys: [URLResourceKey] = [.contentModificationDateKey]
        guard let files = try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: keys) else {
            return
        }
        let lexicons = files.filter { $0.lastPathComponent.hasPrefix("lexicon-") && $0.pathExtension == "bin" }
            .map { ($0, (try? $0.resourceValues(forKeys: Set(keys)).contentModificationDate) ?? .distantPast) }
            .sorted { $0.1 > $1.1 }
        for (file, _) in lexicons.dropFirst(filesKept) where file.lastPathComponent != current.lastPathComponent {
            try? FileManager.default.removeItem(at: file)
        }
    }
}
