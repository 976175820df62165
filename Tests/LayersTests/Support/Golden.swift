import Foundation
// Every test file of this target sees the shared helpers (golden files, seeded generators).
@_exported import TestSupport
import Testing

/// Golden files of this library's own outputs under `Fixtures/golden/`: compared by default,
/// rewritten from the current output under `make golden`.
enum Golden {
    static func check(
        _ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        Repository.fixtures(of: "LayersTests").check(
            actual, against: "golden/\(name)", sourceLocation: sourceLocation)
    }
}
