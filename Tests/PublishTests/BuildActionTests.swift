import Commands
import Foundation
import Runner
import Testing

@testable import Publish
@testable import Site

@Suite struct BuildActionTests {
    @Test func writesTheFrontPageEveryChapterItsNotebookAndTheSearchIndex() throws {
        let book = try BookFixture()
        let (status, console) = book.build()
        #expect(status == .success, "\(console.errorOutput)")
        let files = try book.siteContents()
        for name in [
            "index.html", "1.1-first.html", "1.2-second.html", "1.1-first.ipynb",
            "1.2-second.ipynb", "search-index.json", "assets/lit.css", SiteFiles.manifestName,
        ] {
            #expect(files[name] != nil, "\(name)")
        }
        #expect(try book.page("index.html").contains("<title>A Small Book</title>"))
        let first = try book.page("1.1-first.html")
        #expect(first.contains("42"))
        #expect(first.contains("[0, 1, 4, 9]"))
        #expect(try book.page("1.2-second.html").contains("ZeroDivisionError"))
        #expect(
            console.output
                == "built \(book.site): 2 chapters (2 ran), \(files.count - 1) written, "
                + "0 unchanged, 0 removed\n")
    }

    @Test func aSecondBuildWritesNothingAndGivesTheSameBytes() throws {
        let book = try BookFixture()
        #expect(book.build().status == .success)
        let before = try book.siteContents()
        let times = try book.siteModificationTimes()
        Thread.sleep(forTimeInterval: 0.02)
        let (status, console) = book.build()
        #expect(status == .success)
        #expect(console.output.contains("(0 ran), 0 written, \(before.count - 1) unchanged"))
        #expect(try book.siteContents() == before)
        #expect(try book.siteModificationTimes() == times)
        // Without the cache the chapters run again and still give the same bytes.
        #expect(book.build(builder: book.builder(usesCache: false)).status == .success)
        #expect(try book.siteContents() == before)
    }

    @Test func checkPassesWhenCurrentAndNamesEachStaleFileWithoutWriting() throws {
        let book = try BookFixture()
        let empty = book.build(checks: true)
        #expect(empty.status == .failure)
        #expect(empty.console.errorOutput.contains("\(book.site)/index.html: missing\n"))
        #expect(!FileManager.default.fileExists(atPath: book.site))

        #expect(book.build().status == .success)
        let current = book.build(checks: true)
        #expect(current.status == .success)
        #expect(current.console.output.hasPrefix("\(book.site) is up to date"))

        try Data("changed".utf8).write(to: URL(fileURLWithPath: book.site + "/1.1-first.html"))
        try FileManager.default.removeItem(atPath: book.site + "/search-index.json")
        try book.writeChapter("1.2-second.md", "# Second Steps\n\nNo cells any more.\n")
        let stale = book.build(checks: true)
        #expect(stale.status == .failure)
        let errors = stale.console.errorOutput
        #expect(errors.contains("\(book.site)/1.1-first.html: changed\n"))
        #expect(errors.contains("\(book.site)/search-index.json: missing\n"))
        #expect(errors.contains("\(book.site)/1.2-second.html: changed\n"))
        #expect(errors.contains("out of date; run 'lit build' to update it"))
        #expect(try book.page("1.1-first.html") == "changed")
    }

    @Test func checkNamesFilesTheSiteNoLongerHas() throws {
        let book = try BookFixture()
        #expect(book.build().status == .success)
        try FileManager.default.removeItem(atPath: book.chapters + "/1.2-second.md")
        let stale = book.build(checks: true)
        #expect(stale.status == .failure)
        #expect(
            stale.console.errorOutput.contains(
                "\(book.site)/1.2-second.html: extra (no longer part of the site)\n"))
        #expect(stale.console.errorOutput.contains("\(book.site)/.lit-manifest: changed\n"))
    }

    @Test func removesOnlyTheStaleFilesItWrote() throws {
        let book = try BookFixture()
        #expect(book.build().status == .success)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: book.site + "/notes.txt"))
        try FileManager.default.removeItem(atPath: book.chapters + "/1.2-second.md")
        let (status, console) = book.build()
        #expect(status == .success)
        #expect(console.output.contains("2 removed"))
        let files = try book.siteContents()
        #expect(files["1.2-second.html"] == nil && files["1.2-second.ipynb"] == nil)
        #expect(files["notes.txt"] == Data("mine".utf8))
        #expect(book.build(checks: true).status == .success)
    }

    @Test func explainsWhyEachChapterRanOrWasReused() throws {
        let book = try BookFixture()
        let first = book.build(explains: true).console.output
        #expect(first.contains("\(book.chapters)/1.1-first.md: ran (no cache entry)\n"))
        #expect(first.contains("\(book.chapters)/1.2-second.md: ran (no cache entry)\n"))

        let second = book.build(explains: true).console.output
        #expect(second.contains("\(book.chapters)/1.1-first.md: reused cached results\n"))
        #expect(second.contains("\(book.chapters)/1.2-second.md: reused cached results\n"))

        let text = try String(contentsOfFile: book.chapters + "/1.1-first.md", encoding: .utf8)
        try book.writeChapter("1.1-first.md", text.replacingOccurrences(of: "6 * 7", with: "7 * 6"))
        let edited = book.build(explains: true).console.output
        #expect(edited.contains("\(book.chapters)/1.1-first.md: ran (cells changed)\n"))
        #expect(edited.contains("\(book.chapters)/1.2-second.md: reused cached results\n"))

        let seeded = book.build(explains: true, builder: book.builder(seed: 7)).console.output
        #expect(seeded.contains("\(book.chapters)/1.2-second.md: ran (seed changed)\n"))

        let engine = book.build(explains: true, builder: book.builder(engine: "another build"))
        #expect(
            engine.console.output.contains("\(book.chapters)/1.2-second.md: ran (engine changed)\n")
        )

        let forced = book.build(explains: true, builder: book.builder(usesCache: false))
        #expect(
            forced.console.output.contains("\(book.chapters)/1.2-second.md: ran (--no-cache)\n"))
    }

    @Test func reusesTheResultsLitTestStored() throws {
        let book = try BookFixture()
        let test = TestAction(
            options: BookOptions(paths: [book.chapters], jobs: 2), cache: book.cache())
        #expect(test.perform(console: .capturing()) == .success)
        let (status, console) = book.build(explains: true)
        #expect(status == .success)
        #expect(console.output.contains("1.1-first.md: reused cached results\n"))
        #expect(console.output.contains("1.2-second.md: reused cached results\n"))
        #expect(console.output.contains("(0 ran)"))
    }

    @Test func dropsRawHTMLUnlessUnsafeHTMLIsGiven() throws {
        let book = try BookFixture()
        #expect(book.build().status == .success)
        let safe = try book.page("1.1-first.html")
        #expect(!safe.contains("<span class=\"raw-html\">"))
        #expect(safe.contains("raw HTML omitted"))
        #expect(book.build(builder: book.builder(allowsRawHTML: true)).status == .success)
        let unsafe = try book.page("1.1-first.html")
        #expect(unsafe.contains("<span class=\"raw-html\">raw HTML</span>"))
    }

    @Test func buildsThePageOfAChapterWhoseCellRaisesAndExitsOne() throws {
        let book = try BookFixture()
        try book.writeChapter(
            "1.3-broken.md", "# Broken\n\n```python\nprint('before')\nmissing_name\n```\n")
        let (status, console) = book.build()
        #expect(status == .failure)
        #expect(
            console.errorOutput.contains(
                "\(book.chapters)/1.3-broken.md:5:1: error: cell 1 raised NameError: name "
                    + "'missing_name' is not defined\n"))
        let page = try book.page("1.3-broken.html")
        #expect(page.contains("NameError"))
        #expect(page.contains("before"))
        // The expected exception of 1.2 is not reported.
        #expect(!console.errorOutput.contains("ZeroDivisionError"))
    }

    @Test func writesNothingWhenAPathIsMissing() throws {
        let book = try BookFixture()
        let console = Console.capturing()
        let builder = SiteBuilder(
            options: PublishOptions(paths: [book.chapters, book.root.path + "/nowhere"]),
            cache: book.cache())
        let status = BuildAction(builder: builder, outputFolder: book.site).perform(
            console: console)
        #expect(status == .usage)
        #expect(console.errorOutput.contains("nowhere: error: no such file or folder"))
        #expect(!FileManager.default.fileExists(atPath: book.site))
    }

    @Test func takesTheThemeFolderBesideTheChapters() throws {
        let book = try BookFixture()
        let theme = book.root.appendingPathComponent("theme")
        try FileManager.default.createDirectory(at: theme, withIntermediateDirectories: true)
        let standard = try #require(Theme.standard().template("chapter"))
        try Data(("<!-- house theme -->\n" + standard).utf8).write(
            to: theme.appendingPathComponent("chapter.mustache"))
        #expect(book.build().status == .success)
        #expect(try book.page("1.1-first.html").contains("<!-- house theme -->"))
        #expect(!(try book.page("index.html").contains("<!-- house theme -->")))
    }

    @Test func findsTheBookFolderOfTheGivenPaths() {
        #expect(BookFolder.of(["Chapters/6.2-x.md"]) == "Chapters")
        #expect(BookFolder.of(["6.2-x.md"]) == ".")
        #expect(BookFolder.of(["/6.2-x.md"]) == "/")
        #expect(BookFolder.of([]) == nil)
        #expect(BookFolder.of(["/tmp/"]) == "/tmp")
    }
}
