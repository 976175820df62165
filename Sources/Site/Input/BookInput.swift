import Book

/// Everything a site is made from: the book's title, its front page and its chapters with
/// their cells' results.
public struct BookInput: Sendable {
    /// The book's title as plain text (it is escaped on the pages).
    public var title: String
    /// The front page (`index.md` in the chapters folder), read like a chapter but never run
    /// and not numbered; its prose is the introduction on the index page.
    public var frontPage: Chapter?
    /// The chapters in book order.
    public var chapters: [ChapterInput]

    /// Makes a book with an explicit title.
    public init(title: String, frontPage: Chapter? = nil, chapters: [ChapterInput]) {
        self.title = title
        self.frontPage = frontPage
        self.chapters = chapters
    }

    /// Makes a book whose title is the front page's first heading, or `folderName` when there
    /// is no front page or it has no heading.
    public init(folderName: String, frontPage: Chapter?, chapters: [ChapterInput]) {
        let title = frontPage?.title.flatMap { $0.isEmpty ? nil : $0 } ?? folderName
        self.init(title: title, frontPage: frontPage, chapters: chapters)
    }
}

/// One chapter and what its cells did when they ran.
public struct ChapterInput: Sendable {
    /// The chapter as the reader made it (its prose HTML already rendered, safe or not).
    public var chapter: Chapter
    /// The run of each cell by its 1-based index; a cell without a run shows its recorded
    /// output block instead.
    public var runs: [Int: CellRun]

    /// Makes a chapter input; with no runs, every cell shows its recorded output.
    public init(chapter: Chapter, runs: [Int: CellRun] = [:]) {
        self.chapter = chapter
        self.runs = runs
    }
}
