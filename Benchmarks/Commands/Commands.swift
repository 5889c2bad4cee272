// Whole commands, as a user runs them: the path the CLI takes, from reading the file to the
// last line written, measured with package-benchmark:
//
//     swift build -c release   # in the package root: the binary these benchmarks run
//     swift package --allow-writing-to-directory .benchmarkBaselines benchmark --target Commands
//
// Each benchmark runs `zhtext` (`$ZHTEXT_BINARY`, else ../.build/release/zhtext) on the
// SIGHAN 2005 MSR test text repeated 100 times (55.6 MB, from ../shared/eval beside the
// checkout, written once to a temporary file), or on Corpus/ repeated to 50 MB without it.
// Metrics: wall clock, the child's CPU time (`CPU (ms)`, user + system from getrusage), and
// throughput per CPU second (`MB per CPU s ×1000`), so that one core and two compare fairly
// and `wall / CPU` shows how busy both cores were.

import Benchmark
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let benchmarks: @Sendable () -> Void = {
    let input = CommandInput.shared
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, CommandMetric.cpu, CommandMetric.perCPUSecond],
        tags: ["text": input.source, "MB": String(format: "%.1f", Double(input.bytes) / 1e6)],
        timeUnits: .milliseconds,
        units: [CommandMetric.cpu: .count, CommandMetric.perCPUSecond: .count],
        warmupIterations: 1,
        maxDuration: .seconds(60),
        maxIterations: 5
    )
    let commands: [(String, [String])] = [
        ("segment --format count", ["segment", "--format", "count"]),
        ("segment --engine icu --format count", ["segment", "--engine", "icu", "--format", "count"]),
        ("freq --top 10", ["freq", "--top", "10"]),
        ("quotes --summary", ["quotes", "--summary"]),
        // The analyst's lookups (issue 23).
        ("collocates --term 发展", ["collocates", "--term", "发展", "--measure", "logdice,mi,ll"]),
        ("kwic --term 发展 --sort 1R,1L", ["kwic", "--term", "发展", "--sort", "1R,1L"]),
        ("count --dictionary policy-tools.yaml", ["count", "--dictionary", CommandInput.packageRoot().appendingPathComponent("Benchmarks/lookups/policy-tools.yaml").path]),
        ("dtm --min-count 5", ["dtm", "--min-count", "5", "-o", FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-bench-dtm").path]),
        ("network --top 60 --window sentence", ["network", "--top", "60", "--window", "sentence"]),
        ("entities --top 50", ["entities", "--top", "50"]),
    ]
    for (name, arguments) in commands {
        Benchmark("zhtext \(name)", configuration: configuration) { benchmark in
            let before = childCPU()
            benchmark.startMeasurement()
            let status = run(arguments + [input.path])
            benchmark.stopMeasurement()
            if status != 0 { benchmark.error("zhtext \(name) exited with status \(status)") }
            let cpu = childCPU() - before
            benchmark.measurement(CommandMetric.cpu, Int((cpu * 1000).rounded()))
            benchmark.measurement(CommandMetric.perCPUSecond, Int((Double(input.bytes) / 1e6 / max(cpu, 1e-9) * 1000).rounded()))
        }
    }
}

enum CommandMetric {
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
    process.executableURL = URL(fileURLWithPath: CommandInput.binary)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return -1 }
    process.waitUntilExit()
    return process.terminationStatus
}

/// The text every command reads, written once to a temporary file.
struct CommandInput: Sendable {
    static let shared = CommandInput()
    static let binary = ProcessInfo.processInfo.environment["ZHTEXT_BINARY"]
        ?? packageRoot().appendingPathComponent(".build/release/zhtext").path

    let path: String
    let bytes: Int
    let source: String

    init() {
        let root = Self.packageRoot()
        let msr = root.deletingLastPathComponent().appendingPathComponent("shared/eval/sighan2005-msr/msr_test.utf8")
        var unit: Data
        if let data = try? Data(contentsOf: msr) {
            unit = data
            source = "MSR test x100"
        } else {
            unit = Data()
            for name in ["grassroots", "rural"] {
                let folder = root.appendingPathComponent("Corpus/\(name)")
                for file in (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? [] where file.hasSuffix(".txt") && !file.contains("gb18030") {
                    unit += (try? Data(contentsOf: folder.appendingPathComponent(file))) ?? Data()
                }
            }
            source = "Corpus"
        }
        let copies = source == "Corpus" ? max(1, 50_000_000 / max(unit.count, 1)) : 100
        path = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-bench-\(source.hashValue).txt").path
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = FileHandle(forWritingAtPath: path)!
        for _ in 0..<copies { handle.write(unit) }
        try? handle.close()
        bytes = unit.count * copies
    }

    /// The zhtext checkout: the folder above Benchmarks/.
    static func packageRoot() -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
