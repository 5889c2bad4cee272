// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "zhtext",
    products: [
        .library(name: "ZhText", targets: ["ZhText", "ZhTextReport"]),
        .executable(name: "zhtext", targets: ["zhtext"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
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
        // Character properties, conversion and the tokenizing core.
        .target(name: "ZhTextCore", dependencies: ["ICUShim"]),
        // Documents, corpora and analyses.
        .target(name: "ZhText", dependencies: ["ZhTextCore"]),
        // Tables and their writers: aligned text, CSV, TSV, JSON.
        .target(
            name: "ZhTextReport",
            dependencies: ["ZhText", "ZhTextCore", .product(name: "CSV", package: "CSV.swift")]
        ),
        .executableTarget(
            name: "zhtext",
            dependencies: [
                "ZhText", "ZhTextReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ZhTextCoreTests", dependencies: ["ZhTextCore"]),
        .testTarget(name: "ZhTextTests", dependencies: ["ZhText"], exclude: ["Fixtures"]),
        .testTarget(name: "ZhTextReportTests", dependencies: ["ZhTextReport"]),
        .testTarget(name: "ZhTextCLITests", dependencies: ["zhtext"]),
        // `swift package benchmark`: one folder per suite under Benchmarks/.
        .executableTarget(
            name: "Segmentation",
            dependencies: ["ZhTextCore", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/Segmentation",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Frequencies",
            dependencies: ["ZhText", "ZhTextCore", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/Frequencies",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
