import Foundation
import ZhText

/// A file written so that its previous contents are never lost.
///
/// A regular file (or one that does not exist yet) is written to a hidden temporary file in
/// its folder, which `commit()` renames over it only when everything was written: a run that
/// fails, is interrupted (SIGINT, SIGTERM, SIGHUP) or meets a full disk leaves the previous
/// file as it was and no partial file behind. A symbolic link is followed: the file it points
/// to is replaced and the link kept. The new file keeps the old one's permissions (and, where
/// allowed, its owner). Anything else, such as /dev/null, a FIFO, a terminal or standard
/// output, is written directly and never replaced; a regular file under /dev or /proc (such as
/// one in /dev/shm) is written in place, truncated first. A file with other hard links is
/// replaced like any other: its other names keep the previous contents (`otherLinks` says how
/// many), since writing it in place would lose the guarantee that a failed run leaves it whole.
/// Names that are not UTF-8 keep their bytes (see `PathBytes`).
///
/// ```swift
/// let file = try OutputFile(path: "freq.csv")
/// try file.write(Array("term,count\n".utf8))
/// try file.commit()
/// ```
package final class OutputFile {
    /// Why a write failed, as one line: `cannot write OUT: no space left on device`.
    package struct Failure: Error, CustomStringConvertible {
        /// The output as the user named it.
        package var path: String
        package var reason: String
        package var description: String { "cannot write \(path): \(reason)" }

        package init(_ path: String, _ reason: String) {
            self.path = PathBytes.display(path)
            self.reason = reason
        }

        init(_ path: String, code: Int32) {
            self.init(path, describeSystemError(code))
        }
    }

    /// The output as the user named it, or "standard output".
    package let path: String
    /// The file that is replaced, symbolic links resolved; nil when writing directly.
    package let target: String?
    /// The file replaced, when it existed before.
    package let previous: FileIdentity?
    /// How many other hard links the replaced file had (they keep its previous contents).
    package private(set) var otherLinks = 0
    private let temporary: String?
    private var descriptor: Int32
    private var finished = false

    /// Standard output.
    package init() {
        path = "standard output"
        target = nil
        previous = nil
        temporary = nil
        descriptor = STDOUT_FILENO
    }

    /// Opens `path` for writing; nothing at `path` changes until `commit()`.
    package init(path: String) throws(Failure) {
        self.path = path
        if Self.isStandardOutput(path) {
            target = nil
            previous = nil
            temporary = nil
            descriptor = STDOUT_FILENO
            return
        }
        let resolved = try Self.resolveLinks(path)
        var info = stat()
        if stat(PathBytes.cString(resolved), &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                throw Failure(path, "it is a folder")
            case S_IFREG where !resolved.hasPrefix("/dev/") && !resolved.hasPrefix("/proc/"):
                break
            default:
                // A device, FIFO, socket or terminal: write to it, never replace it. A regular
                // file there (/dev/shm/out.txt) is truncated, so no old tail survives.
                let truncate = info.st_mode & S_IFMT == S_IFREG ? O_TRUNC : 0
                let opened = Foundation.open(PathBytes.cString(path), O_WRONLY | O_CLOEXEC | truncate)
                guard opened >= 0 else { throw Failure(path, code: errno) }
                target = nil
                previous = nil
                temporary = nil
                descriptor = opened
                return
            }
        } else if errno != ENOENT {
            throw Failure(path, code: errno)
        }
        let exists = (info.st_mode & S_IFMT) == S_IFREG
        let folder = (resolved as NSString).deletingLastPathComponent
        let name = (resolved as NSString).lastPathComponent
        var template = PathBytes.cString((folder.isEmpty ? "" : folder + "/") + "." + name + ".zhtext-XXXXXX")
        TemporaryFiles.installHandlers()
        let opened = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard opened >= 0 else {
            let code = errno
            if code == ENOENT { throw Failure(path, "the folder \(folder.isEmpty ? "." : folder) does not exist") }
            throw Failure(path, code: code)
        }
        let temporaryPath = PathBytes.string(template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) })
        TemporaryFiles.add(temporaryPath)
        target = resolved
        temporary = temporaryPath
        descriptor = opened
        if exists {
            previous = FileIdentity(info)
            otherLinks = max(0, Int(info.st_nlink) - 1)
            _ = fchown(opened, info.st_uid, info.st_gid)
            _ = fchmod(opened, info.st_mode & 0o7777)
        } else {
            previous = nil
            let mask = umask(0)
            umask(mask)
            _ = fchmod(opened, 0o666 & ~mask)
        }
    }

    deinit { discard() }

    /// Writes all of `bytes`.
    package func write(_ bytes: UnsafeRawBufferPointer) throws(Failure) {
        guard !finished else { throw Failure(path, "already closed") }
        var done = 0
        while done < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + done, bytes.count - done)
            if written < 0 {
                if errno == EINTR { continue }
                let failure = Failure(path, code: errno)
                discard()
                throw failure
            }
            done += written
        }
    }

    /// Writes all of `bytes`.
    package func write(_ bytes: [UInt8]) throws(Failure) {
        var failure: Failure?
        bytes.withUnsafeBytes { buffer in
            do throws(Failure) { try write(buffer) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Flushes what was written to disk (so that a full disk shows here, before `commit`).
    package func synchronize() throws(Failure) {
        guard !finished, temporary != nil else { return }
        if fsync(descriptor) != 0, errno != EINVAL {
            let failure = Failure(path, code: errno)
            discard()
            throw failure
        }
    }

    /// Finishes the output: the temporary file is flushed to disk and renamed over the target.
    package func commit() throws(Failure) {
        guard !finished else { return }
        finished = true
        guard let temporary, let target else {
            if descriptor != STDOUT_FILENO, close(descriptor) != 0 { throw Failure(path, code: errno) }
            return
        }
        defer { TemporaryFiles.remove(temporary) }
        let temporaryName = PathBytes.cString(temporary)
        if fsync(descriptor) != 0, errno != EINVAL {
            let failure = Failure(path, code: errno)
            close(descriptor)
            unlink(temporaryName)
            throw failure
        }
        guard close(descriptor) == 0 else {
            let failure = Failure(path, code: errno)
            unlink(temporaryName)
            throw failure
        }
        guard rename(temporaryName, PathBytes.cString(target)) == 0 else {
            let failure = Failure(path, code: errno)
            unlink(temporaryName)
            throw failure
        }
    }

    /// Gives up: the temporary file is removed and the target left as it was.
    package func discard() {
        guard !finished else { return }
        finished = true
        if let temporary {
            close(descriptor)
            unlink(PathBytes.cString(temporary))
            TemporaryFiles.remove(temporary)
        } else if descriptor != STDOUT_FILENO {
            close(descriptor)
        }
    }

    /// Makes SIGINT, SIGTERM, SIGHUP and SIGQUIT end the process at once, removing the
    /// temporary files of unfinished outputs (the exit status then says which signal).
    package static func installSignalHandlers() { TemporaryFiles.installHandlers() }

    /// Whether `path` names this process's standard output.
    static func isStandardOutput(_ path: String) -> Bool {
        ["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"].contains(path)
    }

    /// `path` with its symbolic links followed to the file they name, which need not exist.
    static func resolveLinks(_ path: String) throws(Failure) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(PathBytes.cString(current), &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(PathBytes.cString(current), &buffer, buffer.count - 1)
            guard length >= 0 else { throw Failure(path, code: errno) }
            let destination = PathBytes.string(buffer[..<length].map { UInt8(bitPattern: $0) })
            current = destination.hasPrefix("/")
                ? destination
                : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
        }
        throw Failure(path, code: ELOOP)
    }
}
