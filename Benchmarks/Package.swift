// swift-tools-version:6.1
// package-benchmark suites for zhtext, a package of their own so that building the tool never
// compiles the benchmark library. From this folder:
//   swift package --allow-writing-to-directory .benchmarkBaselines benchmark --target Segmentation
//   swift package --allow-writing-to-directory .benchmarkBaselines benchmark --target Frequencies
//   swift package --allow-writing-to-directory .benchmarkBaselines benchmark --target Commands  (after swift build -c release above)
//   swift package --allow-writing-to-directory .benchmarkBaselines benchmark --target Time      (likewise: trend and lifecycle)
import PackageDescription

let package = Package(
    name: "ZhTextBenchmarks",
    dependencies: [
        .package(name: "zhtext", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", .upToNextMinor(from: "1.38.1"), traits: ["MallocInterposer"]),
    ],
    targets: [
        // One folder per suite. Commands runs the release binary: the path the CLI takes.
        .executableTarget(
            name: "Commands",
            dependencies: [.product(name: "Benchmark", package: "benchmark")],
            path: "Commands",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Time",
            dependencies: [.product(name: "Benchmark", package: "benchmark")],
            path: "Time",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Segmentation",
            dependencies: [.product(name: "ZhTextCore", package: "zhtext"), .product(name: "Benchmark", package: "benchmark")],
            path: "Segmentation",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Frequencies",
            dependencies: [
                .product(name: "ZhText", package: "zhtext"), .product(name: "ZhTextCore", package: "zhtext"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Frequencies",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
