import Book
import Dispatch

/// Runs a book's chapters, each in a fresh kernel, several at a time, and hands their
/// outcomes over in book order.
///
/// Up to ``RunSettings/jobs`` chapters run at once. A chapter's cells run in file order in
/// one kernel; a cell that fails doesn't stop the chapter, and a chapter that fails (or times
/// out) doesn't stop the others. Outcomes don't depend on the number of jobs: every chapter
/// starts from the same seed in its own kernel and scratch folder.
public struct BookRunner: Sendable {
    /// Makes each chapter's kernel.
    public var kernels: any KernelFactory
    /// Parallelism, seed, scratch folders and cache.
    public var settings: RunSettings

    /// Makes a runner.
    public init(kernels: any KernelFactory, settings: RunSettings) {
        self.kernels = kernels
        self.settings = settings
    }

    /// Finds the chapters under `paths` and runs them; `onChapter` receives each outcome in
    /// book order as soon as every chapter before it is done (on the calling thread).
    public func run(paths: [String], onChapter: (ChapterOutcome) -> Void = { _ in }) -> BookRun {
        let discovery = ChapterFinder().find(paths)
        let outcomes = run(discovery.files, onChapter: onChapter)
        return BookRun(discovery: discovery, outcomes: outcomes)
    }

    /// Runs the chapter files and returns their outcomes in book order.
    ///
    /// `onChapter` receives each outcome in book order as soon as every chapter before it is
    /// done (on the calling thread).
    public func run(_ files: [BookFile], onChapter: (ChapterOutcome) -> Void = { _ in })
        -> [ChapterOutcome]
    {
        var outcomes: [ChapterOutcome] = []
        outcomes.reserveCapacity(files.count)
        stream(files) { outcome in
            onChapter(outcome)
            outcomes.append(outcome)
        }
        return outcomes
    }

    /// Runs the chapter files and hands each outcome to `onChapter` in book order, as soon as
    /// every chapter before it is done (on the calling thread), keeping none of them.
    ///
    /// A long book runs in the memory of the chapters running at the time (plus what
    /// `onChapter` keeps).
    public func stream(_ files: [BookFile], onChapter: (ChapterOutcome) -> Void) {
        let workers = min(settings.jobs, files.count)
        guard workers > 1 else {
            for file in files {
                onChapter(runChapter(file))
            }
            return
        }
        let board = OutcomeBoard(count: files.count)
        let runner = self
        for _ in 0..<workers {
            DispatchQueue.global().async {
                while let index = board.nextIndex() {
                    board.post(runner.runChapter(files[index]), at: index)
                }
            }
        }
        for index in files.indices {
            onChapter(board.wait(for: index))
        }
    }

    /// Reads one chapter and runs its cells (or reuses its stored results).
    public func runChapter(_ file: BookFile) -> ChapterOutcome {
        let chapter: Chapter
        do {
            chapter = try ChapterReader(options: settings.readOptions).read(path: file.path)
        } catch {
            return ChapterOutcome(
                file: file, chapter: nil, problems: error.diagnostics, results: [:],
                cacheDecision: .notRun)
        }
        var key: CacheKey?
        var reason = RunReason.cacheDisabled
        if let cache = settings.cache {
            let chapterKey = cache.key(
                for: chapter, seed: settings.seed, limits: kernels.resultIdentity)
            key = chapterKey
            if settings.reusesCache {
                switch cache.lookup(chapterKey) {
                case .hit(let results) where Self.covers(results, chapter):
                    return ChapterOutcome(
                        file: file, chapter: chapter, problems: [], results: results,
                        cacheDecision: .reused)
                case .hit:
                    reason = .unreadableEntry
                case .miss(let missReason):
                    reason = missReason
                }
            } else {
                reason = .alwaysRuns
            }
        }
        var outcome = ChapterOutcome(
            file: file, chapter: chapter, problems: [], results: [:],
            cacheDecision: .ran(reason))
        do throws(KernelError) {
            try runCells(of: chapter, into: &outcome)
        } catch {
            outcome.problems.append(
                ChapterDiagnostic(
                    .error, path: file.path, message: "cannot run the chapter: \(error.message)"))
            return outcome
        }
        if let key, let cache = settings.cache, !outcome.results.values.contains(where: \.timedOut)
        {
            cache.store(key, results: outcome.results)
        }
        return outcome
    }

    /// Runs every cell without `norun` in a fresh kernel working in a fresh scratch folder.
    private func runCells(of chapter: Chapter, into outcome: inout ChapterOutcome)
        throws(KernelError)
    {
        let cells = chapter.cells.filter { !$0.options.norun }
        guard !cells.isEmpty else { return }
        let scratch = try ScratchFolder.make(under: settings.scratchRoot, stem: chapter.stem)
        let kernel: any Kernel
        do {
            kernel = try kernels.makeKernel(
                for: KernelContext(
                    chapterPath: chapter.path, seed: settings.seed, workingDirectory: scratch.path))
        } catch {
            scratch.remove()
            throw error
        }
        outcome.results = kernel.runCells(cells)
        kernel.close()
        if settings.keepsScratch {
            outcome.keptScratchFolder = scratch.path
        } else {
            scratch.remove()
        }
    }

    /// Whether stored results hold exactly the chapter's runnable cells.
    private static func covers(_ results: [Int: CellResult], _ chapter: Chapter) -> Bool {
        let runnable = chapter.cells.filter { !$0.options.norun }
        return results.count == runnable.count
            && runnable.allSatisfy { results[$0.index] != nil }
    }
}

/// A whole run: the chapters found and what happened to each, in book order.
public struct BookRun: Sendable {
    /// The chapter files found, with discovery errors and notes.
    public var discovery: BookDiscovery
    /// Each chapter's outcome, in book order.
    public var outcomes: [ChapterOutcome]

    /// Makes a run.
    public init(discovery: BookDiscovery, outcomes: [ChapterOutcome]) {
        self.discovery = discovery
        self.outcomes = outcomes
    }
}

/// Where worker threads take chapter indexes and post outcomes, and the caller waits for them
/// in order.
private final class OutcomeBoard: @unchecked Sendable {
    private let monitor = Monitor()
    private var outcomes: [ChapterOutcome?]
    private var next = 0

    init(count: Int) {
        outcomes = Array(repeating: nil, count: count)
    }

    /// The next chapter to run, or `nil` when all are taken.
    func nextIndex() -> Int? {
        monitor.withLock {
            guard next < outcomes.count else { return nil }
            next += 1
            return next - 1
        }
    }

    func post(_ outcome: ChapterOutcome, at index: Int) {
        monitor.withLock {
            outcomes[index] = outcome
            monitor.broadcast()
        }
    }

    /// Blocks until the outcome at `index` is posted, then hands it over (and forgets it).
    func wait(for index: Int) -> ChapterOutcome {
        monitor.withLock {
            while true {
                if let outcome = outcomes[index] {
                    outcomes[index] = nil
                    return outcome
                }
                monitor.wait()
            }
        }
    }
}
