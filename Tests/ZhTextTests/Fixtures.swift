import Foundation

/// Files under Tests/ZhTextTests/Fixtures and the shared seed document.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static func bytes(atPath path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func text(_ name: String) throws -> String {
        String(decoding: try bytes(name), as: UTF8.self)
    }

    /// The seed document in ../shared, when this checkout sits beside it.
    static let seedPath: String? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let seed = root.deletingLastPathComponent()
            .appendingPathComponent("shared/corpus/seed/second-batch-reflections.txt").path
        return FileManager.default.fileExists(atPath: seed) ? seed : nil
    }()
}
