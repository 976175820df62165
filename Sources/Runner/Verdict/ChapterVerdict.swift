import Book

/// The doc-test of one cell: its result (if it ran) and whether it passed.
public struct CellVerdict: Sendable {
    /// The cell.
    public var cell: Cell
    /// What the cell did, or `nil` when it did not run (`norun`).
    public var result: CellResult?
    /// Passed, skipped (`norun`, `nocheck`) or failed with the reason.
    public var outcome: DocTestOutcome

    /// Makes a verdict.
    public init(cell: Cell, result: CellResult?, outcome: DocTestOutcome) {
        self.cell = cell
        self.result = result
        self.outcome = outcome
    }
}

/// The doc-test of one chapter: a verdict per cell, or the problems that kept it from running.
public struct ChapterVerdict: Sendable {
    /// What running the chapter produced.
    public var outcome: ChapterOutcome
    /// One verdict per cell in file order; empty when the chapter did not run.
    public var cells: [CellVerdict]

    /// Doc-tests a chapter's outcome: each cell's result against its recorded block, with
    /// `tolerance` unless the cell sets its own.
    public init(outcome: ChapterOutcome, tolerance: Double = 1e-6) {
        self.outcome = outcome
        guard let chapter = outcome.chapter, outcome.problems.isEmpty else {
            cells = []
            return
        }
        let test = DocTest(tolerance: tolerance)
        cells = chapter.cells.map { cell in
            let result = outcome.results[cell.index]
            return CellVerdict(
                cell: cell, result: result,
                outcome: test.check(cell, path: chapter.path, run: result?.cellRun))
        }
    }

    /// The chapter's path.
    public var path: String { outcome.path }

    /// The failures, in file order.
    public var failures: [DocTestFailure] {
        cells.compactMap { verdict in
            if case .failed(let failure) = verdict.outcome { return failure }
            return nil
        }
    }

    /// How many cells passed, failed and were skipped.
    public var tally: TestTally {
        var tally = TestTally()
        for verdict in cells {
            switch verdict.outcome {
            case .passed: tally.passed += 1
            case .failed: tally.failed += 1
            case .skipped: tally.skipped += 1
            }
        }
        if !outcome.problems.isEmpty { tally.brokenChapters += 1 }
        return tally
    }
}

/// Counts of a doc-test run.
public struct TestTally: Hashable, Sendable, CustomStringConvertible {
    /// Cells whose output matched.
    public var passed = 0
    /// Cells that failed.
    public var failed = 0
    /// Cells not checked (`norun`, `nocheck`).
    public var skipped = 0
    /// Chapters that could not be read or run.
    public var brokenChapters = 0

    /// Makes an empty tally.
    public init() {}

    /// Adds another tally.
    public static func + (lhs: TestTally, rhs: TestTally) -> TestTally {
        var sum = lhs
        sum.passed += rhs.passed
        sum.failed += rhs.failed
        sum.skipped += rhs.skipped
        sum.brokenChapters += rhs.brokenChapters
        return sum
    }

    /// The summary line: `N passed, N failed`, with `, N skipped` when cells were skipped.
    public var description: String {
        let line = "\(passed) passed, \(failed) failed"
        return skipped > 0 ? line + ", \(skipped) skipped" : line
    }
}
