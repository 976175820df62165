import Foundation
import Testing

/// A folder of test fixtures: files the tests read, and golden files they compare their
/// output with (or rewrite, under `make golden`).
public struct FixtureFolder: Sendable {
    /// The folder.
    public let url: URL

    /// Names a folder.
    public init(_ url: URL) {
        self.url = url
    }

    /// The folder's path.
    public var path: String { url.path }

    /// A file or folder inside, by its path relative to this folder.
    public func url(_ relative: String) -> URL {
        url.appendingPathComponent(relative)
    }

    /// A sub-folder as a fixture folder of its own.
    public func folder(_ relative: String) -> FixtureFolder {
        FixtureFolder(url(relative))
    }

    /// The text of a file inside.
    public func text(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    /// The bytes of a file inside.
    public func bytes(_ relative: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(relative)))
    }

    /// The names of the files inside a sub-folder that end with `suffix`, sorted.
    public func names(in relative: String = "", suffix: String = "") -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url(relative).path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted()
    }

    /// Compares `actual` with the golden file `relative`, or rewrites the file under
    /// `make golden`; records an issue when they differ, when the file is missing, or when
    /// `make golden` is asked to rewrite a reference file.
    public func check(
        _ actual: String, against relative: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        if let golden = mismatch(actual, golden: relative, sourceLocation: sourceLocation) {
            #expect(
                actual == golden, "golden file \(relative) differs", sourceLocation: sourceLocation)
        }
    }

    /// The golden file's text when it differs from `actual` (`"(missing)\n"` when there is
    /// none), or `nil` when they match; under `make golden`, rewrites the file instead and
    /// returns `nil` (a reference file is refused: an issue is recorded and nothing written).
    public func mismatch(
        _ actual: String, golden relative: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> String? {
        let file = url(relative)
        if GoldenFiles.updating {
            do {
                try GoldenFiles.write(actual, to: file)
            } catch {
                Issue.record("\(error)", sourceLocation: sourceLocation)
            }
            return nil
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            return "(missing)\n"
        }
        return expected == actual ? nil : expected
    }
}
