import Book
import Foundation
import Testing

@testable import Runner

/// Fixture books and golden files of the runner's tests.
enum Fixtures {
    /// `Tests/RunnerTests/Fixtures`.
    static let root: String = {
        let file = URL(fileURLWithPath: #filePath)
        return file.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").path
    }()

    /// The fixture book `name` under `Fixtures/books`.
    static func book(_ name: String) -> String {
        root + "/books/" + name
    }

    /// Whether golden files are rewritten instead of compared (`LIT_UPDATE_GOLDEN=1`).
    static var updatesGolden: Bool {
        ProcessInfo.processInfo.environment["LIT_UPDATE_GOLDEN"] == "1"
    }

    /// Compares `actual` with the golden file `Fixtures/golden/<name>`, or rewrites it.
    static func expectGolden(
        _ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let path = root + "/golden/" + name
        if updatesGolden {
            try FileManager.default.createDirectory(
                atPath: root + "/golden", withIntermediateDirectories: true)
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        #expect(actual == expected, "golden file \(name) differs", sourceLocation: sourceLocation)
    }

    /// Replaces the fixture root in report text with `<fixtures>`, so golden files don't depend
    /// on where the repository is.
    static func portable(_ text: String) -> String {
        text.replacingOccurrences(of: root, with: "<fixtures>")
    }
}

/// A temporary folder removed when the test is done.
final class TemporaryFolder {
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lit-runner-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        path = base.path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Copies a fixture book into the folder and returns the copy's path.
    func copy(book name: String) throws -> String {
        let destination = path + "/" + name
        try FileManager.default.copyItem(atPath: Fixtures.book(name), toPath: destination)
        return destination
    }

    /// Writes a file (making its folders) and returns its path.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        let file = path + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true)
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    /// The folders directly inside, by name.
    func entries(_ relative: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path + "/" + relative).sorted()
    }
}

/// Helpers to run books the way the commands do.
enum Runs {
    /// Settings for tests: one scratch root per test, no cache unless given.
    static func settings(
        jobs: Int = 1, scratch: TemporaryFolder, cache: ResultCache? = nil,
        reusesCache: Bool = true, seed: UInt64 = 0
    ) -> RunSettings {
        RunSettings(
            jobs: jobs, seed: seed, scratchRoot: scratch.path, cache: cache,
            reusesCache: reusesCache)
    }

    /// Runs the book at `paths` with interpreter kernels.
    static func run(
        _ paths: [String], jobs: Int = 1, timeLimit: Double = 30, scratch: TemporaryFolder,
        cache: ResultCache? = nil
    ) -> BookRun {
        let runner = BookRunner(
            kernels: InterpreterKernelFactory(timeLimit: timeLimit),
            settings: settings(jobs: jobs, scratch: scratch, cache: cache))
        return runner.run(paths: paths)
    }

    /// The outcome's results without timings, for comparing runs.
    static func shown(_ outcome: ChapterOutcome) -> [Int: String] {
        outcome.results.mapValues { $0.recordedText }
    }
}
