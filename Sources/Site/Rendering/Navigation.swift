import Book
import Escaping

/// The contents lists every page shows: the book's chapters, and a chapter's sections.
struct Navigation {
    /// Each chapter's entry for the contents lists, without the current-page mark.
    let chapterEntries: [[String: Any]]
    /// Each chapter's sections (depth 1 and 2 headings) as list entries.
    let sections: [[[String: Any]]]
    /// Each chapter's sidebar item when it is not the current page, rendered once per book.
    var tocItems: [String] = []

    init(book: BookInput, plan: PagePlan) {
        var entries: [[String: Any]] = []
        var allSections: [[[String: Any]]] = []
        entries.reserveCapacity(plan.chapters.count)
        for page in plan.chapters {
            let sections = Self.sectionEntries(page.input.chapter.headings, href: page.href)
            allSections.append(sections)
            let topSections = sections.filter { ($0["depth"] as? Int) == 1 }
            entries.append([
                "number": MarkupEscaping.html.escape(page.number),
                "hasNumber": !page.number.isEmpty,
                "title": MarkupEscaping.html.escape(page.title),
                "href": MarkupEscaping.html.escape(page.href),
                "isCurrent": false,
                "sections": topSections,
                "hasSections": !topSections.isEmpty,
            ])
        }
        chapterEntries = entries
        sections = allSections
    }

    /// The entries of the headings below a page's title.
    static func sectionEntries(_ headings: [Heading], href: String) -> [[String: Any]] {
        var entries: [[String: Any]] = []
        for heading in headings where heading.depth >= 1 && heading.depth <= 2 {
            let number = heading.number?.description ?? ""
            entries.append([
                "number": MarkupEscaping.html.escape(number),
                "hasNumber": !number.isEmpty,
                "title": MarkupEscaping.html.escape(heading.text),
                "id": MarkupEscaping.html.escape(heading.id),
                "href": MarkupEscaping.html.escape(href + "#" + heading.id),
                "anchor": "#" + MarkupEscaping.html.escape(heading.id),
                "depth": heading.depth,
                "isSubsection": heading.depth == 2,
            ])
        }
        return entries
    }

    /// The sidebar's list items of a page: every chapter's `toc-item`, rendered once per
    /// book, with the current chapter's item (marked, with its sections) rendered for the page.
    func toc(current: Int?, render: ([String: Any]) -> String) -> String {
        let items = tocItems
        guard let current, current < chapterEntries.count, current < items.count else {
            return items.joined()
        }
        var entry = chapterEntries[current]
        entry["isCurrent"] = true
        entry["pageSections"] = sections[current]
        entry["hasPageSections"] = !sections[current].isEmpty
        var html = ""
        html.reserveCapacity(items.reduce(0) { $0 + $1.utf8.count } + 4096)
        for item in items[..<current] { html += item }
        html += render(entry)
        for item in items[(current + 1)...] { html += item }
        return html
    }

    /// The chapters list with one chapter marked as the current page.
    func chapters(current: Int?) -> [[String: Any]] {
        guard let current, current < chapterEntries.count else { return chapterEntries }
        var entries = chapterEntries
        entries[current]["isCurrent"] = true
        return entries
    }

    /// A link to a page for previous/next: its href and numbered title.
    static func link(href: String, number: String, title: String) -> [String: Any] {
        [
            "href": MarkupEscaping.html.escape(href),
            "number": MarkupEscaping.html.escape(number),
            "hasNumber": !number.isEmpty,
            "title": MarkupEscaping.html.escape(title),
        ]
    }
}
