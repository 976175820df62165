import ArgumentParser
import Runner

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `lit` command: executable books.
@main
struct Lit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lit",
        abstract: "Run, test and publish executable books of Markdown chapters.",
        discussion: """
            Chapters are Markdown files whose ```python cells run in lit's own interpreter, \
            with recorded outputs in ```output blocks under them.

            Example:
              lit test Chapters
            """,
        version: "lit \(LitVersion.current)",
        subcommands: [RunCommand.self, TestCommand.self, BuildCommand.self, ServeCommand.self])

    /// Parses the arguments and runs the command; argument errors are one line on standard
    /// error and exit status 2.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            exitForParseError(error)
        }
        do {
            try command.run()
        } catch {
            exitForParseError(error)
        }
    }

    /// Ends the process for an error from parsing: help and version go to standard output with
    /// status 0, anything else is one line on standard error with status 2.
    private static func exitForParseError(_ error: any Error) -> Never {
        if let code = error as? ExitCode {
            terminate(code.rawValue)
        }
        if exitCode(for: error) == .success {
            print(fullMessage(for: error))
            terminate(0)
        }
        let message = message(for: error)
        let line =
            message.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init)
            ?? "invalid arguments"
        let trimmed = line.hasPrefix("Error: ") ? String(line.dropFirst("Error: ".count)) : line
        var report = "lit: error: \(trimmed) (see '\(helpCommand(for: error)) --help')\n"
        report.withUTF8 { buffer in _ = write(STDERR_FILENO, buffer.baseAddress, buffer.count) }
        terminate(CommandStatus.usage.rawValue)
    }

    /// The command whose help fits the error, such as `lit test`, read from the usage text.
    private static func helpCommand(for error: any Error) -> String {
        let full = fullMessage(for: error)
        guard let start = full.range(of: "See '"),
            let end = full[start.upperBound...].range(of: " --help'")
        else { return "lit" }
        return String(full[start.upperBound..<end.lowerBound])
    }
}

/// Ends the process with a status (the C library's `exit`, which flushes standard streams).
private func terminate(_ status: Int32) -> Never {
    exit(status)
}
