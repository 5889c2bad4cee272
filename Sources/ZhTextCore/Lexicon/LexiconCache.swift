import Foundation

/// Compiled lexicons on disk, so that start-up does not rebuild the trie.
///
/// Files live in `$ZHTEXT_CACHE_DIR`, else `$XDG_CACHE_HOME/zhtext`, else `~/.cache/zhtext`,
/// named by ICU's version and a hash of everything that went into the lexicon. A cache that
/// cannot be read or written is simply rebuilt.
enum LexiconCache {
    static let formatVersion: UInt32 = 3
    static let magic: UInt32 = 0x5A54_4C58  // "ZTLX"

    static var directory: URL? {
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

    static func url(for key: String) -> URL? {
        directory?.appendingPathComponent("lexicon-\(key)-v\(formatVersion).bin")
    }

    static func load(key: String) -> DoubleArrayTrie? {
        guard let url = url(for: key), let data = try? Data(contentsOf: url, options: .alwaysMapped) else {
            return nil
        }
        return data.withUnsafeBytes { raw -> DoubleArrayTrie? in
            guard raw.count >= 16 else { return nil }
            let header = raw.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
            let version = raw.loadUnaligned(fromByteOffset: 4, as: UInt32.self)
            let count = Int(raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self))
            let codeCount = 0x10000
            let used = Int(raw.loadUnaligned(fromByteOffset: 12, as: UInt32.self))
            let statistics = (used + 1) * 8
            guard header == magic, version == formatVersion,
                  raw.count == 16 + count * 12 + codeCount * 2 + statistics else {
                return nil
            }
            func array<T>(_ index: Int, _: T.Type) -> [T] {
                let start = 16 + index * count * 4
                return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                    UnsafeMutableRawBufferPointer(buffer).copyMemory(
                        from: UnsafeRawBufferPointer(rebasing: raw[start..<(start + count * 4)]))
                    initialized = count
                }
            }
            let table = [UInt16](unsafeUninitializedCapacity: codeCount) { buffer, initialized in
                let start = 16 + count * 12
                UnsafeMutableRawBufferPointer(buffer).copyMemory(
                    from: UnsafeRawBufferPointer(rebasing: raw[start..<(start + codeCount * 2)]))
                initialized = codeCount
            }
            func floats(at start: Int) -> [Float] {
                [Float](unsafeUninitializedCapacity: used + 1) { buffer, initialized in
                    UnsafeMutableRawBufferPointer(buffer).copyMemory(
                        from: UnsafeRawBufferPointer(rebasing: raw[start..<(start + (used + 1) * 4)]))
                    initialized = used + 1
                }
            }
            let statisticsStart = 16 + count * 12 + codeCount * 2
            let codes = CharacterCodes(
                table: table, count: used, singleCost: floats(at: statisticsStart),
                standalone: floats(at: statisticsStart + (used + 1) * 4))
            return DoubleArrayTrie(
                base: array(0, Int32.self), check: array(1, Int32.self), cost: array(2, Float.self), codes: codes)
        }
    }

    static func store(_ trie: DoubleArrayTrie, key: String) {
        guard let url = url(for: key) else { return }
        var data = Data()
        let count = trie.base.count
        withUnsafeBytes(of: magic) { data.append(contentsOf: $0) }
        withUnsafeBytes(of: formatVersion) { data.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt32(count)) { data.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt32(trie.codes.count)) { data.append(contentsOf: $0) }
        trie.base.withUnsafeBytes { data.append(contentsOf: $0) }
        trie.check.withUnsafeBytes { data.append(contentsOf: $0) }
        trie.cost.withUnsafeBytes { data.append(contentsOf: $0) }
        trie.codes.table.withUnsafeBytes { data.append(contentsOf: $0) }
        trie.codes.singleCost.withUnsafeBytes { data.append(contentsOf: $0) }
        trie.codes.standalone.withUnsafeBytes { data.append(contentsOf: $0) }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let temporary = url.appendingPathExtension("tmp-\(ProcessInfo.processInfo.processIdentifier)")
            try data.write(to: temporary)
            _ = try? FileManager.default.removeItem(at: url)
            try FileManager.default.moveItem(at: temporary, to: url)
        } catch {
            // A read-only home or a full disk: the lexicon still works, only uncached.
        }
    }
}
