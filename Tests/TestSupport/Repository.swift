import Foundation

/// Where the repository and its test fixtures are, found from this file's own path, so tests
/// run from any checkout and any working directory.
public enum Repository {
    /// The repository's root folder (the one holding `Package.swift`).
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/`.
    public static let tests = root.appendingPathComponent("Tests")

    /// The `Fixtures` folder of the test target `target`, such as `SyntaxTests`.
    public static func fixtures(of target: String) -> FixtureFolder {
        FixtureFolder(tests.appendingPathComponent(target).appendingPathComponent("Fixtures"))
    }

    /// `Tests/Fixtures`, the reference outputs every test target may read.
    public static let sharedFixtures = FixtureFolder(tests.appendingPathComponent("Fixtures"))
}
