import Book
import Foundation
import Testing

@testable import Site

@Suite struct RenderTests {
    static func render(_ book: BookInput, theme: Theme? = nil) throws -> SiteFiles {
        try SiteRenderer(theme: theme ?? Theme.standard()).render(book: book)
    }

    @Test func matchesTheGoldenPagesOfTheFixtureBook() throws {
        let files = try Self.render(try Books.fixture())
        for name in ["9.1-every-part.html", "index.html"] {
            try Golden.check(try #require(files.text(name)), against: "golden/\(name)")
        }
    }

    @Test func writesEveryPageNotebookIndexAndAsset() throws {
        let files = try Self.render(try Books.fixture())
        #expect(
            files.paths == [
                "index.html", "9.1-every-part.html", "9.1-every-part.ipynb", "9.2-second.html",
                "9.2-second.ipynb", "search-index.json", "search-index.js", "assets/favicon.svg",
                "assets/lit.css", "assets/lit.js",
            ])
    }

    @Test func rendersTwiceToTheSameBytes() throws {
        let book = try Books.repositoryBook()
        let first = try Self.render(book)
        let second = try Self.render(book)
        #expect(first == second)
        #expect(first.count > 5)
    }

    @Test func numbersHeadingsAndGivesThemAnchorsAndHoverLinks() throws {
        let html = try #require(try Self.render(try Books.fixture()).text("9.1-every-part.html"))
        #expect(
            html.contains(
                "<h2 id=\"errors-options\"><span class=\"secno\">9.1.1</span> Errors &amp; Options<a class=\"anchor\" href=\"#errors-options\""
            ))
        #expect(html.contains("<h3 id=\"nested-cells\"><span class=\"secno\">9.1.1.1</span>"))
        #expect(html.contains("<h2 id=\"summary\"><span class=\"secno\">9.1.2</span>"))
        #expect(
            html.contains(
                "<a href=\"#summary\" data-section=\"summary\"><span class=\"secno\">9.1.2</span> Summary</a>"
            ))
    }

    @Test func showsPromptsOutputsAndErrorsLikeJupyter() throws {
        let html = try #require(try Self.render(try Books.fixture()).text("9.1-every-part.html"))
        #expect(html.contains("<div class=\"prompt\">In [3]:</div>"))
        #expect(html.contains("<div class=\"prompt\">Out[3]:</div>"))
        // Printed text has no Out prompt.
        #expect(
            html.contains(
                "<div class=\"cell-row cell-output stream\">\n<div class=\"prompt\"></div>"))
        #expect(html.contains("<div class=\"cell has-error\" id=\"errors-options-cell-1\">"))
        #expect(html.contains("<span class=\"ename\">ValueError</span>: invalid literal"))
        // A hidden cell is counted but not shown; hide-output shows the code only.
        #expect(!html.contains("secret = 42"))
        #expect(html.contains("<div class=\"prompt\">In [6]:</div>"))
        #expect(!html.contains(">42</pre>"))
        #expect(html.contains("<div class=\"prompt\">In [ ]:</div>"))
        // A cell inside a list item keeps its place in the list.
        #expect(
            html.contains(
                "<p>A list item with a cell:</p>\n<div class=\"cell\" id=\"nested-cells-cell-1\">"))
    }

    @Test func highlightsCodeWithTheSyntaxLexer() throws {
        let html = CodeHTML.highlighted("def f(x):  # note\n    return len('a') + 1.5\n@dec\n")
        #expect(
            html
                == "<span class=\"kw\">def</span> <span class=\"df\">f</span>(<span class=\"nm\">x</span>):  <span class=\"cm\"># note</span>\n    <span class=\"kw\">return</span> <span class=\"bi\">len</span>(<span class=\"st\">&#39;a&#39;</span>) <span class=\"op\">+</span> <span class=\"nu\">1.5</span>\n<span class=\"dc\">@dec</span>\n"
        )
    }

    @Test func prefersRunsToRecordedOutputs() throws {
        let reader = ChapterReader()
        let chapter = try reader.parse(
            "# T\n\n```python\nprint(1)\nx\n```\n\n```output\nold\n```\n\n```python\n1/0\n```\n",
            path: "1-t.md")
        let runs: [Int: CellRun] = [
            1: CellRun(output: "1\n<b>\n", printed: "1\n", display: "<b>\n"),
            2: CellRun(
                output: "ZeroDivisionError: division by zero\n",
                error: CellRunError(type: "ZeroDivisionError", message: "division by zero")),
        ]
        let book = BookInput(title: "B", chapters: [ChapterInput(chapter: chapter, runs: runs)])
        let html = try #require(try Self.render(book).text("1-t.html"))
        #expect(!html.contains(">old<"))
        #expect(html.contains("<div class=\"cell-body\"><pre class=\"output\">1</pre></div>"))
        #expect(
            html.contains(
                "<div class=\"prompt\">Out[1]:</div>\n<div class=\"cell-body\"><pre class=\"output\">&lt;b&gt;</pre>"
            ))
        #expect(
            html.contains("<span class=\"ename\">ZeroDivisionError</span>: division by zero</pre>"))
        #expect(!html.contains("division by zero\nZeroDivisionError"))
    }

    @Test func guessesPrintedTextFromTheCodeWhenOnlyTheRecordedOutputIsKnown() {
        #expect(OutputSplit.endsWithDisplayedExpression("x = 1\nx\n"))
        #expect(!OutputSplit.endsWithDisplayedExpression("print(1)\n"))
        #expect(!OutputSplit.endsWithDisplayedExpression("x\n1;\n"))
        #expect(!OutputSplit.endsWithDisplayedExpression("for i in x:\n    i\n"))
        #expect(!OutputSplit.endsWithDisplayedExpression("def (:\n"))
    }

    @Test func linksPreviousAndNextPages() throws {
        let files = try Self.render(try Books.fixture())
        let first = try #require(files.text("9.1-every-part.html"))
        let second = try #require(files.text("9.2-second.html"))
        let index = try #require(files.text("index.html"))
        #expect(first.contains("href=\"index.html\" rel=\"prev\""))
        #expect(first.contains("href=\"9.2-second.html\" rel=\"next\""))
        #expect(second.contains("href=\"9.1-every-part.html\" rel=\"prev\""))
        #expect(!second.contains("rel=\"next\""))
        #expect(index.contains("href=\"9.1-every-part.html\" rel=\"next\""))
        #expect(first.contains("href=\"9.1-every-part.ipynb\" download"))
    }

    @Test func rendersATwoHundredChapterBook() throws {
        let book = try Books.synthetic(chapters: 200)
        let files = try Self.render(book)
        #expect(files.count == 1 + 200 * 2 + 2 + 3)
        let page = try #require(files.text("100.1-chapter-100.html"))
        #expect(page.contains("href=\"99.1-chapter-99.html\" rel=\"prev\""))
        #expect(page.contains("href=\"101.1-chapter-101.html\" rel=\"next\""))
        #expect(page.contains("<span class=\"secno\">100.1.4</span> Section 4"))
        #expect(page.contains("Chapter 100 &amp; more"))
        let search = try #require(files.text("search-index.json"))
        #expect(search.components(separatedBy: "\"url\":").count - 1 == 200 * 5)
    }

    @Test func makesUniqueSafeFileNamesForChapters() throws {
        let reader = ChapterReader()
        let one = try reader.parse("# A\n", path: "a/1 intro?.md")
        let two = try reader.parse("# B\n", path: "b/1 intro?.md")
        let three = try reader.parse("# C\n", path: "index.md")
        let book = BookInput(
            title: "T", chapters: [one, two, three].map { ChapterInput(chapter: $0) })
        let files = try Self.render(book)
        #expect(files["1-intro-.html"] != nil)
        #expect(files["1-intro--1.html"] != nil)
        #expect(files["index-1.html"] != nil)
    }

    @Test func takesTheTitleFromTheFrontPageOrTheFolder() throws {
        let reader = ChapterReader()
        let front = try reader.parse("# The Book\n\nHello.\n", path: "index.md")
        #expect(
            BookInput(folderName: "Chapters", frontPage: front, chapters: []).title == "The Book")
        #expect(BookInput(folderName: "Chapters", frontPage: nil, chapters: []).title == "Chapters")
    }

    @Test func writesTheRepositoryBookWithRealOutputs() throws {
        let files = try Self.render(try Books.repositoryBook())
        let index = try #require(files.text("search-index.json"))
        #expect(index.contains("GlorotUniform"))
        #expect(
            index.contains("\"url\":\"6.3-parameter-initialization.html#built-in-initialization\""))
        let page = try #require(files.text("6.2-parameter-management.html"))
        #expect(page.contains("TensorShape([2, 1])"))
        // Set LIT_SITE_DEMO_DIR to look at this site in a browser (scripts/browser-check).
        if let folder = ProcessInfo.processInfo.environment["LIT_SITE_DEMO_DIR"] {
            try files.write(to: folder)
        }
    }
}
