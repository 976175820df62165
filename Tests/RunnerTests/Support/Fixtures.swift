import Book
import Foundation
// Every test file of this target sees the shared helpers (golden files, temporary folders).
@_exported import TestSupport
import Testing

@testable import Runner

/// Fixture books and golden files of the runner's tests.
enum Fixtures {
    /// The folder, `Tests/RunnerTests/Fixtures`.
    static let folder = Repository.fixtures(of: "RunnerTests")

    /// `Tests/RunnerTests/Fixtures`.
    static var root: String { folder.path }

    /// The fixture book `name` under `Fixtures/books`.
    static func book(_ name: String) -> String {
        root + "/books/" + name
    }

    /// Compares `actual` with the golden file `Fixtures/golden/<name>`, or rewrites it under
    /// `make golden`.
    static func expectGolden(
        _ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        folder.check(actual, against: "golden/" + name, sourceLocation: sourceLocation)
    }

    /// Replaces the fixture root in report text with `<fixtures>`, so golden files don't depend
    /// on where the repository is.
    static func portable(_ text: String) -> String {
        text.replacingOccurrences(of: root, with: "<fixtures>")
    }
}

extension TemporaryFolder {
    /// Copies a fixture book into the folder and returns the copy's path.
    func copy(book name: String) throws -> String {
        let destination = path + "/" + name
        try FileManager.default.copyItem(atPath: Fixtures.book(name), toPath: destination)
        return destination
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
