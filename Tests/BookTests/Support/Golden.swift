import Foundation
import Testing

/// Golden files of the Book tests: compared, or rewritten when `LIT_UPDATE_GOLDEN=1`.
enum Golden {
    /// The folder of this test target's fixtures.
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// Whether golden files are being regenerated.
    static var updating: Bool {
        ProcessInfo.processInfo.environment["LIT_UPDATE_GOLDEN"] == "1"
    }

    /// The bytes of a fixture file.
    static func bytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(relativePath)))
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

/// A small seeded random generator (SplitMix64), so randomized tests repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// A scratch folder for tests that write files, removed by `remove()`.
struct ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("lit-book-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes a file in the folder and returns its path.
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }

    /// The names in the folder, hidden ones included.
    func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
