import Foundation

/// Compiled lexicons on disk, so that start-up does not rebuild the trie.
///
/// Files live in `$ZHTEXT_CACHE_DIR`, else `$XDG_CACHE_HOME/zhtext`, else `~/.cache/zhtext`,
/// named by ICU's version and a hash of everything that went into the lexicon. A file is a
/// 32-byte header (magic, format version, length of the sources' description, the storage's
/// length and a checksum of the description and storage), the description, and the
/// `_TrieStorage` bytes, which are read into memory as they are. A file whose length or
/// checksum does not match (a damaged disk, an interrupted copy, a hand edit) is never used:
/// it is rebuilt, with a warning. The folder keeps at most `filesKept` compiled lexicons, none
/// unused for more than `maximumAge`, `maximumBytes` in all; leftover temporary files of
/// killed runs go after an hour.
enum LexiconCache {
    static let formatVersion: UInt32 = 11
    static let magic: UInt32 = 0x5A54_4C58  // "ZTLX"
    static let headerSize = 32
    /// How many compiled lexicons to keep (each is about 25 MB).
    static let filesKept = 4
    /// Compiled lexicons not used for this long are removed (30 days).
    static let maximumAge: TimeInterval = 30 * 24 * 3600
    /// The most bytes of compiled lexicons kept; the one just written is always kept.
    static let maximumBytes = 256 << 20

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

    /// What loading a compiled lexicon found.
    enum Loaded {
        case entry(Entry)
        /// No file for the key (or one of an older format): build the lexicon.
        case missing
        /// A file whose length or checksum does not match: build the lexicon, and say so.
        case damaged(String)
    }

    static func load(key: String, in directory: URL? = nil) -> Loaded {
        guard let url = url(for: key, in: directory) else { return .missing }
        // Only a regular file is a compiled lexicon (a folder in its place is reported by `store`).
        var info = stat()
        guard stat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
              let handle = FileHandle(forReadingAtPath: url.path) else { return .missing }
        defer { try? handle.close() }
        let damaged = Loaded.damaged("the compiled lexicon \(url.path) is damaged (its length or checksum does not match); rebuilt it")
        guard let head = try? handle.read(upToCount: headerSize), head.count == headerSize else { return damaged }
        let fields = head.withUnsafeBytes { raw in (0..<4).map { raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self) } }
        let (storageLength, checksum) = head.withUnsafeBytes { raw in
            (raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self), raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
        }
        guard fields[0] == magic, fields[1] == formatVersion else { return .missing }
        let offset = headerSize + _TrieStorage.aligned(Int(fields[2]))
        guard fields[2] < 1 << 20, storageLength < 1 << 40,
              let size = try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int,
              size == offset + Int(storageLength),
              let sourceBytes = try? handle.read(upToCount: Int(fields[2])), sourceBytes.count == Int(fields[2])
        else { return damaged }
        let seed = sourceBytes.withUnsafeBytes { Self.checksum($0, seed: 0) }
        guard let storage = _TrieStorage.reading(file: url.path, at: offset, verify: { Self.checksum($0, seed: seed) == checksum })
        else { return damaged }
        // Mark it used, for the pruning of entries unused for long.
        _ = utimes(url.path, nil)
        return .entry(Entry(storage: storage, sources: Lexicon.Source.decode(String(decoding: sourceBytes, as: UTF8.self))))
    }

    /// A 64-bit checksum of `bytes`, eight bytes at a time (a multiply-and-rotate mix; any
    /// changed byte changes it, and 25 MB take a few milliseconds).
    static func checksum(_ bytes: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ seed ^ UInt64(bytes.count)
        let words = bytes.count / 8
        for index in 0..<words {
            let word = bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)
            hash = ((hash ^ word) &* 0xFF51_AFD7_ED55_8CCD)
            hash = (hash << 31) | (hash >> 33)
        }
        for index in (words * 8)..<bytes.count {
            hash = (hash ^ UInt64(bytes[index])) &* 0xC4CE_B9FE_1A85_EC53
        }
        return hash ^ (hash >> 29)
    }

    /// Writes `entry` for `key`; returns a warning for the user when it cannot (the lexicon
    /// still works, only uncached: it is rebuilt on the next run).
    ///
    /// The file is written to a temporary file that `mkstemp` creates in the cache folder
    /// (a fresh name, `O_EXCL`: a link planted in a shared folder is never followed), then
    /// renamed into place. A failed write removes its temporary file; temporary files that
    /// killed runs left behind are removed after an hour whether or not this write succeeds.
    @discardableResult
    static func store(_ entry: Entry, key: String, in directory: URL? = nil) -> String? {
        guard let url = url(for: key, in: directory) else { return nil }
        let folder = url.deletingLastPathComponent()
        let sources = Array(Lexicon.Source.encode(entry.sources).utf8)
        let storageBytes = entry.storage.bytes
        let seed = sources.withUnsafeBytes { Self.checksum($0, seed: 0) }
        var data = Data()
        for field in [magic, formatVersion, UInt32(sources.count), 0] {
            withUnsafeBytes(of: field) { data.append(contentsOf: $0) }
        }
        for field in [UInt64(storageBytes.count), Self.checksum(storageBytes, seed: seed)] {
            withUnsafeBytes(of: field) { data.append(contentsOf: $0) }
        }
        data.append(contentsOf: sources)
        data.append(contentsOf: repeatElement(0, count: _TrieStorage.aligned(sources.count) - sources.count))
        data.append(contentsOf: storageBytes)
        func uncached(_ reason: String) -> String {
            pruneTemporaries(folder)
            return "cannot cache the compiled lexicon in \(folder.path) (\(reason)): it is rebuilt on every run "
                + "(a few seconds); set ZHTEXT_CACHE_DIR to a folder you can write"
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder)
            return uncached(exists && !isFolder.boolValue ? "it is a file, not a folder" : Self.reason(of: error))
        }
        var info = stat()
        if lstat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            return "cannot cache the compiled lexicon: \(url.path) is a folder, not a file; remove it "
                + "(the lexicon is rebuilt on every run until then)"
        }
        var template = Array((url.path + ".tmp-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return uncached(describe(errno)) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        _ = fchmod(descriptor, 0o644)
        var failure: Int32 = 0
        data.withUnsafeBytes { bytes in
            var done = 0
            while done < bytes.count {
                let written = write(descriptor, bytes.baseAddress! + done, bytes.count - done)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                done += written
            }
        }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        // Rename over the old file: a process that mapped it keeps its copy.
        if failure == 0, rename(temporary, url.path) != 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            return uncached(describe(failure))
        }
        prune(folder, keeping: url)
        return nil
    }

    static func describe(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    static func reason(of error: Error) -> String {
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return describe(Int32(underlying.code))
        }
        let code = (error as NSError).code
        if code == NSFileWriteNoPermissionError { return "permission denied" }
        if code == NSFileWriteVolumeReadOnlyError { return "read-only file system" }
        if code == NSFileWriteOutOfSpaceError { return "no space left on device" }
        return error.localizedDescription
    }

    /// Removes the temporary files that runs killed while writing left in `folder`, once
    /// they are an hour old (a younger one may be another run's, still being written).
    static func pruneTemporaries(_ folder: URL, now: Date = Date()) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix("lexicon-") && (name as NSString).pathExtension.hasPrefix("tmp-") {
            let path = folder.appendingPathComponent(name).path
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG || info.st_mode & S_IFMT == S_IFLNK else { continue }
            if now.timeIntervalSince1970 - Double(info.st_mtim.tv_sec) > 3600 { unlink(path) }
        }
    }

    /// Keeps `current` and, newest first (by last use), as many other compiled lexicons (older
    /// formats included) as fit in `filesKept` files and `maximumBytes`, none unused for more
    /// than `maximumAge`; removes temporary files left by killed runs after an hour.
    static func prune(_ folder: URL, keeping current: URL, now: Date = Date()) {
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey]
        guard let files = try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: keys) else {
            return
        }
        func info(_ file: URL) -> (date: Date, size: Int) {
            let values = try? file.resourceValues(forKeys: Set(keys))
            return (values?.contentModificationDate ?? .distantPast, values?.fileSize ?? 0)
        }
        pruneTemporaries(folder, now: now)
        let lexicons = files.filter { $0.lastPathComponent.hasPrefix("lexicon-") && $0.pathExtension == "bin" && !$0.hasDirectoryPath }
            .map { ($0, info($0)) }
            .sorted { $0.1.date > $1.1.date }
        var kept = 1
        var bytes = lexicons.first { $0.0.lastPathComponent == current.lastPathComponent }?.1.size ?? 0
        for (file, (date, size)) in lexicons where file.lastPathComponent != current.lastPathComponent {
            if kept < filesKept, bytes + size <= maximumBytes, now.timeIntervalSince(date) <= maximumAge {
                kept += 1
                bytes += size
            } else {
                try? FileManager.default.removeItem(at: file)
            }
        }
    }
}
