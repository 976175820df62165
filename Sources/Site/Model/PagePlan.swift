import Book

/// The pages of a site and how they link: file names, titles, sections, previous and next.
struct PagePlan: Sendable {
    /// One chapter's page.
    struct ChapterPage: Sendable {
        /// The chapter and its runs.
        let input: ChapterInput
        /// The file stem, safe in a URL: `6.2-parameter-management`.
        let stem: String
        /// The chapter number as text, or empty.
        let number: String
        /// The title as plain text (the first heading, or the file stem).
        let title: String

        /// The page's file name.
        var href: String { stem + ".html" }
        /// The notebook's file name.
        var notebook: String { stem + ".ipynb" }
        /// The number and title, such as `6.2 Parameter Management`.
        var numberedTitle: String { number.isEmpty ? title : "\(number) \(title)" }
    }

    /// The chapters' pages in book order.
    let chapters: [ChapterPage]

    /// Plans the pages of a book, giving each chapter a unique, URL-safe file stem.
    init(book: BookInput) {
        var used: Set<String> = ["index", "search-index", "assets"]
        var pages: [ChapterPage] = []
        pages.reserveCapacity(book.chapters.count)
        for input in book.chapters {
            let chapter = input.chapter
            var stem = Self.safeStem(chapter.stem)
            if used.contains(stem) {
                var suffix = 1
                while used.contains("\(stem)-\(suffix)") { suffix += 1 }
                stem = "\(stem)-\(suffix)"
            }
            used.insert(stem)
            let title = chapter.title.flatMap { $0.isEmpty ? nil : $0 } ?? chapter.stem
            pages.append(
                ChapterPage(
                    input: input, stem: stem, number: chapter.number?.description ?? "",
                    title: title))
        }
        chapters = pages
    }

    /// A file stem with every character other than ASCII letters, digits, `.`, `_` and `-`
    /// replaced by `-` (so links need no percent-encoding).
    static func safeStem(_ stem: String) -> String {
        var result = ""
        for scalar in stem.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", ".", "_", "-":
                result.unicodeScalars.append(scalar)
            default: result += "-"
            }
        }
        while result.hasPrefix(".") { result.removeFirst() }
        return result.isEmpty ? "chapter" : result
    }
}
