// swift-tools-version:5.4
// libFuzzer targets for zhtext, a package of their own so that the main build never needs the
// sanitizer flags. See README.md for the commands.
//
// Tools version 5.4 on purpose: from 5.5 on, SwiftPM renames an executable's entry point to
// `<Target>_main` and links with `--defsym main=<Target>_main`, which fails here because
// libFuzzer supplies `main` (swiftlang/swift-package-manager#4522).
import PackageDescription

let package = Package(
    name: "ZhTextFuzz",
    dependencies: [
        .package(name: "zhtext", path: "../.."),
    ],
    targets: [
        // ZhTextCore is not a product of its own: it comes with the ZhText library product.
        .executableTarget(
            name: "FuzzSegmenter",
            dependencies: [.product(name: "ZhText", package: "zhtext")]
        ),
        .executableTarget(
            name: "FuzzQuotes",
            dependencies: [.product(name: "ZhText", package: "zhtext")]
        ),
    ]
)
