import Runner

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The settings `lit build` and `lit serve` share: which chapters, how they run, and how their
/// prose is rendered.
public struct PublishOptions: Hashable, Sendable {
    /// Chapter files and folders of chapters; the first one's folder is the book's folder.
    public var paths: [String]
    /// The most chapters that run at once.
    public var jobs: Int
    /// The seed every chapter starts from.
    public var seed: UInt64
    /// The wall-clock limit of one cell, in seconds.
    public var timeout: Double
    /// Keep raw HTML of the Markdown in the pages (`--unsafe-html`).
    public var allowsRawHTML: Bool

    /// Makes options with the defaults of the command line.
    public init(
        paths: [String] = ["Chapters"], jobs: Int = BookOptions.defaultJobs,
        seed: UInt64 = BookOptions.defaultSeed, timeout: Double = BookOptions.defaultTimeout,
        allowsRawHTML: Bool = false
    ) {
        self.paths = paths
        self.jobs = jobs
        self.seed = seed
        self.timeout = timeout
        self.allowsRawHTML = allowsRawHTML
    }

    /// The options as `lit run` and `lit test` take them, so all commands share cache
    /// entries (same seed and limits make the same key).
    public var bookOptions: BookOptions {
        BookOptions(paths: paths, jobs: jobs, seed: seed, timeout: timeout)
    }
}
