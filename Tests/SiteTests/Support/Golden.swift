import Foundation
// Every test file of this target sees the shared helpers (golden files, temporary folders).
@_exported import TestSupport
import Testing

/// The fixtures and golden files of the Site tests, `Tests/SiteTests/Fixtures`.
enum Golden {
    /// The folder.
    static let folder = Repository.fixtures(of: "SiteTests")

    /// The folder's URL.
    static var fixtures: URL { folder.url }

    /// The repository's root folder.
    static var repository: URL { Repository.root }

    /// Compares `actual` with a golden file, or rewrites the file under `make golden`.
    static func check(
        _ actual: String, against relativePath: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        folder.check(actual, against: relativePath, sourceLocation: sourceLocation)
    }
}
