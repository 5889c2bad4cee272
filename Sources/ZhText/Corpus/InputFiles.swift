import Foundation

/// Turns the paths given on the command line into the files to read.
///
/// Folders are walked recursively in name order, skipping hidden files and folders; `-` stands
/// for standard input. Paths that do not exist become errors, the rest are still read.
public enum InputFiles {
    /// One file to read: a path, or standard input.
    public enum Item: Sendable, Hashable {
        case file(String)
        case standardInput

        /// How diagnostics and tables name the item.
        public var name: String {
            switch self {
            case .file(let path): path
            case .standardInput: "-"
            }
        }
    }

    /// The files named by `paths`, and an error for each path that cannot be listed.
    public static func expand(_ paths: [String]) -> (items: [Item], diagnostics: [Diagnostic]) {
        var items: [Item] = []
        var diagnostics: [Diagnostic] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                items.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(Diagnostic(.error, source: path, message: "no such file or folder"))
                continue
            }
            guard isDirectory.boolValue else {
                items.append(.file(path))
                continue
            }
            guard let walker = manager.enumerator(atPath: path) else {
                diagnostics.append(Diagnostic(.error, source: path, message: "cannot list this folder"))
                continue
            }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
                var childIsDirectory: ObjCBool = false
                _ = manager.fileExists(atPath: full, isDirectory: &childIsDirectory)
                if name.hasPrefix(".") {
                    if childIsDirectory.boolValue { walker.skipDescendants() }
                    continue
                }
                if !childIsDirectory.boolValue, !isReadme(name) { found.append(full) }
            }
            items += found.sorted().map(Item.file)
        }
        return (items, diagnostics)
    }

    static func isReadme(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower == "readme" || lower.hasPrefix("readme.")
    }

    /// The bytes of `item`.
    public static func bytes(of item: Item) throws(InputError) -> [UInt8] {
        switch item {
        case .standardInput:
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                throw InputError(diagnostic: Diagnostic(.error, source: path, message: "cannot read this file"))
            }
            return [UInt8](data)
        }
    }
}
