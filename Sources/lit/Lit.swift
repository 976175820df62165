import ArgumentParser
import Foundation
import Runner

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
        subcommands: [RunCommand.self, TestCommand.self])

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
        if let exit = error as? ExitCode {
            Foundation.exit(exit.rawValue)
        }
        if exitCode(for: error) == .success {
            print(fullMessage(for: error))
            Foundation.exit(0)
        }
        let message = message(for: error)
        let line =
            message.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init)
            ?? "invalid arguments"
        let trimmed = line.hasPrefix("Error: ") ? String(line.dropFirst("Error: ".count)) : line
        FileHandle.standardError.write(
            Data("lit: error: \(trimmed) (see '\(helpCommand(for: error)) --help')\n".utf8))
        Foundation.exit(CommandStatus.usage.rawValue)
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
