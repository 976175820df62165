import Foundation
import Testing

/// Golden files of the Plot tests: compared, or rewritten when `LIT_UPDATE_GOLDEN=1`.
enum Golden {
    /// The folder of this test target's fixtures.
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// Whether golden files are being regenerated.
    static var updating: Bool {
        ProcessInfo.processInfo.environment["LIT_UPDATE_GOLDEN"] == "1"
    }

    /// The contents of a fixture file.
    static func read(_ relativePath: String) throws -> Data {
        try Data(contentsOf: fixtures.appendingPathComponent(relativePath))
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
