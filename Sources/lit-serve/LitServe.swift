import ArgumentParser
import Commands
import Publish
import Runner
import Serving

/// The `lit-serve` executable: the preview server behind `lit serve`.
@main
struct LitServe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lit serve", abstract: ServeOptions.configuration.abstract,
        discussion: ServeOptions.configuration.discussion)

    @OptionGroup var options: ServeOptions

    func run() throws {
        let builder = SiteBuilder(
            options: options.running.publishOptions(
                paths: options.paths, allowsRawHTML: options.unsafeHTML))
        let action = ServeAction(builder: builder, host: options.host, port: options.port)
        throw ExitCode(action.perform(console: .standard()).rawValue)
    }
}
