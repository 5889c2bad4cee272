import Foundation

enum ProcessorCount {
    /// Cores available to this process.
    static var active: Int { ProcessInfo.processInfo.activeProcessorCount }
}
