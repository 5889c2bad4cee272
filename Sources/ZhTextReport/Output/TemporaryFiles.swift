import Foundation
import ZhText

/// The temporary files of unfinished outputs, removed when the process is interrupted.
///
/// On SIGINT, SIGTERM, SIGHUP or SIGQUIT the handler unlinks every file still listed, then lets the
/// signal end the process as it would have. The paths are kept as C strings in a fixed table so
/// the handler does nothing but `unlink`, which is safe in a signal handler.
enum TemporaryFiles {
    fileprivate static let capacity = 64
    nonisolated(unsafe) fileprivate static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return slots
    }()
    private static let lock = NSLock()
    nonisolated(unsafe) private static var installed = false

    static func add(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        guard let slot = (0..<capacity).first(where: { slots[$0] == nil }) else { return }
        slots[slot] = PathBytes.cString(path).withUnsafeBufferPointer { strdup($0.baseAddress!) }
    }

    static func remove(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        for slot in 0..<capacity {
            guard let stored = slots[slot], strcmp(stored, PathBytes.cString(path)) == 0 else { continue }
            slots[slot] = nil
            free(stored)
        }
    }

    /// Installs the signal handlers, once.
    static func installHandlers() {
        lock.lock()
        defer { lock.unlock() }
        guard !installed else { return }
        installed = true
        // SIGQUIT too: Swift's runtime would print a crash backtrace for it and carry on.
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            // A signal the parent set to be ignored (nohup, a background job) stays ignored.
            let previous = Foundation.signal(signal, removeAndExit)
            if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                Foundation.signal(signal, SIG_IGN)
            }
        }
    }
}

/// Unlinks the listed temporary files, then dies of the signal with the default action.
private func removeAndExit(_ signal: Int32) {
    for slot in 0..<TemporaryFiles.capacity {
        if let path = TemporaryFiles.slots[slot] { unlink(path) }
    }
    Foundation.signal(signal, SIG_DFL)
    raise(signal)
}
