import Book
import Escaping

extension SiteRenderer {
    /// The index page and its search entries.
    func frontPage(book: BookInput, plan: PagePlan, navigation: Navigation) -> (
        html: String, searchEntries: [SearchIndex.Entry]
    ) {
        var introduction = ""
        var sections: [[String: Any]] = []
        var entries: [SearchIndex.Entry] = []
        if let front = book.frontPage {
            let displays = CellDisplay.all(in: front, runs: [:]).mapValues { display in
                // The front page is never run: its cells show their recorded output as text.
                CellDisplay(
                    cell: display.cell, executionCount: nil,
                    parts: display.cell.output.map { $0.text.isEmpty ? [] : [.stream($0.text)] }
                        ?? [])
            }
            var blocks = front.blocks
            if case .heading(let first)? = blocks.first, first.depth == 0 { blocks.removeFirst() }
            introduction = chapterBody(blocks, displays: displays)
            sections = Navigation.sectionEntries(front.headings, href: "index.html")
            if options.search {
                entries = SearchIndex.entries(
                    blocks: front.blocks, pageTitle: book.title, href: "index.html")
            }
        }
        let chapters = navigation.chapters(current: nil)
        let content = render(
            "index",
            [
                "bookTitle": MarkupEscaping.html.escape(book.title),
                "introduction": introduction,
                "hasIntroduction": !introduction.isEmpty,
                "chapters": chapters,
                "hasChapters": !chapters.isEmpty,
            ])
        let next = plan.chapters.first.map {
            Navigation.link(href: $0.href, number: $0.number, title: $0.title)
        }
        let html = page(
            book: book, pageTitle: book.title, content: content, chapters: chapters,
            toc: navigation.toc(current: nil) { render("toc-item", $0) },
            sections: sections, previous: nil, next: next, notebook: nil, isIndex: true)
        return (html, entries)
    }

    /// A chapter's page.
    func chapterPage(
        _ page: PagePlan.ChapterPage, position: Int, displays: [Int: CellDisplay],
        book: BookInput, plan: PagePlan, navigation: Navigation
    ) -> String {
        let chapter = page.input.chapter
        let content = render(
            "chapter",
            [
                "number": MarkupEscaping.html.escape(page.number),
                "hasNumber": !page.number.isEmpty,
                "title": MarkupEscaping.html.escape(page.title),
                "body": chapterBody(chapter.blocks, displays: displays),
                "stem": MarkupEscaping.html.escape(page.stem),
            ])
        let previous =
            position > 0
            ? plan.chapters[position - 1] : nil
        let previousLink =
            previous.map { Navigation.link(href: $0.href, number: $0.number, title: $0.title) }
            ?? Navigation.link(href: "index.html", number: "", title: "Contents")
        let next = position + 1 < plan.chapters.count ? plan.chapters[position + 1] : nil
        return self.page(
            book: book, pageTitle: page.numberedTitle, content: content,
            chapters: navigation.chapters(current: position),
            toc: navigation.toc(current: position) { render("toc-item", $0) },
            sections: navigation.sections[position], previous: previousLink,
            next: next.map { Navigation.link(href: $0.href, number: $0.number, title: $0.title) },
            notebook: options.notebooks ? page.notebook : nil, isIndex: false)
    }

    /// The HTML of a chapter's blocks: numbered headings, prose, and cells.
    func chapterBody(_ blocks: [Block], displays: [Int: CellDisplay]) -> String {
        var html = ""
        for block in blocks {
            switch block {
            case .heading(let heading):
                html += headingHTML(heading)
            case .prose(let prose):
                html += prose.html { cell in cellHTML(cell, displays: displays) }
            case .cell(let cell):
                html += cellHTML(cell, displays: displays)
            }
        }
        return html
    }

    /// A heading with its number, anchor id and hover link.
    func headingHTML(_ heading: Heading) -> String {
        let number = heading.number?.description ?? ""
        let level = min(max(heading.depth + 1, 1), 6)
        let id = MarkupEscaping.html.escape(heading.id)
        var html = "<h\(level) id=\"\(id)\">"
        if !number.isEmpty {
            html += "<span class=\"secno\">\(MarkupEscaping.html.escape(number))</span> "
        }
        html += heading.html
        html += "<a class=\"anchor\" href=\"#\(id)\" aria-label=\"Link to "
        html += number.isEmpty ? "this section" : "section \(MarkupEscaping.html.escape(number))"
        html += "\"></a></h\(level)>\n"
        return html
    }

    /// A cell through the `cell` template; empty for a hidden cell.
    func cellHTML(_ cell: Cell, displays: [Int: CellDisplay]) -> String {
        guard !cell.options.hide else { return "" }
        let display =
            displays[cell.index]
            ?? CellDisplay(
                cell: cell, executionCount: nil, parts: CellDisplay.parts(of: cell, run: nil))
        let count = display.executionCount.map(String.init) ?? " "
        var outputs: [[String: Any]] = []
        if !cell.options.hideOutput {
            for part in display.parts {
                outputs.append(Self.outputContext(part, count: count))
            }
        }
        let hasError = display.parts.contains { if case .error = $0 { true } else { false } }
        return render(
            "cell",
            [
                "id": MarkupEscaping.html.escape(cell.id),
                "index": cell.index,
                "executionCount": count,
                "prompt": "In [\(count)]:",
                "code": CodeHTML.highlighted(Self.trimmingFinalNewline(cell.code)),
                "outputs": outputs,
                "hasOutputs": !outputs.isEmpty,
                "hasError": hasError && !cell.options.hideOutput,
                "isNorun": cell.options.norun,
            ])
    }

    static func outputContext(_ part: CellDisplay.Part, count: String) -> [String: Any] {
        switch part {
        case .stream(let text):
            return [
                "kind": "stream", "isStream": true, "isResult": false, "isError": false,
                "prompt": "", "text": MarkupEscaping.html.escape(trimmingFinalNewline(text)),
            ]
        case .result(let text):
            return [
                "kind": "result", "isStream": false, "isResult": true, "isError": false,
                "prompt": "Out[\(count)]:",
                "text": MarkupEscaping.html.escape(trimmingFinalNewline(text)),
            ]
        case .error(let type, let message):
            var text = "<span class=\"ename\">\(MarkupEscaping.html.escape(type))</span>"
            if !message.isEmpty { text += ": " + MarkupEscaping.html.escape(message) }
            return [
                "kind": "error", "isStream": false, "isResult": false, "isError": true,
                "prompt": "", "text": text, "type": MarkupEscaping.html.escape(type),
                "message": MarkupEscaping.html.escape(message),
            ]
        }
    }

    static func trimmingFinalNewline(_ text: String) -> String {
        text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    /// A whole page through the `page` template.
    func page(
        book: BookInput, pageTitle: String, content: String, chapters: [[String: Any]],
        toc: String, sections: [[String: Any]], previous: [String: Any]?, next: [String: Any]?,
        notebook: String?, isIndex: Bool
    ) -> String {
        let documentTitle = isIndex ? book.title : "\(pageTitle) · \(book.title)"
        return render(
            "page",
            [
                "bookTitle": MarkupEscaping.html.escape(book.title),
                "pageTitle": MarkupEscaping.html.escape(pageTitle),
                "documentTitle": MarkupEscaping.html.escape(documentTitle),
                "isIndex": isIndex,
                "content": content,
                "chapters": chapters,
                "toc": toc,
                "pageSections": sections,
                "hasPageSections": !sections.isEmpty,
                "previous": previous ?? false,
                "next": next ?? false,
                "notebook": notebook.map {
                    ["href": MarkupEscaping.html.escape($0)] as [String: Any]
                }
                    ?? false,
                "search": options.search,
            ])
    }
}
