import Foundation
import Interpreter
import Testing

/// Runs every fixture program and compares its transcript with the expectations recorded
/// from CPython 3.11 / IPython 8.12 (by `make reference`, `scripts/reference/python-programs.py`).
@Suite struct ProgramFixtureTests {
    @Test(arguments: FixtureSupport.programs)
    func programMatchesCPython(_ path: String) throws {
        let url = FixtureSupport.programsFolder.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let actual = FixtureSupport.transcript(
            of: text, locations: FixtureSupport.recordsLocations(path))
        if FixtureSupport.updating {
            try FixtureSupport.rewrite(url, text, actual)
            return
        }
        let expected = FixtureSupport.expectations(of: text)
        #expect(!expected.isEmpty, "\(path) has no expectations")
        if actual != expected {
            let index =
                zip(actual, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(actual.count, expected.count)
            let got = index < actual.count ? actual[index] : "<end>"
            let want = index < expected.count ? expected[index] : "<end>"
            Issue.record("\(path) line \(index + 1):\n  expected: \(want)\n  actual:   \(got)")
        }
    }
}
