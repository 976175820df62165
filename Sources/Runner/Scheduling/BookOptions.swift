import Book

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

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

    /// The most chapters that run at once by default: one per core.
    public static let defaultJobs = ProcessInfo.processInfo.activeProcessorCount
    /// The seed every chapter starts from by default.
    public static let defaultSeed: UInt64 = 0
    /// The time limit of one cell by default, in seconds.
    public static let defaultTimeout: Double = 30
    /// The most bytes of printed output kept per cell by default.
    public static let defaultMaxOutput = 1 << 20
    /// The relative tolerance for floats by default.
    public static let defaultTolerance = 1e-6

    /// Makes options with the defaults of the command line.
    public init(
        paths: [String], jobs: Int = defaultJobs, seed: UInt64 = defaultSeed,
        timeout: Double = defaultTimeout, maxOutput: Int = defaultMaxOutput,
        tolerance: Double = defaultTolerance, keepsScratch: Bool = false,
        format: ReportFormat = .text
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
    public func settings(cache: ResultCache?, reusesCache: Bool) -> RunSettings {
        RunSettings(
            jobs: jobs, seed: seed, keepsScratch: keepsScratch, cache: cache,
            reusesCache: reusesCache)
    }
}
