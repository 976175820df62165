import Book
import Escaping

/// The search index written at build time: one entry per section of every page, with the
/// section's plain text (prose and code), for the search script of the default theme.
struct SearchIndex {
    /// One searchable section.
    struct Entry: Equatable, Sendable {
        /// The page's numbered title, such as `6.3 Parameter Initialization`.
        var page: String
        /// The section's numbered title, such as `6.3.2 Built-in Initialization`.
        var title: String
        /// The link: the page's file and the section's anchor.
        var url: String
        /// The section's prose and code as plain text.
        var text: String

        var json: JSONValue {
            .object([
                "page": .string(page), "title": .string(title), "url": .string(url),
                "text": .string(text),
            ])
        }
    }

    /// The entries in page order.
    private(set) var entries: [Entry] = []

    mutating func add(contentsOf more: [Entry]) {
        entries += more
    }

    mutating func add(chapter: Chapter, page: PagePlan.ChapterPage) {
        entries += Self.entries(
            blocks: chapter.blocks, pageTitle: page.numberedTitle, href: page.href)
    }

    /// The entries of a page: the text before the first heading belongs to the page itself,
    /// every heading starts a section.
    static func entries(blocks: [Block], pageTitle: String, href: String) -> [Entry] {
        var entries: [Entry] = []
        var current = Entry(page: pageTitle, title: pageTitle, url: href, text: "")
        var pieces: [String] = []
        func finish() {
            current.text = pieces.joined(separator: " ")
            if !current.text.isEmpty || current.url != href { entries.append(current) }
            pieces.removeAll(keepingCapacity: true)
        }
        for block in blocks {
            switch block {
            case .heading(let heading):
                finish()
                let number = heading.number?.description ?? ""
                current = Entry(
                    page: pageTitle,
                    title: number.isEmpty ? heading.text : "\(number) \(heading.text)",
                    url: "\(href)#\(heading.id)", text: "")
            case .prose(let prose):
                let html = prose.html { cell in
                    cell.options.hide ? "" : "<pre>\(MarkupEscaping.html.escape(cell.code))</pre>"
                }
                let text = PlainText.fromHTML(html)
                if !text.isEmpty { pieces.append(text) }
            case .cell(let cell):
                guard !cell.options.hide else { continue }
                let code = PlainText.fromHTML(MarkupEscaping.html.escape(cell.code))
                if !code.isEmpty { pieces.append(code) }
            }
        }
        finish()
        return entries
    }

    /// The index as JSON: `{"entries": [...]}` on one line.
    var json: String {
        JSONValue.object(["entries": .array(entries.map(\.json))]).compact
    }

    /// The index as a script that sets `window.litSearchIndex`, so search works when a page
    /// is opened from disk as well as when it is served.
    ///
    /// `</` is written `<\/` (the same string in JSON and JavaScript), so the index stays
    /// safe even when a theme inlines it in a `<script>` element.
    var script: String {
        "window.litSearchIndex = " + json.replacingOccurrences(of: "</", with: "<\\/") + ";\n"
    }
}
