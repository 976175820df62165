import Foundation
// Every test file of this target sees the shared helpers (golden files, fixture folders).
@_exported import TestSupport
import Testing

/// The fixtures and golden files of the Plot tests, `Tests/PlotTests/Fixtures`: lit's own
/// SVG snapshots in `svg/` (rewritten by `make golden`) and matplotlib's references in
/// `matplotlib/` (rewritten only by `make reference`).
enum Golden {
    /// The folder.
    static let folder = Repository.fixtures(of: "PlotTests")

    /// The bytes of a fixture file.
    static func read(_ relativePath: String) throws -> Data {
        Data(try folder.bytes(relativePath))
    }

    /// Compares `actual` with a golden file, or rewrites the file under `make golden`.
    static func check(
        _ actual: String, against relativePath: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        folder.check(actual, against: relativePath, sourceLocation: sourceLocation)
    }
}
