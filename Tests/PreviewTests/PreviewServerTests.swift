import Book
import Foundation
import Site
import TestSupport
import Testing

@testable import Preview

/// A preview server on an ephemeral loopback port, serving a small site built from a
/// chapter file in a scratch folder.
final class PreviewFixture: Sendable {
    let folder: URL
    let chapterPath: String
    let server: PreviewServer
    let task: Task<Void, any Error>
    let port: UInt16

    init(rebuildFails: Bool = false) async throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("lit-preview-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let chapterPath = folder.appendingPathComponent("1.1-first.md").path
        self.chapterPath = chapterPath
        try Data("# First\n\nVersion one.\n".utf8).write(to: URL(fileURLWithPath: chapterPath))
        let renderer = try SiteRenderer(theme: Theme.standard())
        @Sendable func build() throws -> SiteFiles {
            let chapter = try ChapterReader().read(path: chapterPath)
            if chapter.text.contains("BREAK") { throw SiteError("chapter says BREAK <b>") }
            return try renderer.render(
                book: BookInput(title: "Preview", chapters: [ChapterInput(chapter: chapter)]))
        }
        server = try PreviewServer(
            site: try build(),
            configuration: .init(
                port: 0, watchedPaths: [folder.path], pollInterval: .milliseconds(50)),
            rebuild: { try build() }, log: { _ in })
        let server = self.server
        task = Task { try await server.run() }
        port = try await server.waitUntilListening()
    }

    func get(_ target: String, method: String = "GET") async throws -> RawHTTP.Response {
        try await RawHTTP.fetch(target, port: port, method: method)
    }

    func edit(_ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: chapterPath))
    }

    /// Waits (up to five seconds) until the served version differs from `version`.
    func waitForVersion(after version: Int) async throws -> Int {
        for _ in 0..<100 {
            let now = await server.version
            if now != version { return now }
            try await Task.sleep(for: .milliseconds(50))
        }
        return await server.version
    }

    /// Runs `body` with a fresh fixture and always stops it afterwards.
    static func with(_ body: (PreviewFixture) async throws -> Void) async throws {
        let fixture = try await PreviewFixture()
        do {
            try await body(fixture)
        } catch {
            await fixture.stop()
            throw error
        }
        await fixture.stop()
    }

    func stop() async {
        task.cancel()
        await server.stop()
        try? FileManager.default.removeItem(at: folder)
    }
}

@Suite(.serialized) struct PreviewServerTests {
    @Test func servesPagesAndAssetsWithTheirContentTypes() async throws {
        try await PreviewFixture.with { fixture in
            let root = try await fixture.get("/")
            #expect(root.status == 200)
            #expect(root.headers["content-type"] == "text/html; charset=utf-8")
            #expect(root.text.contains("<title>Preview</title>"))
            let page = try await fixture.get("/1.1-first.html")
            #expect(page.status == 200)
            #expect(page.text.contains("Version one."))
            let css = try await fixture.get("/assets/lit.css")
            #expect(css.status == 200)
            #expect(css.headers["content-type"] == "text/css; charset=utf-8")
            #expect(
                try await fixture.get("/search-index.json").headers["content-type"]?.hasPrefix(
                    "application/json") == true)
            #expect(try await fixture.get("/1.1-first.ipynb").status == 200)
            let head = try await fixture.get("/index.html", method: "HEAD")
            #expect(head.status == 200 && head.body.isEmpty)
            #expect(try await fixture.get("/index.html", method: "POST").status == 405)
        }
    }

    @Test func refusesEveryPathOutsideTheSite() async throws {
        try await PreviewFixture.with { fixture in
            let attempts = [
                "/../Package.swift", "/assets/../index.html", "/%2e%2e/etc/passwd",
                "/%2E%2E%2Fetc%2Fpasswd", "/assets%2flit.css", "/assets%5clit.css", "/..%5c..%5cx",
                "//etc/passwd", "/etc/passwd", "/./index.html", "/index.html%00", "/%252e%252e/x",
                "/\(fixture.chapterPath)", "/1.1-first.md", "/nothing.html",
                "http://evil/index.html",
            ]
            for target in attempts {
                let status = try await fixture.get(target).status
                #expect(status == 404, "\(target)")
            }
        }
    }

    @Test func addsTheReloadScriptToPagesOnly() async throws {
        try await PreviewFixture.with { fixture in
            let page = try await fixture.get("/index.html").text
            #expect(page.contains("<script id=\"lit-preview\">"))
            #expect(page.hasSuffix("</script>\n</body>\n</html>\n"))
            #expect(!(try await fixture.get("/assets/lit.js").text.contains("lit-preview")))
            let version = try await fixture.get("/__lit/version")
            #expect(version.status == 200)
            #expect(version.text == "{\"version\":1,\"error\":null}")
        }
    }

    @Test func rebuildsAfterAChangeAndServesTheNewSite() async throws {
        try await PreviewFixture.with { fixture in
            try await Task.sleep(for: .milliseconds(120))
            try fixture.edit("# First\n\nVersion two.\n")
            let version = try await fixture.waitForVersion(after: 1)
            #expect(version == 2)
            #expect(try await fixture.get("/1.1-first.html").text.contains("Version two."))
            #expect(
                try await fixture.get("/__lit/version").text == "{\"version\":2,\"error\":null}")
        }
    }

    @Test func keepsTheLastGoodSiteAndShowsTheErrorWhenARebuildFails() async throws {
        try await PreviewFixture.with { fixture in
            try await Task.sleep(for: .milliseconds(120))
            try fixture.edit("# First\n\nBREAK\n")
            let version = try await fixture.waitForVersion(after: 1)
            #expect(version == 2)
            #expect(try await fixture.get("/1.1-first.html").text.contains("Version one."))
            #expect(
                try await fixture.get("/__lit/version").text
                    == "{\"version\":2,\"error\":\"chapter says BREAK <b>\"}")
            try fixture.edit("# First\n\nVersion three.\n")
            #expect(try await fixture.waitForVersion(after: 2) == 3)
            #expect(try await fixture.get("/1.1-first.html").text.contains("Version three."))
        }
    }

    @Test func resolvesRequestPathsToSiteFiles() {
        #expect(SitePath.resolve("/") == "index.html")
        #expect(SitePath.resolve("/assets/lit.css") == "assets/lit.css")
        #expect(SitePath.resolve("/docs/") == "docs/index.html")
        #expect(SitePath.resolve("/6.2%20x.html") == "6.2 x.html")
        #expect(SitePath.resolve("/a/../b") == nil)
        #expect(SitePath.resolve("/%2e%2e/b") == nil)
        #expect(SitePath.resolve("/a%2Fb") == nil)
        #expect(SitePath.resolve("a.html") == nil)
    }
}
