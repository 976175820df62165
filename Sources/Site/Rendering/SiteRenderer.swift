import Book
import Mustache

/// Renders a book to the files of a static site: an index page, one page and one notebook per
/// chapter, the search index and the theme's assets.
///
/// It never runs code and never reads chapters: it renders what it is given, and the same
/// input gives the same bytes every time. Templates are compiled once, in `init`.
public struct SiteRenderer: Sendable {
    /// The theme the pages are made from.
    public let theme: Theme
    /// The settings.
    public let options: SiteOptions
    let library: MustacheLibrary

    /// Compiles the theme's templates; throws when one is missing or does not parse.
    public init(theme: Theme, options: SiteOptions = SiteOptions()) throws(SiteError) {
        self.theme = theme
        self.options = options
        var library = MustacheLibrary()
        for name in Theme.templateNames {
            guard let text = theme.template(name) else {
                throw SiteError("the theme has no template '\(name).mustache'")
            }
            do {
                // Every value handed to a template is HTML already (text is escaped by
                // `MarkupEscaping.html` before it gets there), so templates do not escape again.
                let template = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + text)
                library.register(template, named: name)
            } catch {
                throw SiteError("theme template '\(name).mustache' does not parse: \(error)")
            }
        }
        self.library = library
    }

    /// Renders the whole site.
    public func render(book: BookInput) throws(SiteError) -> SiteFiles {
        let plan = PagePlan(book: book)
        var navigation = Navigation(book: book, plan: plan)
        navigation.tocItems = navigation.chapterEntries.map { render("toc-item", $0) }
        var files = SiteFiles()
        var search = SearchIndex()

        let front = frontPage(book: book, plan: plan, navigation: navigation)
        try files.set("index.html", text: front.html)
        search.add(contentsOf: front.searchEntries)

        for (position, page) in plan.chapters.enumerated() {
            let displays = CellDisplay.all(in: page.input.chapter, runs: page.input.runs)
            let html = chapterPage(
                page, position: position, displays: displays, book: book, plan: plan,
                navigation: navigation)
            try files.set(page.href, text: html)
            if options.search {
                search.add(chapter: page.input.chapter, page: page)
            }
            if options.notebooks {
                let notebook = NotebookWriter.notebook(
                    chapter: page.input.chapter, displays: displays, title: page.numberedTitle)
                try files.set(page.notebook, text: notebook)
            }
        }
        if options.search {
            try files.set("search-index.json", text: search.json + "\n")
            try files.set("search-index.js", text: search.script)
        }
        for name in theme.assetNames {
            if let bytes = theme.files[name] { try files.set("assets/" + name, bytes) }
        }
        return files
    }

    /// Renders a template with a context.
    func render(_ template: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: template) ?? ""
    }
}
