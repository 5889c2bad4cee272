// swift-tools-version:6.1
import PackageDescription

// The tests' own code is compiled without optimisation even in a release build: the code under
// test is optimised, and the optimiser's time on the test modules (about a third of the test
// command's build) buys nothing. Test targets are never part of a product, so a package that
// depends on zhtext never sees these flags.
let testCode: [SwiftSetting] = [.unsafeFlags(["-Onone"])]

let package = Package(
    name: "zhtext",
    products: [
        .library(name: "ZhText", targets: ["ZhText", "ZhTextReport"]),
        // The tokenizing core alone, for the benchmark package (Benchmarks/Package.swift).
        .library(name: "ZhTextCore", targets: ["ZhTextCore"]),
        .executable(name: "zhtext", targets: ["zhtext"]),
    ],
    // Pinned to a minor version: patch releases only. The benchmarks' package-benchmark lives in
    // Benchmarks/Package.swift, so building the tool never compiles it.
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", .upToNextMinor(from: "1.8.2")),
        .package(url: "https://github.com/yaslab/CSV.swift", .upToNextMinor(from: "2.5.2")),
        // YAML category dictionaries (`count --dictionary`).
        .package(url: "https://github.com/jpsim/Yams", .upToNextMinor(from: "5.0.1")),
        // The library's reference: `swift package generate-documentation --target ZhText`
        // (the catalog is Sources/ZhText/ZhText.docc). A command plugin: building zhtext never
        // compiles it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", .upToNextMinor(from: "1.5.0")),
    ],
    targets: [
        // ICU from the system, found with pkg-config (Debian: libicu-dev).
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
        ),
        // The only code that calls ICU's C API: stable names over ICU's versioned symbols.
        .target(name: "ICUShim", dependencies: ["CICU"]),
        // Character properties, conversion and the tokenizing core. Its word lists and rules are
        // the text files in Sources/ZhTextCore/Data, embedded at build time by EmbedData.
        .target(name: "ZhTextCore", dependencies: ["ICUShim"], exclude: ["Data"], plugins: ["EmbedData"]),
        .executableTarget(name: "EmbedDataTool"),
        .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["EmbedDataTool"]),
        // Documents, corpora and analyses.
        .target(name: "ZhText", dependencies: ["ZhTextCore", .product(name: "Yams", package: "Yams")]),
        // Tables and their writers: aligned text, CSV, TSV, JSON.
        .target(name: "ZhTextReport", dependencies: ["ZhText", "ZhTextCore"]),
        .executableTarget(
            name: "zhtext",
            dependencies: [
                "ZhText", "ZhTextReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ZhTextCoreTests", dependencies: ["ZhTextCore"], swiftSettings: testCode),
        .testTarget(name: "ZhTextTests", dependencies: ["ZhText"], exclude: ["Fixtures"], swiftSettings: testCode),
        // CSV.swift's reader checks that our CSV reads back as written.
        .testTarget(
            name: "ZhTextReportTests",
            dependencies: ["ZhTextReport", .product(name: "CSV", package: "CSV.swift")],
            swiftSettings: testCode
        ),
        .testTarget(name: "ZhTextCLITests", dependencies: ["zhtext"], swiftSettings: testCode),
    ]
)
