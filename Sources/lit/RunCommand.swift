import ArgumentParser
import Commands
import Runner

/// `lit run`: runs chapters and shows their cells and outputs.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run chapters and show each cell's code and output.",
        discussion: """
            Every chapter runs in a fresh session (same seed every time), in its own scratch \
            folder, several chapters at once. Cells are shown as In [n]: with their code and \
            Out[n]: with their output; the last line says how many recorded outputs differ. \
            --update records the outputs in the files, touching nothing else. Exit status: 0 \
            when everything ran, 2 for a missing path, an unreadable chapter or a file that \
            cannot be updated.

            Examples:
              lit run Chapters
              lit run Chapters/6.2-parameter-management.md --update
              lit run Chapters --format json > results.json
            """)

    @OptionGroup var shared: CheckOptions

    @Flag(help: "Record every cell's output in its chapter file.")
    var update = false

    func run() throws {
        let status = RunAction(options: shared.bookOptions, updates: update)
            .perform(console: .standard())
        throw ExitCode(status.rawValue)
    }
}
