import ArgumentParser
import Runner

/// The arguments `lit run` and `lit test` share: the chapters (at least one), how they run
/// (``RunOptions``), and how their outputs are captured, compared and printed.
public struct CheckOptions: ParsableArguments {
    /// Chapter files, or folders searched recursively for chapters.
    @Argument(help: "Chapter files, or folders searched recursively for chapters.")
    public var paths: [String] = []

    /// How the chapters run.
    @OptionGroup public var running: RunOptions

    /// The most printed output kept per cell, in bytes.
    @Option(help: ArgumentHelp("The most printed output kept per cell.", valueName: "bytes"))
    public var maxOutput: Int = BookOptions.defaultMaxOutput

    /// The relative tolerance for floats when outputs are compared.
    @Option(help: "The relative tolerance for floats when outputs are compared.")
    public var tolerance: Double = BookOptions.defaultTolerance

    /// Whether each chapter's scratch folder is kept after the run.
    @Flag(help: "Keep each chapter's scratch folder (its working directory) after the run.")
    public var keepScratch = false

    /// How results are printed.
    @Option(help: "How to print results: text or json.")
    public var format: ReportFormat = .text

    /// Makes the default options.
    public init() {}

    /// Asks for at least one path and rejects a negative output limit or tolerance (how the
    /// chapters run is checked by ``RunOptions``).
    public mutating func validate() throws {
        guard !paths.isEmpty else {
            throw ValidationError("give at least one chapter file or folder, such as 'Chapters'")
        }
        guard maxOutput >= 0 else { throw ValidationError("--max-output must not be negative") }
        guard tolerance >= 0, tolerance.isFinite else {
            throw ValidationError("--tolerance must be a non-negative number")
        }
    }

    /// The options as the run and test actions take them.
    public var bookOptions: BookOptions {
        BookOptions(
            paths: paths, jobs: running.jobs, seed: running.seed, timeout: running.timeout,
            maxOutput: maxOutput, tolerance: tolerance, keepsScratch: keepScratch, format: format)
    }
}

extension ReportFormat: ExpressibleByArgument {}
