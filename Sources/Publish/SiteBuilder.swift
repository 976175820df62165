import Book
import Runner
import Site

/// Runs a book's chapters (or reuses their cached results) and renders the site in memory;
/// the part `lit build` and `lit serve` share.
///
/// Chapters are found as `lit test` finds them; the book's folder (the first path's folder)
/// gives the front page `index.md` and the `theme/` folder beside it. A chapter whose cells
/// raise still gets its page, with the errors shown; a chapter that cannot be read, a missing
/// path or a broken theme leave no site at all.
public struct SiteBuilder: Sendable {
    /// What to build and how.
    public var options: PublishOptions
    /// Makes each chapter's kernel.
    public var kernels: any KernelFactory
    /// The result cache, or `nil` to run every chapter (`--no-cache`).
    public var cache: ResultCache?

    /// Makes a builder; kernels follow the options, results are cached in `.lit-cache`.
    public init(
        options: PublishOptions, kernels: (any KernelFactory)? = nil,
        cache: ResultCache? = ResultCache()
    ) {
        self.options = options
        self.kernels = kernels ?? options.bookOptions.kernels
        self.cache = cache
    }

    /// How chapters are read for the site: prose rendered, raw HTML only when asked for.
    var readOptions: ReadOptions {
        ReadOptions(allowsRawHTML: options.allowsRawHTML, rendersHTML: true)
    }

    /// The book's folder, where the front page and the theme are looked for.
    public var bookFolder: String? { BookFolder.of(options.paths) }

    /// Every path a preview watches: the given paths, the front page and the theme folder.
    public var watchedPaths: [String] {
        var paths = options.paths
        if let folder = bookFolder, let layout = try? BookLayout(folder: folder) {
            paths += layout.watchedPaths.filter { !paths.contains($0) }
        }
        return paths
    }

    /// Runs and renders the book.
    public func build() -> SiteBuild {
        var build = SiteBuild()
        let discovery = ChapterFinder().find(options.paths)
        build.diagnostics += discovery.notes
        build.diagnostics += discovery.errors.map(\.description)
        if !discovery.errors.isEmpty { build.hasInputProblems = true }
        guard !discovery.files.isEmpty else { return build }
        let settings = RunSettings(
            jobs: options.jobs, seed: options.seed, readOptions: readOptions, cache: cache,
            reusesCache: true)
        var chapters: [ChapterInput] = []
        BookRunner(kernels: kernels, settings: settings).stream(discovery.files) { outcome in
            build.explanations.append("\(outcome.path): \(outcome.cacheDecision)")
            build.diagnostics += outcome.problems.map(\.description)
            build.diagnostics += (outcome.chapter?.warnings ?? []).map(\.description)
            guard let chapter = outcome.chapter, outcome.problems.isEmpty else {
                build.hasInputProblems = true
                return
            }
            build.cellErrors += Self.unexpectedErrors(in: chapter, results: outcome.results)
            if case .ran = outcome.cacheDecision { build.chaptersRun += 1 }
            chapters.append(ChapterInput(chapter: chapter, runs: outcome.runs))
        }
        build.chapterCount = chapters.count
        guard !build.hasInputProblems else { return build }
        do {
            build.files = try render(chapters)
        } catch {
            build.diagnostics.append("lit: error: \(error)")
            build.hasInputProblems = true
        }
        return build
    }

    /// Renders the chapters with the book folder's front page and theme.
    private func render(_ chapters: [ChapterInput]) throws -> SiteFiles {
        var frontPage: Chapter?
        var title = "Book"
        var themeFolder: String?
        if let folder = bookFolder {
            let layout = try BookLayout(folder: folder)
            title = layout.folderName
            themeFolder = layout.themeFolder
            if let path = layout.frontPagePath {
                frontPage = try ChapterReader(options: readOptions).read(path: path)
            }
        }
        let renderer = try SiteRenderer(theme: Theme.standard(overriddenBy: themeFolder))
        return try renderer.render(
            book: BookInput(folderName: title, frontPage: frontPage, chapters: chapters))
    }

    /// One line for each cell that raised an exception it was not marked to raise:
    /// `path:line:col: error: cell N raised Type: message`.
    static func unexpectedErrors(in chapter: Chapter, results: [Int: CellResult]) -> [String] {
        chapter.cells.compactMap { cell in
            guard let result = results[cell.index], let error = result.error,
                !cell.options.raises
            else { return nil }
            let location = cell.fileLocation(line: error.line ?? 0, column: error.column ?? 1)
            return "\(chapter.path):\(location.line):\(location.column): error: cell "
                + "\(cell.index) raised \(result.errorLine ?? error.type)"
        }
    }
}

/// What building a site in memory gave: the files, or why there are none, and what to tell
/// the user.
public struct SiteBuild: Sendable {
    /// The site's files, or `nil` when the input had problems.
    public var files: SiteFiles?
    /// Notes and errors about the input, one line each (discovery, unreadable chapters,
    /// chapter warnings, theme errors).
    public var diagnostics: [String] = []
    /// One line per cell that raised an exception without the `raises` option.
    public var cellErrors: [String] = []
    /// One line per chapter: whether it ran, and why, or reused stored results.
    public var explanations: [String] = []
    /// Whether a path was missing, a chapter could not be read or the site not rendered.
    public var hasInputProblems = false
    /// The chapters on the site.
    public var chapterCount = 0
    /// How many of them ran now (the others reused stored results).
    public var chaptersRun = 0

    /// Makes an empty build.
    public init() {}
}
