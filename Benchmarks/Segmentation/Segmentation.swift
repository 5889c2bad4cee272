// Segmentation speed and lexicon start-up, measured with package-benchmark:
//
//     swift package --allow-writing-to-directory .benchmarkBaselines benchmark
//
// Both segmenters run over the same text, at least 50 MiB: the SIGHAN 2005 MSR test text
// (`../shared/eval/sighan2005-msr/msr_test.utf8` beside the checkout) repeated, or, without
// it, the UTF-8 essays of `Corpus/` repeated. One run segments the whole text once and only
// counts tokens. Throughput is the custom metric `Throughput (KB/s)` (KB = 10^3 bytes, so
// 1000 KB/s = 1 MB/s), next to the wall clock of a run and its allocations
// (`mallocCountTotal`); the tags name the text and its size in MB (10^6 bytes), so
// allocations per MB are `mallocCountTotal / MB`.
// (No memory metrics: their sampling thread allocates, and `mallocCountTotal` counts the
// whole process, so they would hide that FastSegmenter makes no allocation at all.)

import Benchmark
import Foundation
import ZhTextCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let benchmarks: @Sendable () -> Void = {
    let text = BenchmarkText.shared
    let tags = ["text": text.source, "MB": String(format: "%.1f", Double(text.bytes.count) / 1e6)]

    let segmentation = Benchmark.Configuration(
        metrics: [.wallClock, .mallocCountTotal, Metric.throughput, Metric.tokens],
        tags: tags,
        timeUnits: .milliseconds,
        units: [Metric.throughput: .count, Metric.tokens: .count, .mallocCountTotal: .count],
        warmupIterations: 1,
        maxDuration: .seconds(10),
        maxIterations: 5
    )

    Benchmark("FastSegmenter throughput", configuration: segmentation) { benchmark in
        let segmenter = Segmenters.fast
        var tokens = 0
        let started = ContinuousClock.now
        benchmark.startMeasurement()
        text.bytes.withUnsafeBytes { bytes in
            segmenter.segment(bytes) { _ in tokens += 1 }
        }
        benchmark.stopMeasurement()
        report(benchmark, bytes: text.bytes.count, tokens: tokens, elapsed: started.duration(to: .now))
    }

    Benchmark("ICU BreakIterator throughput", configuration: segmentation) { benchmark in
        let segmenter = Segmenters.icu
        var tokens = 0
        let started = ContinuousClock.now
        benchmark.startMeasurement()
        do {
            try text.bytes.withUnsafeBytes { bytes in
                try segmenter.segment(bytes) { _ in tokens += 1 }
            }
        } catch {
            benchmark.error("ICU segmentation failed: \(error)")
        }
        benchmark.stopMeasurement()
        report(benchmark, bytes: text.bytes.count, tokens: tokens, elapsed: started.duration(to: .now))
    }

    Benchmark(
        "Lexicon load from cache",
        configuration: .init(
            metrics: [.wallClock, .mallocCountTotal],
            timeUnits: .milliseconds,
            warmupIterations: 2,
            maxDuration: .seconds(5),
            maxIterations: 50,
            // The cache that `Lexicon.standard()` reads by default, warmed before the first run.
            setup: { _ = try Lexicon.standard() }
        )
    ) { benchmark in
        do {
            blackHole(try Lexicon.standard())
        } catch {
            benchmark.error("Lexicon.standard() failed: \(error)")
        }
    }

    Benchmark(
        "Lexicon first build",
        configuration: .init(
            metrics: [.wallClock, .mallocCountTotal],
            timeUnits: .milliseconds,
            warmupIterations: 0,
            maxDuration: .seconds(20),
            maxIterations: 3
        )
    ) { benchmark in
        // A new, empty cache directory per run: the trie is built from ICU's dictionary and stored.
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("zhtext-bench-\(getpid())-\(benchmark.currentIteration)")
        let previous = ProcessInfo.processInfo.environment["ZHTEXT_CACHE_DIR"]
        setenv("ZHTEXT_CACHE_DIR", directory.path, 1)
        defer {
            if let previous { setenv("ZHTEXT_CACHE_DIR", previous, 1) } else { unsetenv("ZHTEXT_CACHE_DIR") }
            try? FileManager.default.removeItem(at: directory)
        }
        benchmark.startMeasurement()
        do {
            blackHole(try Lexicon.standard())
        } catch {
            benchmark.error("Lexicon.standard() failed: \(error)")
        }
        benchmark.stopMeasurement()
        if !FileManager.default.fileExists(atPath: directory.path) {
            benchmark.error("the lexicon was not cached in \(directory.path)")
        }
    }
}

enum Metric {
    /// UTF-8 text segmented per second, in KB (10^3 bytes) per second: 1000 KB/s = 1 MB/s.
    /// (Metrics are integers, and whole MB/s would be too coarse.)
    static let throughput = BenchmarkMetric.custom("Throughput (KB/s)", polarity: .prefersLarger, useScalingFactor: false)
    /// Tokens of one run: the two engines cut differently.
    static let tokens = BenchmarkMetric.custom("Tokens", polarity: .prefersSmaller, useScalingFactor: false)
}

private func report(_ benchmark: Benchmark, bytes: Int, tokens: Int, elapsed: Duration) {
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    guard seconds > 0 else { return }
    benchmark.measurement(Metric.throughput, Int((Double(bytes) / 1e3 / seconds).rounded()))
    benchmark.measurement(Metric.tokens, tokens)
}

/// One segmenter of each kind for the whole process (they keep scratch buffers between runs).
enum Segmenters {
    nonisolated(unsafe) static let fast: FastSegmenter = {
        do { return FastSegmenter(lexicon: try Lexicon.standard()) } catch {
            fatalError("cannot load the lexicon: \(error)")
        }
    }()

    nonisolated(unsafe) static let icu: ICUSegmenter = {
        do { return try ICUSegmenter() } catch { fatalError("cannot open ICU's word break iterator: \(error)") }
    }()
}

/// The text both segmenters run over: at least `minimumSize` bytes of UTF-8.
struct BenchmarkText: Sendable {
    static let minimumSize = 50 * 1024 * 1024
    static let shared = BenchmarkText()

    let bytes: [UInt8]
    /// Where the text came from, for the benchmark's tags.
    let source: String

    init() {
        let root = Self.packageRoot()
        let msr = root.appendingPathComponent("../shared/eval/sighan2005-msr/msr_test.utf8").standardizedFileURL
        var pieces: [[UInt8]] = []
        if let data = FileManager.default.contents(atPath: msr.path), !data.isEmpty {
            pieces = [Array(data)]
            source = "msr_test"
        } else {
            pieces = Self.corpusFiles(in: root.appendingPathComponent("Corpus"))
            source = "Corpus"
        }
        guard !pieces.isEmpty else { fatalError("no benchmark text: neither \(msr.path) nor UTF-8 files in Corpus/") }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.minimumSize + pieces.map(\.count).max()! + 1)
        while bytes.count < Self.minimumSize {
            for piece in pieces {
                bytes += piece
                if piece.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
            }
        }
        self.bytes = bytes
    }

    /// The package root: the current directory when it holds Package.swift (benchmarks run
    /// from there), else three levels above this file.
    static func packageRoot() -> URL {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        if FileManager.default.fileExists(atPath: current.appendingPathComponent("Package.swift").path),
           FileManager.default.fileExists(atPath: current.appendingPathComponent("Benchmarks/Segmentation").path) {
            return current
        }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The valid UTF-8 text files of the sample corpus, sorted by path (its README excluded).
    static func corpusFiles(in directory: URL) -> [[UInt8]] {
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else {
            return []
        }
        let urls = walker.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.path < $1.path }
        return urls.compactMap { url in
            guard let data = FileManager.default.contents(atPath: url.path), !data.isEmpty,
                  String(validating: data, as: UTF8.self) != nil else { return nil }
            return Array(data)
        }
    }
}
