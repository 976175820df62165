import ArgumentParser
import Publish
import Runner

/// How chapters run, for every command that runs them (`lit run`, `lit test`, `lit build`,
/// `lit serve` and `lit-serve`): `--jobs`, `--seed` and `--timeout`, with their defaults and
/// checks written once.
public struct RunOptions: ParsableArguments {
    /// Chapters run at once.
    @Option(name: [.customShort("j"), .customLong("jobs")], help: "Chapters run at once.")
    public var jobs: Int = BookOptions.defaultJobs

    /// The seed every chapter's random generators start from.
    @Option(help: "The seed every chapter's random generators start from.")
    public var seed: UInt64 = BookOptions.defaultSeed

    /// The time limit of one cell, in seconds.
    @Option(help: ArgumentHelp("The time limit of one cell.", valueName: "seconds"))
    public var timeout: Double = BookOptions.defaultTimeout

    /// Makes the default options.
    public init() {}

    /// Rejects a job count below one and a time limit that is not a positive number.
    public func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard timeout > 0, timeout.isFinite else {
            throw ValidationError("--timeout must be a positive number of seconds")
        }
    }

    /// The options as the publishing commands take them.
    public func publishOptions(paths: [String], allowsRawHTML: Bool) -> PublishOptions {
        PublishOptions(
            paths: paths, jobs: jobs, seed: seed, timeout: timeout, allowsRawHTML: allowsRawHTML)
    }

    /// The options spelled as command-line arguments, to hand them to another process.
    public var arguments: [String] {
        ["--jobs", String(jobs), "--seed", String(seed), "--timeout", String(timeout)]
    }
}
