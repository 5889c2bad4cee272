// swift-tools-version:6.1
// An example of zhtext as a library: a package of its own that depends on zhtext by path, as
// yours would by URL. `swift run --package-path Examples first-steps Corpus` from the
// repository's root; CI builds and runs it (.ci/run).
import Foundation
import PackageDescription

// A path dependency's package is named after its folder, which differs between clones.
let zhtext = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
    name: "ZhTextExamples",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "first-steps",
            dependencies: [.product(name: "ZhText", package: zhtext)],
            path: "Sources/FirstSteps"
        ),
    ]
)
