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
// measures the work per byte, not a real corpus's. Metrics: wall clock, the child's CPU time,
// MB per CPU second, and the child's peak resident memory (its own `ru_maxrss` from wait4:
// package-benchmark's peakMemoryResident would measure this benchmark process, not zhtext).

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
        metrics: [.wallClock, TimeMetric.cpu, TimeMetric.perCPUSecond, TimeMetric.childPeak],
        tags: ["text": "Corpus-dated x\(input.copies)", "MB": String(format: "%.1f", Double(input.bytes) / 1e6)],
        timeUnits: .milliseconds,
        units: [TimeMetric.cpu: .count, TimeMetric.perCPUSecond: .count, TimeMetric.childPeak: .count],
        warmupIterations: 1,
        maxDuration: .seconds(60),
        maxIterations: 5
    )
    let terms = "链式治理,微网格服务,银发夜校,稳链强链延链"
    let commands: [(String, [String])] = [
        ("trend --by date:year,source --term …", ["trend", "--by", "date:year,source", "--term", terms]),
        ("trend --by date:year (changing words)", ["trend", "--by", "date:year"]),
        ("lifecycle --term …", ["lifecycle", "--date-field", "date", "--source-field", "source", "--term", terms]),
        ("lifecycle (the corpus's formulations)", ["lifecycle", "--date-field", "date", "--source-field", "source"]),
        ("freq --by date:year (baseline)", ["freq", "--by", "date:year", "--top", "10"]),
    ]
    for (name, arguments) in commands {
        Benchmark("zhtext \(name)", configuration: configuration) { benchmark in
            benchmark.startMeasurement()
            let (status, usage) = run(arguments + [input.path])
            benchmark.stopMeasurement()
            if status != 0 { benchmark.error("zhtext \(name) exited with status \(status)") }
            let cpu = seconds(usage.ru_utime) + seconds(usage.ru_stime)
            benchmark.measurement(TimeMetric.cpu, Int((cpu * 1000).rounded()))
            benchmark.measurement(TimeMetric.childPeak, usage.ru_maxrss / 1024)
            benchmark.measurement(TimeMetric.perCPUSecond, Int((Double(input.bytes) / 1e6 / max(cpu, 1e-9) * 1000).rounded()))
        }
    }
}

enum TimeMetric {
    static let cpu = BenchmarkMetric.custom("CPU (ms)", polarity: .prefersSmaller, useScalingFactor: false)
    static let perCPUSecond = BenchmarkMetric.custom("MB per CPU s ×1000", polarity: .prefersLarger, useScalingFactor: false)
    static let childPeak = BenchmarkMetric.custom("zhtext peak RSS (MB)", polarity: .prefersSmaller, useScalingFactor: false)
}

func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }

/// Runs zhtext with `arguments`, its output thrown away; returns its exit status (-1 when it
/// could not start, 128 + N when signal N ended it) and its own resource usage.
func run(_ arguments: [String]) -> (Int32, rusage) {
    var usage = rusage()
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([DatedInput.binary] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, DatedInput.binary, &actions, nil, argv, environ) == 0 else { return (-1, usage) }
    var status: Int32 = 0
    while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
    let signal = status & 0x7f
    return (signal == 0 ? (status >> 8) & 0xff : 128 + signal, usage)
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
