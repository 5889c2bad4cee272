// `zhtext freq` throughput on one core and on all cores, phrase mining (`zhtext phrases`),
// keywords (one long document and 200 documents) and the report's analyses,
// on one core, measured with package-benchmark:
//
//     swift package --allow-writing-to-directory .benchmarkBaselines benchmark --filter Frequencies
//
// The text is the essays of Corpus/ (UTF-8 files) repeated into 200 documents of about 50 KB
// each, written once to a temporary folder. "one core" reads, segments and counts the
// documents one after another on the calling thread; "all cores" runs the same work through
// `CorpusAnalysis`, which reads, segments and counts documents on every core and merges the
// counts. Throughput is the custom metric `Throughput (KB/s)` (1000 KB/s = 1 MB/s).

import Benchmark
import Foundation
import ZhText
import ZhTextCore

let benchmarks: @Sendable () -> Void = {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, Metric.throughput],
        timeUnits: .milliseconds,
        units: [Metric.throughput: .count],
        warmupIterations: 1,
        maxDuration: .seconds(20),
        maxIterations: 5
    )

    Benchmark("Frequencies one core", configuration: configuration) { benchmark in
        let corpus = FrequencyCorpus.shared
        let lexicon = corpus.lexicon
        let started = ContinuousClock.now
        benchmark.startMeasurement()
        var counter = FrequencyCounter(options: NGramOptions(), grouping: .corpus)
        let tokenizer = DocumentTokenizer(lexicon: lexicon)
        let reader = DocumentReader()
        for (index, path) in corpus.files.enumerated() {
            guard let data = FileManager.default.contents(atPath: path),
                  let document = try? reader.read(bytes: [UInt8](data), source: path) else { continue }
            counter.add(tokenizer.sentences(of: document), of: document, index: index)
        }
        benchmark.stopMeasurement()
        blackHole(counter.total(of: .corpus))
        report(benchmark, bytes: corpus.bytes, elapsed: started.duration(to: .now))
    }

    Benchmark("Phrase mining one core", configuration: configuration) { benchmark in
        let corpus = FrequencyCorpus.shared
        let started = ContinuousClock.now
        benchmark.startMeasurement()
        let miner = PhraseMiner()
        var counts = miner.counts()
        let reader = DocumentReader()
        for path in corpus.files {
            guard let data = FileManager.default.contents(atPath: path),
                  let document = try? reader.read(bytes: [UInt8](data), source: path) else { continue }
            miner.add(document, to: &counts)
        }
        let phrases = miner.phrases(from: counts, lexicon: corpus.lexicon)
        benchmark.stopMeasurement()
        blackHole(phrases.count)
        report(benchmark, bytes: corpus.bytes, elapsed: started.duration(to: .now))
    }

    // Keywords as `zhtext keywords` finds them (phrases mined first, then each unit ranked),
    // on one long document (the first 20 documents joined: about 1 MB, one essay) and on the
    // 200 documents; and the analyses of `zhtext report` on the 200 documents one after
    // another (frequencies, phrases, keywords by corpus and by essay, quotations).
    Benchmark("Keywords one long document", configuration: configuration) { benchmark in
        let corpus = FrequencyCorpus.shared
        let document = DocumentReader().read(text: corpus.longDocument, source: "long.txt")
        let started = ContinuousClock.now
        benchmark.startMeasurement()
        blackHole(keywords(of: [document], lexicon: corpus.lexicon, grouping: .essay).count)
        benchmark.stopMeasurement()
        report(benchmark, bytes: corpus.longDocument.utf8.count, elapsed: started.duration(to: .now))
    }

    Benchmark("Keywords 200 documents", configuration: configuration) { benchmark in
        let corpus = FrequencyCorpus.shared
        let started = ContinuousClock.now
        benchmark.startMeasurement()
        blackHole(keywords(of: corpus.documents(), lexicon: corpus.lexicon, grouping: .essay).count)
        benchmark.stopMeasurement()
        report(benchmark, bytes: corpus.bytes, elapsed: started.duration(to: .now))
    }

    Benchmark("Report analyses 200 documents", configuration: configuration) { benchmark in
        let corpus = FrequencyCorpus.shared
        let started = ContinuousClock.now
        benchmark.startMeasurement()
        let documents = corpus.documents()
        var counter = FrequencyCounter(options: NGramOptions(), grouping: .corpus)
        let tokenizer = DocumentTokenizer(lexicon: corpus.lexicon)
        for (index, document) in documents.enumerated() {
            counter.add(tokenizer.sentences(of: document), of: document, index: index)
        }
        blackHole(keywords(of: documents, lexicon: corpus.lexicon, grouping: .corpus).count)
        blackHole(keywords(of: documents, lexicon: corpus.lexicon, grouping: .essay).count)
        let finder = QuotationFinder(lexicon: corpus.lexicon)
        blackHole(documents.reduce(0) { $0 + finder.quotations(in: $1).count })
        benchmark.stopMeasurement()
        blackHole(counter.total(of: .corpus))
        report(benchmark, bytes: corpus.bytes, elapsed: started.duration(to: .now))
    }

    Benchmark("Frequencies all cores", configuration: configuration) { benchmark in
        let corpus = FrequencyCorpus.shared
        let analysis = CorpusAnalysis(lexicon: corpus.lexicon)
        let started = ContinuousClock.now
        benchmark.startMeasurement()
        let semaphore = DispatchSemaphore(value: 0)
        let box = ResultBox()
        Task {
            let (counter, _) = await analysis.frequencies([corpus.folder], options: NGramOptions(), grouping: .corpus)
            box.total = counter.total(of: .corpus)
            semaphore.signal()
        }
        semaphore.wait()
        benchmark.stopMeasurement()
        blackHole(box.total)
        report(benchmark, bytes: corpus.bytes, elapsed: started.duration(to: .now))
    }
}

/// Keywords as the `keywords` command finds them: phrases seen twice, then each unit ranked.
private func keywords(of documents: [Document], lexicon: Lexicon, grouping: Grouping) -> [Keyword] {
    var miner = PhraseMiner()
    miner.minimumCount = 2
    let phrases = miner.phrases(in: documents, lexicon: lexicon)
    return KeywordExtractor(lexicon: lexicon).keywords(of: documents, grouping: grouping, phrases: phrases)
}

final class ResultBox: @unchecked Sendable {
    var total = 0
}

enum Metric {
    /// Text processed per second, in KB (10^3 bytes) per second.
    static let throughput = BenchmarkMetric.custom("Throughput (KB/s)", polarity: .prefersLarger, useScalingFactor: false)
}

private func report(_ benchmark: Benchmark, bytes: Int, elapsed: Duration) {
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    guard seconds > 0 else { return }
    benchmark.measurement(Metric.throughput, Int((Double(bytes) / 1e3 / seconds).rounded()))
}

/// 200 documents made of the corpus's UTF-8 essays, in a temporary folder.
struct FrequencyCorpus: @unchecked Sendable {
    static let shared = FrequencyCorpus()

    let folder: String
    let files: [String]
    let bytes: Int
    let lexicon: Lexicon
    /// The first 20 documents as one text (about 1 MB).
    let longDocument: String

    /// The 200 documents, read.
    func documents() -> [Document] {
        let reader = DocumentReader()
        return files.compactMap { path in
            FileManager.default.contents(atPath: path).flatMap { try? reader.read(bytes: [UInt8]($0), source: path) }
        }
    }

    init() {
        let root = Self.packageRoot()
        let corpus = root.appendingPathComponent("Corpus")
        var essays: [Data] = []
        if let walker = FileManager.default.enumerator(atPath: corpus.path) {
            while let relative = walker.nextObject() as? String {
                guard relative.hasSuffix(".txt") else { continue }
                if let data = FileManager.default.contents(atPath: corpus.appendingPathComponent(relative).path),
                   String(data: data, encoding: .utf8) != nil {
                    essays.append(data)
                }
            }
        }
        precondition(!essays.isEmpty, "no UTF-8 essays found under \(corpus.path)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhtext-freq-bench-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var files: [String] = []
        var total = 0
        for index in 0..<200 {
            var document = Data()
            var next = index
            while document.count < 50_000 {
                document.append(essays[next % essays.count])
                document.append(Data("\n".utf8))
                next += 1
            }
            let path = folder.appendingPathComponent(String(format: "doc%03d.txt", index)).path
            _ = FileManager.default.createFile(atPath: path, contents: document)
            files.append(path)
            total += document.count
        }
        longDocument = files.prefix(20).compactMap { FileManager.default.contents(atPath: $0) }
            .map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
        self.folder = folder.path
        self.files = files
        self.bytes = total
        do { lexicon = try Lexicon.standard() } catch { fatalError("cannot load the lexicon: \(error)") }
    }

    static func packageRoot() -> URL {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        if FileManager.default.fileExists(atPath: current.appendingPathComponent("Corpus").path) { return current }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }
}
