// Corpora over time, as a user runs them: `zhtext trend` and `zhtext lifecycle` on a dated
// JSON Lines corpus, from reading the file to the last line written, measured with
// package-benchmark:
//
//     swift build -c release   # in the package root: the binary these benchmarks run
//     swift package --allow-writing-to-directory .benchmarkBaselines benchmark --target Time
//
// Each benchmark runs `zhtext` (`$ZHTEXT_BINARY`, else ../.build/release/zhtext) on
// Corpus-dated/dated-news.jsonl repeated to about 10 MB (each copy's ids made unique, written
// once to a temporary file): repeated text, so the vocabulary stays that of 42 pieces; it
// measures the work per byte, not a real corpus's. Metrics as in Commands: wall clock, the
// child's CPU time and MB per CPU second.

import Benchmark
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let benchmarks: @Sendable () -> Void = {
    let input = DatedInput.shared
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, TimeMetric.cpu, TimeMetric.perCPUSecond, .peakMemoryResident],
        tags: ["text": "Corpus-dated x\(input.copies)", "MB": String(format: "%.1f", Double(input.bytes) / 1e6)],
        timeUnits: .milliseconds,
        units: [TimeMetric.cpu: .count, TimeMetric.perCPUSecond: .count],
        warmupIterations: 1,
        maxDuration: .seconds(60),
        maxIterations: 5
    )
    let terms = "链式治理,微网格服务,银发夜校,稳链强链延链"
    let commands: [(String, [String])] = [
        ("trend --by date:year --term …", ["trend", "--by", "date:year,source", "--term", terms]),
        ("trend --by date:year (changing words)", ["trend", "--by", "date:year"]),
        ("lifecycle --term …", ["lifecycle", "--date-field", "date", "--source-field", "source", "--term", terms]),
        ("freq --by date:year (baseline)", ["freq", "--by", "date:year", "--top", "10"]),
    ]
    for (name, arguments) in commands {
        Benchmark("zhtext \(name)", configuration: configuration) { benchmark in
            let before = childCPU()
            benchmark.startMeasurement()
            let status = run(arguments + [input.path])
            benchmark.stopMeasurement()
            if status != 0 { benchmark.error("zhtext \(name) exited with status \(status)") }
            let cpu = childCPU() - before
            benchmark.measurement(TimeMetric.cpu, Int((cpu * 1000).rounded()))
            benchmark.measurement(TimeMetric.perCPUSecond, Int((Double(input.bytes) / 1e6 / max(cpu, 1e-9) * 1000).rounded()))
        }
    }
}

enum TimeMetric {
    static let cpu = BenchmarkMetric.custom("CPU (ms)", polarity: .prefersSmaller, useScalingFactor: false)
    static let perCPUSecond = BenchmarkMetric.custom("MB per CPU s ×1000", polarity: .prefersLarger, useScalingFactor: false)
}

/// User and system CPU seconds of the children that have ended.
func childCPU() -> Double {
    var usage = rusage()
    #if canImport(Glibc)
    getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
    #else
    getrusage(RUSAGE_CHILDREN, &usage)
    #endif
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// Runs zhtext with `arguments`, its output thrown away; returns its exit status.
func run(_ arguments: [String]) -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: DatedInput.binary)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return -1 }
    process.waitUntilExit()
    return process.terminationStatus
}

/// The dated corpus repeated, written once to a temporary file.
struct DatedInput: Sendable {
    static let shared = DatedInput()
    static let binary = ProcessInfo.processInfo.environment["ZHTEXT_BINARY"]
        ?? packageRoot().appendingPathComponent(".build/release/zhtext").path

    let path: String
    let bytes: Int
    let copies: Int

    init() {
        let source = Self.packageRoot().appendingPathComponent("Corpus-dated/dated-news.jsonl")
        let lines = ((try? String(contentsOf: source, encoding: .utf8)) ?? "").split(separator: "\n")
        let unit = lines.reduce(0) { $0 + $1.utf8.count + 1 }
        copies = max(1, 10_000_000 / max(unit, 1))
        path = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-bench-dated-\(copies).jsonl").path
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = FileHandle(forWritingAtPath: path)!
        var written = 0
        for copy in 0..<copies {
            var block = ""
            for line in lines {
                // {"id": "jc-2019-01", … → {"id": "jc-2019-01-17", …
                block += line.replacingOccurrences(of: "\", \"date\"", with: "-\(copy)\", \"date\"") + "\n"
            }
            let data = Data(block.utf8)
            written += data.count
            handle.write(data)
        }
        try? handle.close()
        bytes = written
    }

    /// The zhtext checkout: the folder above Benchmarks/.
    static func packageRoot() -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
