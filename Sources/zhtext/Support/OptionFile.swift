import ArgumentParser
import Foundation
import ZhText

/// Files named by options (`--dict`, `--stopwords`, `--aliases`), read under the bytes of
/// their names: a name that is not UTF-8 (`words\xff.txt`) is opened as it is, not as a
/// look-alike with U+FFFD, and shown with `\xHH` in messages (`PathBytes`).
enum OptionFile {
    /// The bytes of the regular file `path` given to `option`. A missing file, a folder, a
    /// FIFO or device (which would block or never end) and a file that cannot be read are
    /// usage errors that name the option and the file; `takes` says what the option takes.
    static func bytes(_ path: String, option: String, takes: String) throws -> [UInt8] {
        try requireRegularFile(path, option: option, takes: takes)
        do throws(InputError) {
            return try InputFiles.bytes(of: .file(path))
        } catch {
            throw ValidationError("\(option) \(PathBytes.display(path)): \(error.diagnostic.message)")
        }
    }

    /// Throws a clear message when `path` is missing, a folder, or not a regular file.
    static func requireRegularFile(_ path: String, option: String, takes: String) throws {
        let shown = PathBytes.display(path)
        var info = stat()
        guard InputFiles.systemStat(path, &info) == 0 else {
            let code = errno
            throw ValidationError("\(option) \(shown): " + (code == ENOENT ? "no such file" : "cannot read: \(describeSystemError(code))"))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw ValidationError("\(option) \(shown) is a folder; it takes \(takes)")
        default: throw ValidationError("\(option) \(shown) is not a regular file (a FIFO or a device); it takes \(takes)")
        }
    }

    /// The first byte that shows `bytes` are not text (a NUL, or many control characters in
    /// the first 64 KiB), or nil.
    static func binaryEvidence(_ bytes: [UInt8]) -> Int? {
        let head = bytes.prefix(1 << 16)
        let isControl: (UInt8) -> Bool = { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        if let zero = head.firstIndex(of: 0) { return zero }
        return head.filter(isControl).count * 20 > head.count ? head.firstIndex(where: isControl) : nil
    }
}
