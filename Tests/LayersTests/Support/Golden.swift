import Foundation
import Testing

/// Golden files of this library's own outputs under `Fixtures/golden/`: compared by default,
/// rewritten from the current output when `LIT_UPDATE_GOLDEN=1`.
enum Golden {
    static func check(
        _ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = fixturesDirectory.appendingPathComponent("golden/\(name)")
        if ProcessInfo.processInfo.environment["LIT_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, sourceLocation: sourceLocation)
    }
}
