/// Counts units of work (characters looked at, spans visited), so that a test can check that
/// work grows linearly with the input by counting, never by timing.
///
/// ```swift
/// let steps = WorkCounter()
/// _ = QuotationMarks.find(in: spans, of: scalars, steps: steps)
/// #expect(steps.count < 10 * scalars.count)
/// ```
/// One counter belongs to one pass on one thread.
final class WorkCounter: @unchecked Sendable {
    private(set) var count = 0

    init() {}

    func add(_ steps: Int = 1) { count += steps }
}
