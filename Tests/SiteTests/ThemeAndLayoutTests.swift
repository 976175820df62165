import Book
import Foundation
import Testing

@testable import Site

@Suite struct ThemeAndLayoutTests {
    @Test func replacesDefaultFilesWithTheBooksOwnTheme() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(
            "theme/cell.mustache",
            "<section class=\"my-cell\">{{prompt}}<pre>{{code}}</pre></section>\n")
        try folder.write("theme/lit.css", "body { color: teal; }\n")
        try folder.write("theme/logo.svg", "<svg/>")
        let theme = try Theme.standard(
            overriddenBy: folder.url.appendingPathComponent("theme").path)
        let files = try SiteRenderer(theme: theme).render(book: try Books.fixture())
        let page = try #require(files.text("9.2-second.html"))
        #expect(
            page.contains("<section class=\"my-cell\">In [1]:<pre><span class=\"kw\">for</span>"))
        #expect(files.text("assets/lit.css") == "body { color: teal; }\n")
        #expect(files.text("assets/logo.svg") == "<svg/>")
        #expect(files["assets/lit.js"] != nil)
    }

    @Test func reportsAMissingOrBrokenTemplate() throws {
        var files = try Theme.standard().files
        files["cell.mustache"] = Array("{{#open}} never closed".utf8)
        #expect(throws: SiteError.self) { try SiteRenderer(theme: Theme(files: files)) }
        files["cell.mustache"] = nil
        #expect(throws: SiteError("the theme has no template 'cell.mustache'")) {
            try SiteRenderer(theme: Theme(files: files))
        }
    }

    @Test func listsChaptersInBookOrderWithTheFrontPageApart() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in ["6.10-z.md", "6.9-y.md", "appendix.md", "index.md", "notes.txt", "6.2-x.md"] {
            try folder.write("Book/\(name)", "# \(name)\n")
        }
        try folder.write("theme/page.mustache", "x")
        let layout = try BookLayout(folder: folder.url.appendingPathComponent("Book").path)
        #expect(
            layout.chapterPaths.map { $0.split(separator: "/").last.map(String.init) ?? "" } == [
                "6.2-x.md", "6.9-y.md", "6.10-z.md", "appendix.md",
            ])
        #expect(layout.frontPagePath?.hasSuffix("Book/index.md") == true)
        #expect(layout.themeFolder?.hasSuffix("/theme") == true)
        #expect(layout.folderName == "Book")
        #expect(throws: SiteError.self) {
            try BookLayout(folder: folder.url.appendingPathComponent("none").path)
        }
    }
}
