import ArgumentParser
import Runner

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The options `lit run` and `lit test` share.
struct SharedOptions: ParsableArguments {
    @Argument(help: "Chapter files, or folders searched recursively for chapters.")
    var paths: [String] = []

    @Option(name: [.customShort("j"), .customLong("jobs")], help: "Chapters run at once.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "The seed every chapter's random generators start from.")
    var seed: UInt64 = 0

    @Option(help: ArgumentHelp("The time limit of one cell.", valueName: "seconds"))
    var timeout: Double = 30

    @Option(help: ArgumentHelp("The most printed output kept per cell.", valueName: "bytes"))
    var maxOutput: Int = 1 << 20

    @Option(help: "The relative tolerance for floats when outputs are compared.")
    var tolerance: Double = 1e-6

    @Flag(help: "Keep each chapter's scratch folder (its working directory) after the run.")
    var keepScratch = false

    @Option(help: "How to print results: text or json.")
    var format: ReportFormat = .text

    mutating func validate() throws {
        guard !paths.isEmpty else {
            throw ValidationError("give at least one chapter file or folder, such as 'Chapters'")
        }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard timeout > 0, timeout.isFinite else {
            throw ValidationError("--timeout must be a positive number of seconds")
        }
        guard maxOutput >= 0 else { throw ValidationError("--max-output must not be negative") }
        guard tolerance >= 0, tolerance.isFinite else {
            throw ValidationError("--tolerance must be a non-negative number")
        }
    }

    /// The options as the runner takes them.
    var bookOptions: BookOptions {
        BookOptions(
            paths: paths, jobs: jobs, seed: seed, timeout: timeout, maxOutput: maxOutput,
            tolerance: tolerance, keepsScratch: keepScratch, format: format)
    }
}

extension ReportFormat: ExpressibleByArgument {}
