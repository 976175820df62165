import Book
import Runner

/// Reporting shared by the commands: discovery notes, chapter problems and warnings.
enum CommandOutput {
    /// Prints discovery notes and errors on standard error; returns whether there were errors.
    static func report(_ discovery: BookDiscovery, on console: Console) -> Bool {
        for note in discovery.notes { console.writeError(note + "\n") }
        for error in discovery.errors { console.writeError(error.description + "\n") }
        return !discovery.errors.isEmpty
    }

    /// Prints a chapter's problems, warnings (a chapter without cells gets one) and kept
    /// scratch folder on standard error; returns whether it had problems.
    static func report(_ outcome: ChapterOutcome, on console: Console) -> Bool {
        for problem in outcome.problems { console.writeError(problem.description + "\n") }
        for warning in outcome.chapter?.warnings ?? [] {
            console.writeError(warning.description + "\n")
        }
        if let chapter = outcome.chapter, chapter.cells.isEmpty {
            let message =
                chapter.text.isEmpty
                ? "the file is empty; there is nothing to run"
                : "the chapter has no ```python cells; there is nothing to run"
            console.writeError(
                ChapterDiagnostic(.warning, path: chapter.path, message: message).description
                    + "\n")
        }
        if let folder = outcome.keptScratchFolder {
            console.writeError("note: the scratch folder of \(outcome.path) is kept: \(folder)\n")
        }
        return !outcome.problems.isEmpty
    }
}
