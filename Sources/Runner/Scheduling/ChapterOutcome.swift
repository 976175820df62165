import Book

/// What happened to one chapter of a run: the chapter as read, each cell's result, and
/// whether the results came from the cache.
public struct ChapterOutcome: Sendable {
    /// The chapter's file.
    public var file: BookFile
    /// The chapter as read, or `nil` when it could not be read.
    public var chapter: Chapter?
    /// Errors that kept the chapter from running; empty when it ran.
    ///
    /// The chapter could not be read, or its kernel could not start.
    public var problems: [ChapterDiagnostic]
    /// The results of the cells that ran, by ``Cell/index`` (`norun` cells have none).
    public var results: [Int: CellResult]
    /// Whether the results were computed now or reused from the cache, and why.
    public var cacheDecision: CacheDecision
    /// The scratch folder the chapter's cells worked in, when it was kept.
    public var keptScratchFolder: String?

    /// Makes an outcome.
    public init(
        file: BookFile, chapter: Chapter?, problems: [ChapterDiagnostic],
        results: [Int: CellResult], cacheDecision: CacheDecision,
        keptScratchFolder: String? = nil
    ) {
        self.file = file
        self.chapter = chapter
        self.problems = problems
        self.results = results
        self.cacheDecision = cacheDecision
        self.keptScratchFolder = keptScratchFolder
    }

    /// The chapter's path.
    public var path: String { file.path }

    /// Whether the chapter was read and its cells ran (or were reused).
    public var didRun: Bool { chapter != nil && problems.isEmpty }

    /// The results as the doc-test and the site take them, by cell index.
    public var runs: [Int: CellRun] { results.mapValues(\.cellRun) }
}
