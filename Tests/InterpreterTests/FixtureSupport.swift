import Foundation
import Interpreter
// Every test file of this target sees the shared helpers (golden files, seeded generators).
@_exported import TestSupport

/// Locates and runs the fixture programs under `Fixtures/programs`.
enum FixtureSupport {
    /// The fixture folder, found from this file's path.
    static let programsFolder: URL = Repository.fixtures(of: "InterpreterTests").url("programs")

    /// Every fixture program, as paths relative to the programs folder.
    static let programs: [String] = {
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: programsFolder.path) else { return [] }
        var found: [String] = []
        while let item = walker.nextObject() as? String {
            if item.hasSuffix(".py") { found.append(item) }
        }
        return found.sorted()
    }()

    /// Whether golden files are being regenerated (`make golden`): the programs are
    /// references from CPython, so ``rewrite(_:_:_:)`` refuses them.
    static var updating: Bool { GoldenFiles.updating }

    /// The cells of a fixture (expectation comment lines removed).
    static func cells(of text: String) -> [String] {
        let body = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("# expect") }
            .joined(separator: "\n")
        return body.components(separatedBy: "\n# %%\n")
    }

    /// The expectation lines of a fixture.
    static func expectations(of text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { $0.hasPrefix("# expect") }
            .map(String.init)
    }

    /// Replaces object addresses with `0x…`, as the fixtures record them.
    static func normalizeAddresses(_ text: String) -> String {
        text.replacingOccurrences(
            of: "0x[0-9a-f]{6,}", with: "0x…", options: .regularExpression)
    }

    /// Whether a fixture records where errors happened (`# expect error at 3:9: …`, the line
    /// and column of the failing expression in its cell): the programs under
    /// `error-locations/`.
    static func recordsLocations(_ path: String) -> Bool {
        path.hasPrefix("error-locations/")
    }

    /// Runs a fixture's cells in a fresh session and returns its transcript as expectation
    /// lines (`# expect: …`, `# expect error: …`, or `# expect error at line:column: …` with
    /// `locations`).
    static func transcript(
        of text: String, options: SessionOptions = SessionOptions(), locations: Bool = false
    ) -> [String] {
        let session = Session(options: options)
        defer { session.close() }
        var shown = ""
        for cell in cells(of: text) {
            let outcome = session.run(cell)
            shown += outcome.shownText
            if let e = outcome.error {
                let place = locations ? "at \(e.line):\(e.column): " : ""
                shown += "\u{1}" + place + e.description + "\n"
            }
        }
        shown = normalizeAddresses(shown)
        var lines = shown.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines.map { line in
            if line.hasPrefix("\u{1}") {
                let rest = line.dropFirst()
                return "# expect error" + (rest.hasPrefix("at ") ? " " : ": ") + rest
            }
            return line.isEmpty ? "# expect:" : "# expect: " + line
        }
    }

    /// Rewrites a fixture's expectation lines; throws for the reference programs, whose
    /// expectations only CPython writes (`make reference`).
    static func rewrite(_ url: URL, _ text: String, _ lines: [String]) throws {
        var body = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("# expect") }
            .map(String.init)
        while body.last == "" { body.removeLast() }
        try GoldenFiles.write((body + lines).joined(separator: "\n") + "\n", to: url)
    }
}
