import Book
import Runner

/// The human report of `lit test`: every failure with its location (and diff), then the
/// summary line `N passed, N failed[, N skipped]`.
struct TestReport {
    let style: TextStyle

    /// The failures of one chapter, each followed by a blank line.
    func chapter(_ verdict: ChapterVerdict) -> String {
        var text = ""
        for failure in verdict.failures {
            let report = failure.description
            guard let newline = report.firstIndex(of: "\n") else {
                text += style.boldRed(report) + "\n\n"
                continue
            }
            text += style.boldRed(String(report[..<newline])) + "\n"
            text += style.diff(String(report[report.index(after: newline)...])) + "\n\n"
        }
        return text
    }

    /// The last line.
    func summary(_ tally: TestTally) -> String {
        let line = tally.description
        guard style.enabled else { return line + "\n" }
        return (tally.failed > 0 ? style.boldRed(line) : style.green(line)) + "\n"
    }
}
