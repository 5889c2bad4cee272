import Foundation

/// Compiled lexicons on disk, so that start-up does not rebuild the trie.
///
/// Files live in `$ZHTEXT_CACHE_DIR`, else `$XDG_CACHE_HOME/zhtext`, else `~/.cache/zhtext`,
/// named by ICU's version and a hash of everything that went into the lexicon. A file is a
/// header (magic, format version) and a fixed sequence of sections, each its byte count and
/// its bytes; a cache that cannot be read, or whose sections do not fit together, is simply
/// rebuilt.
enum LexiconCache {
    static let formatVersion: UInt32 = 4
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

    /// A compiled lexicon and the description of its sources.
    struct Entry {
        var trie: DoubleArrayTrie
        var sources: [Lexicon.Source]
    }

    static func load(key: String) -> Entry? {
        guard let url = url(for: key), let data = try? Data(contentsOf: url, options: .alwaysMapped) else {
            return nil
        }
        return data.withUnsafeBytes { raw -> Entry? in
            var reader = SectionReader(raw: raw)
            guard reader.read(UInt32.self) == magic, reader.read(UInt32.self) == formatVersion,
                  let base: [Int32] = reader.section(), let check: [Int32] = reader.section(),
                  let cost: [Float] = reader.section(), let tag: [UInt8] = reader.section(),
                  let table: [UInt16] = reader.section(), let singleCost: [Float] = reader.section(),
                  let standalone: [Float] = reader.section(), let finalTag: [UInt8] = reader.section(),
                  let surname: [Float] = reader.section(), let firstGiven: [Float] = reader.section(),
                  let secondGiven: [Float] = reader.section(), let onlyGiven: [Float] = reader.section(),
                  let compound: [Float] = reader.section(), let recovers: [UInt8] = reader.section(),
                  let sourceText: [UInt8] = reader.section(),
                  reader.isAtEnd
            else { return nil }
            let codeCount = singleCost.count - 1
            // The arrays must fit together, or the segmenter would read out of bounds.
            guard base.count == check.count, base.count == cost.count, base.count == tag.count,
                  table.count == 0x10000, codeCount >= 0, base.count > codeCount,
                  [standalone.count, finalTag.count, surname.count, firstGiven.count, secondGiven.count,
                   onlyGiven.count].allSatisfy({ $0 == codeCount + 1 }), compound.count == 1, recovers.count == 1,
                  table.allSatisfy({ Int($0) <= codeCount }),
                  check.allSatisfy({ $0 < Int32(check.count) }),
                  base.allSatisfy({ Int($0) + codeCount < base.count })
            else { return nil }
            let codes = CharacterCodes(
                table: table, count: codeCount, singleCost: singleCost, standalone: standalone, finalTag: finalTag)
            let names = NameModel(
                surname: surname, firstGiven: firstGiven, secondGiven: secondGiven, onlyGiven: onlyGiven,
                compoundSurname: compound[0])
            let trie = DoubleArrayTrie(
                base: base, check: check, cost: cost, tag: tag, codes: codes, names: names, recoversWords: recovers[0] != 0)
            return Entry(trie: trie, sources: Lexicon.Source.decode(String(decoding: sourceText, as: UTF8.self)))
        }
    }

    static func store(_ entry: Entry, key: String) {
        guard let url = url(for: key) else { return }
        let trie = entry.trie
        var data = Data()
        withUnsafeBytes(of: magic) { data.append(contentsOf: $0) }
        withUnsafeBytes(of: formatVersion) { data.append(contentsOf: $0) }
        func section<T>(_ array: [T]) {
            array.withUnsafeBytes { bytes in
                withUnsafeBytes(of: UInt32(bytes.count)) { data.append(contentsOf: $0) }
                data.append(contentsOf: bytes)
                // Keep every section 4-byte aligned.
                data.append(contentsOf: repeatElement(0, count: (4 - bytes.count % 4) % 4))
            }
        }
        section(trie.base)
        section(trie.check)
        section(trie.cost)
        section(trie.tag)
        section(trie.codes.table)
        section(trie.codes.singleCost)
        section(trie.codes.standalone)
        section(trie.codes.finalTag)
        section(trie.names.surname)
        section(trie.names.firstGiven)
        section(trie.names.secondGiven)
        section(trie.names.onlyGiven)
        section([trie.names.compoundSurname])
        section([UInt8(trie.recoversWords ? 1 : 0)])
        section(Array(Lexicon.Source.encode(entry.sources).utf8))
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

    /// Reads the sections of a cache file in order.
    private struct SectionReader {
        let raw: UnsafeRawBufferPointer
        var offset = 0

        var isAtEnd: Bool { offset == raw.count }

        mutating func read<T>(_: T.Type) -> T? {
            guard offset + MemoryLayout<T>.size <= raw.count else { return nil }
            defer { offset += MemoryLayout<T>.size }
            return raw.loadUnaligned(fromByteOffset: offset, as: T.self)
        }

        mutating func section<T>() -> [T]? {
            guard let byteCount = read(UInt32.self).map(Int.init), byteCount % MemoryLayout<T>.stride == 0,
                  offset + byteCount <= raw.count else { return nil }
            let count = byteCount / MemoryLayout<T>.stride
            let start = offset
            offset += byteCount + (4 - byteCount % 4) % 4
            guard offset <= raw.count else { return nil }
            return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(
                    from: UnsafeRawBufferPointer(rebasing: raw[start..<(start + byteCount)]))
                initialized = count
            }
        }
    }
}
