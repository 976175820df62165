import Book

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// How results are printed.
public enum ReportFormat: String, CaseIterable, Hashable, Sendable {
    /// Text for people (colours on a terminal).
    case text
    /// The JSON document of the architecture (``JSONReport``).
    case json
}

/// The settings `lit run` and `lit test` share.
public struct BookOptions: Hashable, Sendable {
    /// Chapter files and folders of chapters.
    public var paths: [String]
    /// The most chapters that run at once.
    public var jobs: Int
    /// The seed every chapter starts from.
    public var seed: UInt64
    /// The wall-clock limit of one cell, in seconds.
    public var timeout: Double
    /// The most bytes of printed output kept per cell.
    public var maxOutput: Int
    /// The default relative tolerance for floats when outputs are compared.
    public var tolerance: Double
    /// Keep each chapter's scratch folder.
    public var keepsScratch: Bool
    /// How results are printed.
    public var format: ReportFormat

    /// Makes options with the defaults of the command line.
    public init(
        paths: [String], jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        seed: UInt64 = 0, timeout: Double = 30, maxOutput: Int = 1 << 20,
        tolerance: Double = 1e-6, keepsScratch: Bool = false, format: ReportFormat = .text
    ) {
        self.paths = paths
        self.jobs = jobs
        self.seed = seed
        self.timeout = timeout
        self.maxOutput = maxOutput
        self.tolerance = tolerance
        self.keepsScratch = keepsScratch
        self.format = format
    }

    /// The interpreter kernels these options ask for, with the book's modules.
    public var kernels: InterpreterKernelFactory {
        InterpreterKernelFactory(timeLimit: timeout, outputLimit: maxOutput)
    }

    /// Run settings with these options and the given cache.
    func settings(cache: ResultCache?, reusesCache: Bool) -> RunSettings {
        RunSettings(
            jobs: jobs, seed: seed, keepsScratch: keepsScratch, cache: cache,
            reusesCache: reusesCache)
    }
}

/// Reporting shared by the commands: discovery notes, chapter problems and warnings.
enum CommandOutput {
    /// Prints discovery notes and errors on standard error; returns whether there were errors.
    static func report(_ discovery: BookDiscovery, on console: Console) -> Bool {
        for note in discovery.notes { console.writeError(note + "\n") }
        for error in discovery.errors { console.writeError(error.description + "\n") }
        return !discovery.errors.isEmpty
    }

    /// Prints a chapter's problems, warnings (a chapter without cells gets one) and kept
    /// scratch folder on standard error; returns whether it had problems.
    static func report(_ outcome: ChapterOutcome, on console: Console) -> Bool {
        for problem in outcome.problems { console.writeError(problem.description + "\n") }
        for warning in outcome.chapter?.warnings ?? [] {
            console.writeError(warning.description + "\n")
        }
        if let chapter = outcome.chapter, chapter.cells.isEmpty {
            let message =
                chapter.text.isEmpty
                ? "the file is empty; there is nothing to run"
                : "the chapter has no ```python cells; there is nothing to run"
            console.writeError(
                ChapterDiagnostic(.warning, path: chapter.path, message: message).description
                    + "\n")
        }
        if let folder = outcome.keptScratchFolder {
            console.writeError("note: the scratch folder of \(outcome.path) is kept: \(folder)\n")
        }
        return !outcome.problems.isEmpty
    }
}
