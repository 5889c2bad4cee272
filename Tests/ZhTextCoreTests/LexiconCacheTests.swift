import Foundation
import Testing
@testable import ZhTextCore

/// The compiled-lexicon cache on disk: safe temporary files, failures said once and clearly.
@Suite struct LexiconCacheTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A compiled lexicon of two words: enough to write and read back.
    static let entry: LexiconCache.Entry = {
        let trie = DoubleArrayTrie(words: ["北京", "今天"], costs: [20, 21], tags: [0, 0], nameTags: [0, 0])
        return LexiconCache.Entry(storage: _TrieStorage(trie),
                                  sources: [Lexicon.Source(kind: "user", location: "test.dict", entries: 2, added: 2)])
    }()

    func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func aStoredLexiconReadsBackAndLeavesNoTemporaryFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(LexiconCache.store(Self.entry, key: "test", in: folder) == nil)
        #expect(try names(in: folder) == ["lexicon-test-v\(LexiconCache.formatVersion).bin"])
        guard case .entry = LexiconCache.load(key: "test", in: folder) else {
            Issue.record("the stored lexicon did not load")
            return
        }
    }

    @Test func aLinkPlantedUnderTheOldPredictableNameIsNotFollowed() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let victim = folder.appendingPathComponent("victim.txt")
        try Data("keep me".utf8).write(to: victim)
        let target = LexiconCache.url(for: "test", in: folder)!
        let planted = target.path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        try FileManager.default.createSymbolicLink(atPath: planted, withDestinationPath: victim.path)
        #expect(LexiconCache.store(Self.entry, key: "test", in: folder) == nil)
        #expect(try Data(contentsOf: victim) == Data("keep me".utf8))
        var info = stat()
        #expect(lstat(target.path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG)
    }

    @Test func aFolderInTheFilesPlaceIsSaidClearlyAndNotCalledDamaged() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = LexiconCache.url(for: "test", in: folder)!
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        guard case .missing = LexiconCache.load(key: "test", in: folder) else {
            Issue.record("a folder was taken for a (damaged) compiled lexicon")
            return
        }
        let warning = try #require(LexiconCache.store(Self.entry, key: "test", in: folder))
        #expect(warning.contains("is a folder, not a file"))
        #expect(try names(in: folder) == [target.lastPathComponent])
    }

    @Test func aCacheFolderThatCannotBeMadeIsSaidAndOldTemporariesStillGo() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The cache "folder" is a file: nothing can be written under it.
        let blocked = folder.appendingPathComponent("not-a-folder")
        try Data().write(to: blocked)
        let warning = try #require(LexiconCache.store(Self.entry, key: "test", in: blocked))
        #expect(warning.contains("cannot cache the compiled lexicon in \(blocked.path)"))
        #expect(warning.contains("ZHTEXT_CACHE_DIR"))
    }

    @Test func aFailedWriteRemovesItsTemporaryAndPrunesOldOnes() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = folder.appendingPathComponent("lexicon-old-v1.bin.tmp-123")
        try Data(count: 10).write(to: old)
        let twoHoursAgo = Date().addingTimeInterval(-7200)
        try FileManager.default.setAttributes([.modificationDate: twoHoursAgo], ofItemAtPath: old.path)
        let young = folder.appendingPathComponent("lexicon-young-v1.bin.tmp-456")
        try Data(count: 10).write(to: young)
        // A key whose file name is too long for the system: the write fails.
        let key = String(repeating: "k", count: 300)
        #expect(LexiconCache.store(Self.entry, key: key, in: folder) != nil)
        #expect(try names(in: folder) == [young.lastPathComponent])
    }

    /// A --dict word without frequency costs look-ups in proportion to its length, not to its
    /// length squared (each of them a string as long as the word: the cube).
    @Test func theCostOfAWordWithoutFrequencyTakesLinearLookUps() {
        var lookUps = 0
        let word = String(repeating: "北京天安门", count: 400)  // 2,000 characters
        let cost = CostScale.costToKeepWhole(word, longestPiece: 8) { piece in
            lookUps += 1
            return ["北京", "天安门"].contains(piece) ? 30 : nil
        }
        #expect(lookUps <= 2_000 * 8)
        #expect(cost.isFinite)
        // The same cost as looking up every piece, for words no longer than the longest known.
        let short = "北京天安门北京"
        let limited = CostScale.costToKeepWhole(short, longestPiece: 3) { ["北京", "天安门"].contains($0) ? 30 : nil }
        let unlimited = CostScale.costToKeepWhole(short, longestPiece: 100) { ["北京", "天安门"].contains($0) ? 30 : nil }
        #expect(limited == unlimited)
    }
}
