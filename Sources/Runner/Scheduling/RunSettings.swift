import Book

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// How a book runs: parallelism, seed, scratch folders and the result cache.
public struct RunSettings: Sendable {
    /// The most chapters that run at the same time (at least 1).
    public var jobs: Int
    /// The seed every chapter's session starts from.
    public var seed: UInt64
    /// How chapters are read; the runner and the doc-test need no HTML.
    public var readOptions: ReadOptions
    /// The folder under which each chapter gets its scratch folder.
    public var scratchRoot: String
    /// Keep the scratch folders after the run (they are removed otherwise).
    public var keepsScratch: Bool
    /// Where results are stored and looked up, or `nil` to run without a cache.
    public var cache: ResultCache?
    /// Reuse stored results whose key matches (`lit test`); when off, every chapter runs
    /// and its results are stored (`lit run`).
    public var reusesCache: Bool

    /// Makes settings: as many jobs as active processors, seed 0, no HTML, the system's
    /// temporary folder, no cache.
    public init(
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, seed: UInt64 = 0,
        readOptions: ReadOptions = ReadOptions(rendersHTML: false),
        scratchRoot: String = RunSettings.systemTemporaryFolder, keepsScratch: Bool = false,
        cache: ResultCache? = nil, reusesCache: Bool = true
    ) {
        self.jobs = max(1, jobs)
        self.seed = seed
        self.readOptions = readOptions
        self.scratchRoot = scratchRoot
        self.keepsScratch = keepsScratch
        self.cache = cache
        self.reusesCache = reusesCache
    }

    /// `$TMPDIR`, or `/tmp` when it is not set.
    public static var systemTemporaryFolder: String {
        if let folder = ProcessInfo.processInfo.environment["TMPDIR"], !folder.isEmpty {
            var folder = folder
            while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
            return folder
        }
        return "/tmp"
    }
}
