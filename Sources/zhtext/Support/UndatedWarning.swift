import ZhText
import ZhTextCore

/// The warning of `freq`, `compare` and `keywords` grouped by a date (`--by date:year`) when
/// some documents have no date: they are counted under an empty period, shown last.
enum UndatedWarning {
    static func report(_ counter: FrequencyCounter, grouping: Grouping) {
        for field in grouping.undatedFields(in: counter.groups) {
            StandardError.write("zhtext: warning: some documents have no date in \(field) (or none as precise as the period): counted under an empty period\n")
        }
    }
}
