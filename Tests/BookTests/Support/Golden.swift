import Foundation
// Every test file of this target sees the shared helpers (golden files, temporary folders,
// seeded generators).
@_exported import TestSupport
import Testing

/// The fixtures and golden files of the Book tests, `Tests/BookTests/Fixtures`.
enum Golden {
    /// The folder.
    static let folder = Repository.fixtures(of: "BookTests")

    /// The folder's URL.
    static var fixtures: URL { folder.url }

    /// The bytes of a fixture file.
    static func bytes(_ relativePath: String) throws -> [UInt8] {
        try folder.bytes(relativePath)
    }

    /// Compares `actual` with a golden file, or rewrites the file under `make golden`.
    static func check(
        _ actual: String, against relativePath: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        folder.check(actual, against: relativePath, sourceLocation: sourceLocation)
    }
}
