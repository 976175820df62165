import Foundation
import Testing

/// Golden files of the Site tests: compared, or rewritten when `LIT_UPDATE_GOLDEN=1`.
enum Golden {
    /// The folder of this test target's fixtures.
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The repository's root folder.
    static let repository = fixtures.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Whether golden files are being regenerated.
    static var updating: Bool {
        ProcessInfo.processInfo.environment["LIT_UPDATE_GOLDEN"] == "1"
    }

    /// Compares `actual` with a golden file, or rewrites the file when updating.
    static func check(
        _ actual: String, against relativePath: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = fixtures.appendingPathComponent(relativePath)
        if updating {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(
            actual == expected, "golden \(relativePath) differs", sourceLocation: sourceLocation)
    }
}

/// A scratch folder for tests that write files, removed by `remove()`.
struct ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("lit-site-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    var path: String { url.path }

    /// Writes a text file in the folder (making its folders) and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    /// The text of a file in the folder, or `nil`.
    func read(_ name: String) -> String? {
        FileManager.default.contents(atPath: url.appendingPathComponent(name).path)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
