import ArgumentParser
import Commands
import Runner

/// `lit test`: doc-tests chapters against their recorded outputs.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Check that every cell still prints its recorded output.",
        discussion: """
            A cell passes when its output equals its recorded block, with object addresses \
            masked and floats compared with a relative tolerance. Failures are printed as \
            'path:line: cell N: output differs' with a diff, or 'path:line:col: Type: message' \
            for an unexpected exception; the last line is 'N passed, N failed'. Results are \
            cached in .lit-cache and reused while the cells, the seed and lit itself are \
            unchanged. Exit status: 0 all passed, 1 a cell failed, 2 bad usage or unreadable \
            input.

            Examples:
              lit test Chapters
              lit test Chapters --junit test-results.xml
              lit test Chapters/6.3-parameter-initialization.md --no-cache -j 1
            """)

    @OptionGroup var shared: CheckOptions

    @Option(help: ArgumentHelp("Also write JUnit XML (one test case per cell).", valueName: "file"))
    var junit: String?

    @Flag(help: "Run every chapter, ignoring stored results.")
    var noCache = false

    @Flag(help: "Say for each chapter whether it ran, and why, or reused stored results.")
    var explain = false

    func run() throws {
        let action = TestAction(
            options: shared.bookOptions, junitPath: junit, explains: explain,
            cache: noCache ? nil : ResultCache())
        throw ExitCode(action.perform(console: .standard()).rawValue)
    }
}
