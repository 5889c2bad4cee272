import Foundation

/// Turns the paths given on the command line into the files to read.
///
/// Folders are walked recursively in name order, skipping hidden files and folders, README
/// files, and anything that is not a regular file (FIFOs, devices and sockets, which would
/// block or never end, are read only when named explicitly); `-` stands for standard input.
/// Paths that do not exist and folders that cannot be listed become errors; the rest are still read.
public enum InputFiles {
    /// One file to read: a path, or standard input.
    public enum Item: Sendable, Hashable {
        /// A file, by its path.
        case file(String)
        /// Standard input (`-` on the command line).
        case standardInput
        /// One essay of a text file, named `FILE#N` on the command line (N from 1, as in the
        /// `essay` column of the tables).
        case essay(String, Int)

        /// How diagnostics and tables name the item (bytes of the name that are not UTF-8 as
        /// `\xHH`, see `PathBytes`).
        public var name: String {
            switch self {
            case .file(let path): PathBytes.display(path)
            case .standardInput: "-"
            case .essay(let path, let number): "\(PathBytes.display(path))#\(number)"
            }
        }
    }

    /// The files named by `paths`, and an error for each path that cannot be listed.
    public static func expand(_ paths: [String]) -> (items: [Item], diagnostics: [Diagnostic]) {
        var items: [Item] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            if path == "-" {
                items.append(.standardInput)
                continue
            }
            var info = stat()
            if systemStat(path, &info) != 0, errno == ENOENT, let (file, number) = essaySelection(path) {
                if systemStat(file, &info) == 0, info.st_mode & S_IFMT != S_IFDIR {
                    if !isOutput(FileIdentity(info)) { items.append(.essay(file, number)) }
                } else {
                    diagnostics.append(Diagnostic(.error, source: PathBytes.display(path), message: systemStat(file, &info) == 0
                        ? "#\(number) selects an essay of a file; \(PathBytes.display(file)) is a folder" : "no such file or folder"))
                }
                continue
            }
            guard systemStat(path, &info) == 0 else {
                let code = errno
                let message = code == ENOENT ? "no such file or folder" : "cannot read: \(describeSystemError(code))"
                diagnostics.append(Diagnostic(.error, source: PathBytes.display(path), message: message))
                continue
            }
            guard info.st_mode & S_IFMT == S_IFDIR else {
                // Named explicitly: read whatever it is (a FIFO or a device too), unless this run writes it.
                if !isOutput(FileIdentity(info)) { items.append(.file(path)) }
                continue
            }
            var found: [String] = []
            walk(path, into: &found, diagnostics: &diagnostics)
            items += found.sorted().map(Item.file)
        }
        return (items, diagnostics)
    }

    /// The file an input path names: the path itself, or FILE for an essay selection `FILE#N`
    /// (nil when there is no such file).
    package static func identity(ofInput path: String) -> FileIdentity? {
        FileIdentity(path: path) ?? essaySelection(path).flatMap { FileIdentity(path: $0.0) }
    }

    /// `FILE#N` split into the file and the essay number, when `path` ends with `#` and a
    /// number from 1.
    static func essaySelection(_ path: String) -> (String, Int)? {
        guard let hash = path.lastIndex(of: "#"), let number = Int(path[path.index(after: hash)...]), number >= 1,
              hash > path.startIndex else { return nil }
        return (String(path[..<hash]), number)
    }

    /// Adds the regular files under `folder` to `found`; folders that cannot be listed become errors.
    static func walk(_ folder: String, into found: inout [String], diagnostics: inout [Diagnostic]) {
        guard let directory = opendir(PathBytes.cString(folder)) else {
            diagnostics.append(Diagnostic(
                .error, source: PathBytes.display(folder), message: "cannot list this folder: \(describeSystemError(errno))"))
            return
        }
        var names: [String] = []
        while let entry = readdir(directory) {
            // Names keep their bytes, UTF-8 or not.
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in PathBytes.string(bytes.prefix { $0 != 0 }) }
            if !name.hasPrefix(".") { names.append(name) }
        }
        closedir(directory)
        for name in names {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var link = stat(), info = stat()
            guard systemLstat(path, &link) == 0 else {
                // Gone since the listing, or a path longer than the system takes (PATH_MAX).
                let code = errno
                if code != ENOENT {
                    diagnostics.append(Diagnostic(
                        .error, source: PathBytes.display(path), message: "cannot read: \(describeSystemError(code))"))
                }
                continue
            }
            guard systemStat(path, &info) == 0 else {
                diagnostics.append(Diagnostic(
                    .warning, source: PathBytes.display(path), message: "cannot read: \(describeSystemError(errno)) (skipped)"))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                // Linked folders are not followed, so a link cannot lead the walk in circles.
                if link.st_mode & S_IFMT == S_IFDIR { walk(path, into: &found, diagnostics: &diagnostics) }
            case S_IFREG where link.st_mode & S_IFMT == S_IFLNK && isPseudoFile(path):
                // /proc/kmsg and the like look like regular files but block or never end.
                diagnostics.append(Diagnostic(
                    .warning, source: PathBytes.display(path), message: "a link to a /proc or /sys file, not a text file (skipped)"))
            case S_IFREG:
                if !isReadme(name), !isOutput(FileIdentity(info)) { found.append(path) }
            default:
                diagnostics.append(Diagnostic(
                    .warning, source: PathBytes.display(path), message: "not a regular file (a FIFO, device or socket; skipped)"))
            }
        }
    }

    static func isReadme(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower == "readme" || lower.hasPrefix("readme.")
    }

    /// `stat` and `lstat` of a path that keeps its bytes (see `PathBytes`).
    package static func systemStat(_ path: String, _ info: inout stat) -> Int32 { stat(PathBytes.cString(path), &info) }
    static func systemLstat(_ path: String, _ info: inout stat) -> Int32 { lstat(PathBytes.cString(path), &info) }

    /// Whether `path` is on the file system of /proc or of /sys, whose "regular" files block
    /// or never end (/proc/kmsg).
    static func isPseudoFile(_ path: String) -> Bool {
        var info = stat(), pseudo = stat()
        guard systemStat(path, &info) == 0 else { return false }
        for folder in ["/proc", "/sys"] where systemStat(folder, &pseudo) == 0 && pseudo.st_dev == info.st_dev {
            return true
        }
        return false
    }

    /// Opens `path` for reading; the error names the reason ("permission denied").
    static func open(_ path: String) throws(InputError) -> FileHandle {
        let descriptor = Foundation.open(PathBytes.cString(path), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw InputError(diagnostic: Diagnostic(
                .error, source: PathBytes.display(path), message: "cannot read this file: \(describeSystemError(errno))"))
        }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// The bytes of `item`.
    public static func bytes(of item: Item) throws(InputError) -> [UInt8] {
        switch item {
        case .standardInput:
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        case .file(let path), .essay(let path, _):
            return try FileBytes.read(open(path), source: PathBytes.display(path))
        }
    }

    // MARK: Outputs

    nonisolated(unsafe) private static var outputs: Set<FileIdentity> = []
    private static let outputsLock = NSLock()

    /// Marks a file this run writes, so that walks and reads pass over it: an output is never
    /// read back as an input (`zhtext segment DIR -o DIR/seg.txt`, run twice).
    package static func markAsOutput(_ file: FileIdentity) {
        outputsLock.lock()
        defer { outputsLock.unlock() }
        outputs.insert(file)
    }

    /// Forgets a mark, once the file is gone (its inode may be reused by another file).
    package static func unmarkAsOutput(_ file: FileIdentity) {
        outputsLock.lock()
        defer { outputsLock.unlock() }
        outputs.remove(file)
    }

    static func isOutput(_ file: FileIdentity) -> Bool {
        outputsLock.lock()
        defer { outputsLock.unlock() }
        return outputs.contains(file)
    }
}
