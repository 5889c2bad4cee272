import Foundation
import ZhText

/// A progress line on standard error while a long pass runs, drawn only when standard error
/// is a terminal: documents done, MB/s and time left.
final class ProgressBar: @unchecked Sendable {
    private let enabled = isatty(2) == 1 && ProcessInfo.processInfo.environment["CI"] == nil
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var drewSomething = false
    private let lock = NSLock()

    func update(_ progress: CorpusProgress) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        let finished = progress.documentsDone == progress.documentsTotal
        guard finished || now.timeIntervalSince(lastDrawn) > 0.2 else { return }
        lastDrawn = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let fraction = progress.documentsTotal == 0 ? 1 : Double(progress.documentsDone) / Double(progress.documentsTotal)
        let width = 24
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let speed = Double(progress.bytesDone) / elapsed / 1_000_000
        let left = fraction > 0 ? elapsed / fraction - elapsed : 0
        let line = String(format: "\r%@ %d/%d documents  %.1f MB/s  %.0f s left ",
                          bar, progress.documentsDone, progress.documentsTotal, speed, left)
        StandardError.write(line)
        drewSomething = true
        if finished { clear() }
    }

    /// A step of work after reading, such as ranking keywords: `done` of `total` units of
    /// work (characters, units), with the step's name.
    func update(_ step: String, done: Int, total: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        let finished = done >= total
        guard finished || now.timeIntervalSince(lastDrawn) > 0.2 else { return }
        lastDrawn = now
        let fraction = total == 0 ? 1 : min(1, Double(done) / Double(total))
        let width = 24
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        StandardError.write(String(format: "\r%@ %@ %3.0f%% ", bar, step, fraction * 100))
        drewSomething = true
        if finished { clear() }
    }

    private func clear() {
        guard drewSomething else { return }
        StandardError.write("\r\u{1B}[2K")
        drewSomething = false
    }
}
