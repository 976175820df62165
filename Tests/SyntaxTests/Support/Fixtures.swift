import Foundation
// Every test file of this target sees the shared helpers (golden files, seeded generators).
@_exported import TestSupport
import Testing

/// The fixture folders of the Syntax tests and their golden files.
enum Fixtures {
    /// The folder, `Tests/SyntaxTests/Fixtures`.
    static let folder = Repository.fixtures(of: "SyntaxTests")

    /// `Tests/SyntaxTests/Fixtures`.
    static var root: URL { folder.url }

    /// `Tests/Fixtures`, shared by every test target.
    static var shared: URL { Repository.sharedFixtures.url }

    /// Whether golden files are being regenerated (`make golden`).
    static var updating: Bool { GoldenFiles.updating }

    /// The base names of the `.py` files in a fixture folder, sorted.
    static func programs(in relative: String) -> [String] {
        folder.names(in: relative, suffix: ".py").map { String($0.dropLast(3)) }
    }

    /// The text of a fixture file.
    static func text(_ relativePath: String) throws -> String {
        try folder.text(relativePath)
    }

    /// Compares `actual` with a golden file, or rewrites the file under `make golden`.
    static func check(
        _ actual: String, against relativePath: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        folder.check(actual, against: relativePath, sourceLocation: sourceLocation)
    }
}
