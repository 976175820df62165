import Book
import Runner

/// The human report of `lit run`: each chapter's cells as `In [n]:` with their code and
/// `Out[n]:` with what they showed, then a summary.
///
/// A cell that shows nothing has no `Out` part; a cell whose output differs from its recorded
/// block says so after `Out[n]:`; a `norun` cell shows its code only. Colours (when on): the
/// chapter's path bold, `In` green, `Out` red, an exception's line red, notes yellow.
struct RunReport {
    let style: TextStyle
    let tolerance: Double

    /// The text for one chapter that ran.
    func chapter(_ outcome: ChapterOutcome) -> String {
        guard let chapter = outcome.chapter, outcome.problems.isEmpty else { return "" }
        var text = style.bold(outcome.path) + "\n"
        for cell in chapter.cells {
            text += "\n"
            guard let result = outcome.results[cell.index] else {
                text += style.green("In [\(cell.index)]:") + " " + style.dim("(norun: not run)")
                text += "\n" + cell.code
                continue
            }
            text += style.green("In [\(cell.index)]:") + "\n" + cell.code
            let shown = result.recordedText
            let differs = Self.differs(cell, result, tolerance: tolerance)
            if shown.isEmpty {
                if differs {
                    text +=
                        style.red("Out[\(cell.index)]:") + " "
                        + style.yellow("(no output; the recorded output differs)") + "\n"
                }
                continue
            }
            text += style.red("Out[\(cell.index)]:")
            text += differs ? " " + style.yellow("(the recorded output differs)") + "\n" : "\n"
            let body = result.shownText
            text += body
            if !body.isEmpty, body.utf8.last != UInt8(ascii: "\n") { text += "\n" }
            if let errorLine = result.errorLine {
                text += (cell.options.raises ? errorLine : style.boldRed(errorLine)) + "\n"
            }
        }
        return text + "\n"
    }

    /// Whether a cell's output differs from its recorded block (never for `nocheck` cells).
    static func differs(_ cell: Cell, _ result: CellResult, tolerance: Double) -> Bool {
        guard !cell.options.nocheck else { return false }
        let comparison = OutputComparison(tolerance: cell.options.tolerance ?? tolerance)
        return !comparison.matches(recorded: cell.output?.text ?? "", actual: result.recordedText)
    }
}

/// Counts of a `lit run`.
struct RunTally {
    var chapters = 0
    var cellsRun = 0
    var skipped = 0
    var differing = 0
    var updatedFiles = 0

    /// Adds a chapter's counts.
    mutating func add(_ outcome: ChapterOutcome, tolerance: Double) {
        guard let chapter = outcome.chapter, outcome.problems.isEmpty else { return }
        chapters += 1
        for cell in chapter.cells {
            guard let result = outcome.results[cell.index] else {
                skipped += 1
                continue
            }
            cellsRun += 1
            if RunReport.differs(cell, result, tolerance: tolerance) { differing += 1 }
        }
    }

    /// The summary line, such as `2 chapters, 35 cells run, 1 skipped: 3 recorded outputs
    /// differ`.
    func summary(updating: Bool) -> String {
        var line = "\(chapters) \(chapters == 1 ? "chapter" : "chapters"), "
        line += "\(cellsRun) \(cellsRun == 1 ? "cell" : "cells") run"
        if skipped > 0 { line += ", \(skipped) skipped" }
        switch differing {
        case 0: line += ": every recorded output matches"
        case 1: line += ": 1 recorded output differs"
        default: line += ": \(differing) recorded outputs differ"
        }
        if updating {
            line += updatedFiles == 1 ? "; 1 file updated" : "; \(updatedFiles) files updated"
        } else if differing > 0 {
            line += " (lit run --update records them)"
        }
        return line
    }
}
