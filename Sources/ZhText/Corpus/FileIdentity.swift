import Foundation

/// A file as the file system knows it: its device and inode, the same through every path,
/// symbolic link and hard link that leads to it.
package struct FileIdentity: Hashable, Sendable {
    package var device: UInt64
    package var inode: UInt64

    /// The file at `path`, symbolic links followed; nil when there is none.
    package init?(path: String) {
        var info = stat()
        guard stat(PathBytes.cString(path), &info) == 0 else { return nil }
        self.init(info)
    }

    package init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

/// A system error number as a message a person reads: "permission denied", "no space left on device".
package func describeSystemError(_ code: Int32) -> String {
    let text = String(cString: strerror(code))
    guard let first = text.first, text.dropFirst().first?.isLowercase ?? true else { return text }
    return first.lowercased() + text.dropFirst()
}
