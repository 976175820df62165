import Book
import Escaping
import Foundation
import Testing

@testable import Commands
@testable import Runner

@Suite("Reports: text, JSON and JUnit")
struct ReportTests {
    private func outcomes(_ books: [String], scratch: TemporaryFolder) -> [ChapterOutcome] {
        Runs.run(books.map(Fixtures.book), jobs: 2, timeLimit: 0.3, scratch: scratch).outcomes
    }

    private func options(_ books: [String], format: ReportFormat = .text) -> BookOptions {
        BookOptions(paths: books.map(Fixtures.book), jobs: 2, timeout: 0.3, format: format)
    }

    @Test func runReportMatchesItsGoldenFile() throws {
        let console = Console.capturing()
        let status = RunAction(options: options(["basic", "failing"]), cache: nil)
            .perform(console: console)
        #expect(status == .success)
        try Fixtures.expectGolden(Fixtures.portable(console.output), "run-basic-failing.txt")
        #expect(console.errorOutput == "")
    }

    @Test func runReportInColourMatchesItsGoldenFile() throws {
        let console = Console.capturing(usesColor: true)
        _ = RunAction(options: options(["failing"]), cache: nil).perform(console: console)
        try Fixtures.expectGolden(Fixtures.portable(console.output), "run-failing-colour.txt")
    }

    @Test func testReportMatchesItsGoldenFile() throws {
        let console = Console.capturing()
        let status = TestAction(options: options(["basic", "failing", "timeout"]), cache: nil)
            .perform(console: console)
        #expect(status == .failure)
        try Fixtures.expectGolden(
            Fixtures.portable(console.output), "test-basic-failing-timeout.txt")
        #expect(console.output.hasSuffix("\n17 passed, 5 failed, 2 skipped\n"))
    }

    @Test func testReportInColourMatchesItsGoldenFile() throws {
        let console = Console.capturing(usesColor: true)
        _ = TestAction(options: options(["failing"]), cache: nil).perform(console: console)
        try Fixtures.expectGolden(Fixtures.portable(console.output), "test-failing-colour.txt")
    }

    @Test func summaryLeavesOutSkippedWhenNothingWasSkipped() {
        var tally = TestTally()
        tally.passed = 3
        tally.failed = 1
        #expect(tally.description == "3 passed, 1 failed")
        tally.skipped = 2
        #expect(tally.description == "3 passed, 1 failed, 2 skipped")
    }

    @Test func jsonFollowsTheSchema() throws {
        let console = Console.capturing()
        let status = RunAction(
            options: options(["basic", "failing", "broken"], format: .json), cache: nil
        )
        .perform(console: console)
        #expect(status == .usage)
        let check = try PythonCheck.run(PythonCheck.jsonSchema, input: console.output)
        #expect(check.succeeded, "\(check.output)")
        #expect(check.output == "5 chapters 20 cells\n")
        #expect(console.errorOutput.contains("8.2-bad.md:3:11: error: unknown cell option"))
        #expect(
            console.errorOutput.hasSuffix(
                "5 chapters, 20 cells run, 1 skipped: 2 recorded outputs differ "
                    + "(lit run --update records them)\n"))
    }

    @Test func jsonHoldsWhatEachCellShowedAndItsError() throws {
        let scratch = try TemporaryFolder()
        let document = JSONReport.document(outcomes(["failing"], scratch: scratch))
        let parsed = try JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String: Any]
        let chapters = try #require(parsed?["chapters"] as? [[String: Any]])
        let cells = try #require(chapters.first?["cells"] as? [[String: Any]])
        #expect(cells.count == 6)
        #expect(cells[1]["code"] as? String == "print(\"actual\")\nprint(\"same line\")")
        #expect(cells[1]["output"] as? String == "actual\nsame line\n")
        #expect(cells[1]["error"] is NSNull)
        #expect(cells[1]["line"] as? Int == 13)
        #expect(cells[2]["index"] as? Int == 3)
        #expect(cells[2]["output"] as? String == "")
        #expect(cells[2]["error"] as? String == "NameError: name 'undefined_name' is not defined")
        #expect(cells[2]["code"] as? String == "a = 1\nb = a + undefined_name")
    }

    @Test func jsonOfAnEmptyRunIsStillADocument() throws {
        #expect(JSONReport.document([]) == "{\"chapters\": []}\n")
        let check = try PythonCheck.run(PythonCheck.jsonSchema, input: JSONReport.document([]))
        #expect(check.output == "0 chapters 0 cells\n")
    }

    @Test func jsonEscapesEveryAwkwardCharacter() throws {
        let awkward = "quote \" backslash \\ tab \t nul \u{0} bell \u{7} line\u{2028}sep é 😀\r\n"
        var text = ""
        text += JSONString.literal(awkward)
        let decoded =
            try JSONSerialization.jsonObject(
                with: Data("[\(text)]".utf8)) as? [String]
        #expect(decoded == [awkward])
        #expect(!text.contains("\u{0}"))
    }

    @Test func junitParsesWithOneCasePerCell() throws {
        let scratch = try TemporaryFolder()
        let verdicts = outcomes(["basic", "failing", "broken"], scratch: scratch).map {
            ChapterVerdict(outcome: $0)
        }
        let document = JUnitReport.document(verdicts)
        let check = try PythonCheck.run(PythonCheck.junitSummary, input: document)
        #expect(check.succeeded, "\(check.output)")
        try Fixtures.expectGolden(check.output, "junit-summary.txt")
    }

    @Test func junitEscapesMarkupAndDropsCharactersXMLCannotHold() throws {
        let escaped = MarkupEscaping.xmlAttribute.escape("<a href=\"x\">&'</a>\u{1}\u{FFFF}\n\t")
        #expect(
            escaped == "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;\u{FFFD}\u{FFFD}&#10;&#9;")
        #expect(MarkupEscaping.xmlText.escape("a\nb\tc\rd") == "a\nb\tc&#13;d")
        let cell = try ChapterReader(options: ReadOptions(rendersHTML: false)).parse(
            "```python\nprint('<&>')\n```\n\n```output\n\u{1}]]>\"\n```\n", path: "x<&>.md")
        let outcome = ChapterOutcome(
            file: BookFile(path: "x<&>.md"), chapter: cell, problems: [],
            results: [
                1: CellResult(printed: "<&>\u{0}\n", display: nil, error: nil, duration: 0.5)
            ],
            cacheDecision: .ran(.cacheDisabled))
        let document = JUnitReport.document([ChapterVerdict(outcome: outcome)])
        let check = try PythonCheck.run(PythonCheck.junitSummary, input: document)
        #expect(check.succeeded, "\(check.output)")
        #expect(check.output.contains("cell 1 (line 1) -> failure: output differs"))
    }

    @Test func secondsHaveSixDecimals() {
        #expect(JUnitReport.seconds(0) == "0.000000")
        #expect(JUnitReport.seconds(1.5) == "1.500000")
        #expect(JUnitReport.seconds(0.0000126) == "0.000013")
        #expect(JUnitReport.seconds(.nan) == "0.000000")
    }
}
