import Foundation
import Testing

@testable import Site

@Suite struct SiteFilesTests {
    static func site(_ files: [(String, String)]) throws -> SiteFiles {
        var site = SiteFiles()
        for (path, text) in files { try site.set(path, text: text) }
        return site
    }

    @Test func writesOnlyChangedFilesAndRemovesOnlyItsOwnStaleFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.url.appendingPathComponent("site").path
        let first = try Self.site([("index.html", "1"), ("a.html", "a"), ("assets/x.css", "x")])
        let report = try first.write(to: out)
        #expect(report.written == ["index.html", "a.html", "assets/x.css"])
        #expect(folder.read("site/.lit-manifest") == "a.html\nassets/x.css\nindex.html\n")
        try folder.write("site/CNAME", "example.org")

        let again = try first.write(to: out)
        #expect(again.written.isEmpty && again.unchanged.count == 3)

        let second = try Self.site([("index.html", "2"), ("b.html", "b")])
        #expect(
            second.staleFiles(comparedTo: out) == [
                ".lit-manifest", "a.html", "assets/x.css", "b.html", "index.html",
            ])
        let report2 = try second.write(to: out)
        #expect(report2.written == ["index.html", "b.html"])
        #expect(report2.removed == ["a.html", "assets/x.css"])
        #expect(folder.read("site/CNAME") == "example.org")
        #expect(!FileManager.default.fileExists(atPath: out + "/assets"))
        #expect(second.staleFiles(comparedTo: out).isEmpty)
    }

    @Test func reportsAMissingFolderAsEveryFileStale() throws {
        let site = try Self.site([("index.html", "1")])
        #expect(
            site.staleFiles(comparedTo: "/nonexistent-lit-folder") == [
                ".lit-manifest", "index.html",
            ])
    }

    @Test func ignoresManifestLinesThatPointOutsideTheSite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("keep.txt", "keep")
        try folder.write("site/.lit-manifest", "../keep.txt\n/etc/passwd\nold.html\n")
        try folder.write("site/old.html", "old")
        let report = try Self.site([("index.html", "1")]).write(
            to: folder.url.appendingPathComponent("site").path)
        #expect(report.removed == ["old.html"])
        #expect(folder.read("keep.txt") == "keep")
    }

    @Test func refusesPathsOutsideTheSite() {
        var site = SiteFiles()
        for path in ["../x", "/abs", "a//b", "a/./b", "a\\b", ""] {
            #expect(throws: SiteError.self) { try site.set(path, text: "") }
        }
    }

    @Test func replacesASymbolicLinkInsteadOfWritingThroughIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = try folder.write("outside.txt", "outside")
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("site"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("site/index.html").path,
            withDestinationPath: target)
        try Self.site([("index.html", "new")]).write(
            to: folder.url.appendingPathComponent("site").path)
        #expect(folder.read("outside.txt") == "outside")
        #expect(folder.read("site/index.html") == "new")
    }
}
