import Commands
import Foundation
import Publish
import Runner
import Site
import TestSupport

/// A copy of the fixture book in a scratch folder, with its own result cache and site folder.
final class BookFixture: Sendable {
    /// The scratch folder, removed with the fixture.
    private let scratch: TemporaryFolder
    /// The scratch folder's URL.
    var root: URL { scratch.url }
    /// The copied chapters folder.
    let chapters: String
    /// Where the site is written.
    let site: String
    /// The cache folder.
    let cacheFolder: String

    init() throws {
        let fixtures = Repository.fixtures(of: "PublishTests").url("book")
        scratch = try TemporaryFolder(prefix: "lit-publish-tests")
        let root = scratch.url
        try FileManager.default.copyItem(
            at: fixtures.appendingPathComponent("Chapters"),
            to: root.appendingPathComponent("Chapters"))
        chapters = root.appendingPathComponent("Chapters").path
        site = root.appendingPathComponent("site").path
        cacheFolder = root.appendingPathComponent(".lit-cache").path
    }

    /// The fixture's cache, under `engine`.
    func cache(engine: String = "publish-tests") -> ResultCache {
        ResultCache(directory: cacheFolder, engine: engine)
    }

    /// A builder of the fixture book.
    func builder(
        seed: UInt64 = 0, allowsRawHTML: Bool = false, usesCache: Bool = true,
        engine: String = "publish-tests"
    ) -> SiteBuilder {
        SiteBuilder(
            options: PublishOptions(
                paths: [chapters], jobs: 2, seed: seed, timeout: 30, allowsRawHTML: allowsRawHTML),
            cache: usesCache ? cache(engine: engine) : nil)
    }

    /// Runs `lit build` on the fixture and returns its status and console.
    func build(
        checks: Bool = false, explains: Bool = false, builder: SiteBuilder? = nil
    ) -> (status: CommandStatus, console: Console) {
        let console = Console.capturing()
        let action = BuildAction(
            builder: builder ?? self.builder(), outputFolder: site, checks: checks,
            explains: explains)
        return (action.perform(console: console), console)
    }

    /// Writes a chapter file (or replaces one).
    func writeChapter(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: chapters + "/" + name))
    }

    /// The site folder's files (the manifest too) and their bytes.
    func siteContents() throws -> [String: Data] {
        var contents: [String: Data] = [:]
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: site) else { return [:] }
        while let name = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = site + "/" + name
            if manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                contents[name] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return contents
    }

    /// The modification times of the site's files.
    func siteModificationTimes() throws -> [String: Date] {
        var times: [String: Date] = [:]
        for name in try siteContents().keys {
            let attributes = try FileManager.default.attributesOfItem(atPath: site + "/" + name)
            times[name] = attributes[.modificationDate] as? Date
        }
        return times
    }

    /// A site file as text.
    func page(_ name: String) throws -> String {
        try String(contentsOfFile: site + "/" + name, encoding: .utf8)
    }
}
