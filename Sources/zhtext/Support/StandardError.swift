import Foundation

/// Messages on standard error. A closed or full standard error is ignored rather than fatal:
/// the run's result matters more than its messages.
enum StandardError {
    static func write(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var done = 0
            while done < buffer.count {
                let written = Foundation.write(STDERR_FILENO, buffer.baseAddress! + done, buffer.count - done)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return }
                done += written
            }
        }
    }
}
