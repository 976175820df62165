import ArgumentParser

/// The arguments of `lit serve`, shared by `lit` (which checks them and hands over) and the
/// `lit-serve` executable (which serves).
public struct ServeOptions: ParsableArguments {
    /// What `lit serve --help` says about the command.
    public static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the book's site, rebuilding and reloading on every change.",
        discussion: """
            Builds the site in memory (reusing cached results as 'lit build' does) and serves \
            it on 127.0.0.1 only, unless --host names another address. Edits to the \
            chapters, the front page or the theme rebuild it and reload open pages; a failed \
            rebuild keeps the last good site and shows the error over the page. Stop it with \
            Ctrl-C. The server is the lit-serve executable installed beside lit. Exit status: \
            2 when the first build fails or the address cannot be used.

            Examples:
              lit serve
              lit serve Chapters --port 8000
            """)

    /// Chapter files, or folders searched recursively for chapters.
    @Argument(help: "Chapter files, or folders searched recursively for chapters.")
    public var paths: [String] = ["Chapters"]

    /// The port to listen on; 0 picks any free one.
    @Option(help: "The port to listen on (0 for any free one).")
    public var port: UInt16 = 3000

    /// The address to listen on.
    @Option(help: "The address to listen on (an IPv4 or IPv6 literal).")
    public var host: String = "127.0.0.1"

    /// Whether raw HTML of the Markdown is kept in the pages.
    @Flag(help: "Keep raw HTML of the Markdown in the pages (trusted books only).")
    public var unsafeHTML = false

    /// How the chapters run.
    @OptionGroup public var running: RunOptions

    /// Makes the default options.
    public init() {}

    /// The options spelled as command-line arguments, so `lit` can hand them to `lit-serve`
    /// exactly as it understood them.
    public var arguments: [String] {
        var result = ["--port", String(port), "--host", host]
        if unsafeHTML { result.append("--unsafe-html") }
        result += running.arguments
        // After `--`, a path that starts with a dash is still a path.
        return result + ["--"] + paths
    }
}
