import ArgumentParser
import Commands
import Publish
import Runner

/// `lit build`: publishes a book as a static site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Run the chapters and write the book's static site.",
        discussion: """
            Chapters run as in 'lit test', reusing results cached in .lit-cache while their \
            cells, the seed and lit itself are unchanged. The book's folder (the first path's \
            folder) gives the front page index.md and a theme/ folder beside it overrides the \
            templates. Only files whose bytes changed are written, and files an earlier build \
            wrote that the site no longer has are removed; an unchanged book gives the same \
            bytes. A cell that raises an exception without the 'raises' option is reported \
            and shown on its page. Exit status: 0 written (or up to date with --check), 1 a \
            cell raised unexpectedly or, with --check, the folder is out of date, 2 bad usage, \
            unreadable input or an unwritable folder.

            Examples:
              lit build
              lit build Chapters -o site --explain
              lit build Chapters --check
            """)

    @Argument(help: "Chapter files, or folders searched recursively for chapters.")
    var paths: [String] = ["Chapters"]

    @Option(name: [.customShort("o"), .customLong("output")], help: "The site's folder.")
    var output: String = "site"

    @Flag(help: "Write nothing; exit 1 naming the files when the folder is out of date.")
    var check = false

    @Flag(help: "Keep raw HTML of the Markdown in the pages (trusted books only).")
    var unsafeHTML = false

    @Flag(help: "Run every chapter, ignoring stored results.")
    var noCache = false

    @Flag(help: "Say for each chapter whether it ran, and why, or reused stored results.")
    var explain = false

    @OptionGroup var running: RunOptions

    mutating func validate() throws {
        guard !output.isEmpty else { throw ValidationError("--output must name a folder") }
    }

    func run() throws {
        let builder = SiteBuilder(
            options: running.publishOptions(paths: paths, allowsRawHTML: unsafeHTML),
            cache: noCache ? nil : ResultCache())
        let action = BuildAction(
            builder: builder, outputFolder: output, checks: check, explains: explain)
        throw ExitCode(action.perform(console: .standard()).rawValue)
    }
}
