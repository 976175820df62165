import ArgumentParser
import Commands
import Runner

/// `lit serve`: a local preview of the book's site, served by `lit-serve` beside `lit`.
struct ServeCommand: ParsableCommand {
    static let configuration = ServeOptions.configuration

    @OptionGroup var options: ServeOptions

    func run() throws {
        let problem = SiblingExecutable("lit-serve").replaceProcess(arguments: options.arguments)
        let console = Console.standard()
        console.writeError("lit serve: error: \(problem)\n")
        console.flush()
        throw ExitCode(CommandStatus.usage.rawValue)
    }
}
