import Commands
import Foundation
import Preview
import Runner
import Serving
import TestSupport
import Testing

@testable import Publish

/// Collects the lines a server logs.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}

@Suite(.serialized) struct ServeActionTests {
    /// Serves the fixture book on an ephemeral loopback port while `body` runs.
    func serving(
        _ book: BookFixture, host: String = "127.0.0.1",
        _ body: (PreviewServer, UInt16, LogLines) async throws -> Void
    ) async throws {
        let log = LogLines()
        let action = ServeAction(builder: book.builder(), host: host, port: 0)
        let server = try action.makeServer(pollInterval: .milliseconds(50)) { log.append($0) }
        let task = Task { try await server.run() }
        do {
            let port = try await server.waitUntilListening()
            try await body(server, port, log)
        } catch {
            task.cancel()
            await server.stop()
            throw error
        }
        task.cancel()
        await server.stop()
    }

    func waitForVersion(_ server: PreviewServer, after version: Int) async throws -> Int {
        for _ in 0..<200 {
            let now = await server.version
            if now != version { return now }
            try await Task.sleep(for: .milliseconds(50))
        }
        return await server.version
    }

    @Test func servesTheBuiltBookOverLoopbackHTTP() async throws {
        let book = try BookFixture()
        try await serving(book) { _, port, _ in
            let index = try await RawHTTP.fetch("/", port: port)
            #expect(index.status == 200)
            #expect(index.text.contains("<title>A Small Book</title>"))
            #expect(index.text.contains("<script id=\"lit-preview\">"))
            let page = try await RawHTTP.fetch("/1.1-first.html", port: port)
            #expect(page.status == 200 && page.text.contains("42"))
            #expect(try await RawHTTP.fetch("/1.2-second.ipynb", port: port).status == 200)
        }
        // Serving writes no site folder.
        #expect(!FileManager.default.fileExists(atPath: book.site))
    }

    @Test func refusesPathsOutsideTheSiteAndSymbolicLinks() async throws {
        let book = try BookFixture()
        try FileManager.default.createSymbolicLink(
            atPath: book.chapters + "/escape.html", withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(
            atPath: book.chapters + "/up", withDestinationPath: book.root.path)
        try await serving(book) { _, port, _ in
            for target in [
                "/../Chapters/1.1-first.md", "/%2e%2e/Chapters/1.1-first.md",
                "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "/assets%2F..%2F..%2Fetc%2Fpasswd",
                "/..%5cChapters", "/.%2e/x", "/%252e%252e/x", "/%c0%ae%c0%ae/etc/passwd",
                "/escape.html", "/up/Chapters/1.1-first.md", "/1.1-first.md",
                "/Chapters/1.1-first.md", "/assets/../../etc/passwd",
            ] {
                let status = try await RawHTTP.fetch(target, port: port).status
                #expect(status == 404, "\(target)")
            }
        }
    }

    @Test func rebuildsWhenAChapterChangesAndReportsCellErrors() async throws {
        let book = try BookFixture()
        try await serving(book) { server, port, log in
            let start = await server.version
            try await Task.sleep(for: .milliseconds(120))
            try book.writeChapter(
                "1.3-third.md", "# Third\n\n```python\nprint('fresh ' * 2)\nnothing_here\n```\n")
            let version = try await waitForVersion(server, after: start)
            #expect(version == start + 1)
            let page = try await RawHTTP.fetch("/1.3-third.html", port: port)
            #expect(page.status == 200)
            #expect(page.text.contains("fresh fresh"))
            #expect(page.text.contains("NameError"))
            #expect(log.all.contains { $0.contains("1.3-third.md:5:1: error: cell 1 raised") })
            let state = try await RawHTTP.fetch("/__lit/version", port: port).text
            #expect(state == "{\"version\":\(version),\"error\":null}")
        }
    }

    @Test func failsToStartOnABookWithErrors() throws {
        let book = try BookFixture()
        let builder = SiteBuilder(
            options: PublishOptions(paths: [book.root.path + "/nowhere"]), cache: nil)
        let log = LogLines()
        #expect(throws: PreviewError.self) {
            _ = try ServeAction(builder: builder, port: 0).makeServer { log.append($0) }
        }
        #expect(log.all.contains { $0.contains("no such file or folder") })
    }
}
