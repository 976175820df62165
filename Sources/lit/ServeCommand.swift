import ArgumentParser
import Publish
import Runner

/// `lit serve`: a local preview of the book's site.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the book's site, rebuilding and reloading on every change.",
        discussion: """
            Builds the site in memory (reusing cached results as 'lit build' does) and serves \
            it on 127.0.0.1 only, unless --host names another address. Edits to the \
            chapters, the front page or the theme rebuild it and reload open pages; a failed \
            rebuild keeps the last good site and shows the error over the page. Stop it with \
            Ctrl-C. Exit status: 2 when the first build fails or the address cannot be used.

            Examples:
              lit serve
              lit serve Chapters --port 8000
            """)

    @Argument(help: "Chapter files, or folders searched recursively for chapters.")
    var paths: [String] = ["Chapters"]

    @Option(help: "The port to listen on (0 for any free one).")
    var port: UInt16 = 3000

    @Option(help: "The address to listen on (an IPv4 or IPv6 literal).")
    var host: String = "127.0.0.1"

    @Flag(help: "Keep raw HTML of the Markdown in the pages (trusted books only).")
    var unsafeHTML = false

    @OptionGroup var running: PublishRunOptions

    mutating func validate() throws {
        try running.validate()
    }

    func run() throws {
        let builder = SiteBuilder(
            options: running.publishOptions(paths: paths, allowsRawHTML: unsafeHTML))
        let action = ServeAction(builder: builder, host: host, port: port)
        throw ExitCode(action.perform(console: .standard()).rawValue)
    }
}

/// How `lit build` and `lit serve` run the chapters.
struct PublishRunOptions: ParsableArguments {
    @Option(name: [.customShort("j"), .customLong("jobs")], help: "Chapters run at once.")
    var jobs: Int = PublishOptions().jobs

    @Option(help: "The seed every chapter's random generators start from.")
    var seed: UInt64 = 0

    @Option(help: ArgumentHelp("The time limit of one cell.", valueName: "seconds"))
    var timeout: Double = 30

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard timeout > 0, timeout.isFinite else {
            throw ValidationError("--timeout must be a positive number of seconds")
        }
    }

    /// The options as the publishing actions take them.
    func publishOptions(paths: [String], allowsRawHTML: Bool) -> PublishOptions {
        PublishOptions(
            paths: paths, jobs: jobs, seed: seed, timeout: timeout, allowsRawHTML: allowsRawHTML)
    }
}
