import Testing

@testable import Book

@Suite struct DocTestTests {
    let comparison = OutputComparison()

    @Test func masksObjectAddresses() {
        #expect(
            comparison.matches(
                recorded: "[<Dense at 0x7fbbdf8b1d10>, <Flatten at 0x7FBB0001>]",
                actual: "[<Dense at 0x10a2>, <Flatten at 0xdeadbeef>]"))
        #expect(!comparison.matches(recorded: "<Dense at 0x7f>", actual: "<Flatten at 0x7f>"))
        #expect(!comparison.matches(recorded: "id0x12", actual: "id0x13"))
    }

    @Test func acceptsAFloatWhoseLastDigitDiffers() {
        #expect(comparison.matches(recorded: "[ 0.29605114]", actual: "[ 0.29605115]"))
        #expect(
            comparison.matches(recorded: "array([-0.8238736 ])", actual: "array([-0.8238737 ])"))
        #expect(comparison.matches(recorded: "1.0000001", actual: "1.0000002"))
    }

    @Test func rejectsARealChangeOfAFloat() {
        #expect(!comparison.matches(recorded: "0.29605114", actual: "0.29615114"))
        #expect(!comparison.matches(recorded: "1.5", actual: "-1.5"))
        #expect(!comparison.matches(recorded: "0.001", actual: "0.0011"))
    }

    @Test func comparesFloatsWithASettableTolerance() {
        let loose = OutputComparison(tolerance: 1e-2)
        #expect(loose.matches(recorded: "100.0", actual: "100.9"))
        #expect(!loose.matches(recorded: "100.0", actual: "102.0"))
        let exact = OutputComparison(tolerance: 0)
        #expect(!exact.matches(recorded: "0.29605114", actual: "0.29605115"))
        #expect(exact.matches(recorded: "1.", actual: "1.0"))
    }

    @Test func readsEveryFloatSpelling() {
        #expect(comparison.matches(recorded: "1.e-05", actual: "1e-05"))
        #expect(comparison.matches(recorded: "1.0000001e-05", actual: "1e-05"))
        #expect(comparison.matches(recorded: "-3E+07", actual: "-3.0000000001e7"))
        #expect(comparison.matches(recorded: "[.5, 2.]", actual: "[0.5, 2.0]"))
        #expect(comparison.matches(recorded: "-0.", actual: "0."))
        #expect(comparison.matches(recorded: "[nan, inf, -inf]", actual: "[nan, inf, -inf]"))
        #expect(!comparison.matches(recorded: "nan", actual: "0.0"))
        #expect(!comparison.matches(recorded: "inf", actual: "-inf"))
        #expect(!comparison.matches(recorded: "inf", actual: "1e308"))
        #expect(!comparison.matches(recorded: "info", actual: "infx"))
    }

    @Test func comparesIntegersExactly() {
        #expect(
            !comparison.matches(recorded: "Total params: 1234567", actual: "Total params: 1234568"))
        #expect(!comparison.matches(recorded: "dense_1", actual: "dense_2"))
        #expect(!comparison.matches(recorded: "1", actual: "1.0"))
        #expect(!comparison.matches(recorded: "(2, 4)", actual: "(2,4)"))
    }

    @Test func ignoresOnlyTheFinalNewline() {
        #expect(comparison.matches(recorded: "a\nb", actual: "a\nb\n"))
        #expect(comparison.matches(recorded: "a\r\nb", actual: "a\nb"))
        #expect(!comparison.matches(recorded: "a\nb", actual: "a\nb\n\n"))
        #expect(!comparison.matches(recorded: "a", actual: "a "))
        #expect(comparison.matches(recorded: "", actual: "\n"))
    }

    @Test func rendersAUnifiedDiffWithThreeLinesOfContext() throws {
        let old = (1...12).map { "line \($0)" }.joined(separator: "\n")
        var newLines = (1...12).map { "line \($0)" }
        newLines[1] = "line two"
        newLines.insert("inserted", at: 10)
        newLines.removeLast()
        let diff = UnifiedDiff.make(old: old, new: newLines.joined(separator: "\n"))
        try Golden.check(diff, against: "doctest/context.diff")
    }

    @Test func rendersDiffsOfEmptyTexts() {
        #expect(
            UnifiedDiff.make(old: "", new: "a\nb")
                == "--- recorded\n+++ actual\n@@ -0,0 +1,2 @@\n+a\n+b\n")
        #expect(
            UnifiedDiff.make(old: "a", new: "") == "--- recorded\n+++ actual\n@@ -1 +0,0 @@\n-a\n")
        #expect(UnifiedDiff.make(old: "same", new: "same") == "")
    }

    @Test func matchesDiffsWithGNUDiff() {
        #expect(
            UnifiedDiff.make(old: "a\nb\nc\nd", new: "a\nc\nd\ne", context: 1)
                == "--- recorded\n+++ actual\n@@ -1,4 +1,4 @@\n a\n-b\n c\n d\n+e\n")
        #expect(
            UnifiedDiff.make(
                old: "1\n2\n3\n4\n5\n6\n7\n8", new: "x\n2\n3\n4\n5\n6\n7\ny", context: 1)
                == "--- recorded\n+++ actual\n@@ -1,2 +1,2 @@\n-1\n+x\n 2\n@@ -7,2 +7,2 @@\n 7\n-8\n+y\n"
        )
    }

    @Test func diffsLargeDifferentTextsWithoutBlowingUp() {
        let old = (0..<5000).map { "old \($0)" }.joined(separator: "\n")
        let new = (0..<5000).map { "new \($0)" }.joined(separator: "\n")
        let diff = UnifiedDiff.make(old: old, new: new)
        #expect(diff.hasPrefix("--- recorded\n+++ actual\n@@ -1,5000 +1,5000 @@\n-old 0\n"))
        #expect(diff.split(separator: "\n").count == 10_003)
    }

    // MARK: Checking cells

    private func cell(_ markdown: String, index: Int = 1) throws -> Cell {
        let chapter = try ChapterReader().parse(markdown, path: "6.2-x.md")
        return try #require(chapter.cell(index: index))
    }

    @Test func passesACellWhoseOutputMatches() throws {
        let cell = try cell("```python\nx\n```\n\n```output\n<A at 0x7f01>\n[0.29605114]\n```\n")
        let run = CellRun(output: "<A at 0x55aa>\n[0.29605115]\n")
        #expect(DocTest().check(cell, path: "6.2-x.md", run: run) == .passed)
    }

    @Test func passesACellWithoutOutputThatPrintsNothing() throws {
        let cell = try cell("```python\nx = 1\n```\n")
        #expect(DocTest().check(cell, path: "a.md", run: CellRun(output: "")) == .passed)
    }

    @Test func passesAnOutputEndingWithABlankLine() throws {
        // print("a\n") shows "a" and an empty line; the block records both lines.
        let cell = try cell("```python\nprint('a\\n')\n```\n\n```output\na\n\n```\n")
        #expect(cell.output?.text == "a\n\n")
        #expect(DocTest().check(cell, path: "a.md", run: CellRun(output: "a\n\n")) == .passed)
        guard case .failed = DocTest().check(cell, path: "a.md", run: CellRun(output: "a\n")) else {
            Issue.record("a missing blank line is a difference")
            return
        }
    }

    @Test func reportsADifferingOutputWithItsLineAndADiff() throws {
        let cell = try cell("# T\n\n```python\nnet.layers\n```\n\n```output\nA\nB\nC\n```\n")
        let outcome = DocTest().check(cell, path: "6.2-x.md", run: CellRun(output: "A\nb\nC\n"))
        guard case .failed(let failure) = outcome else {
            Issue.record("expected a failure, got \(outcome)")
            return
        }
        #expect(
            failure.description
                == "6.2-x.md:3: cell 1: output differs\n--- recorded\n+++ actual\n"
                + "@@ -1,3 +1,3 @@\n A\n-B\n+b\n C")
    }

    @Test func showsOnlyRealChangesInTheDiff() throws {
        let cell = try cell("```python\nx\n```\n\n```output\n0.1234567\nsame\nold\n```\n")
        let outcome = DocTest().check(
            cell, path: "a.md", run: CellRun(output: "0.1234568\nsame\nnew"))
        guard case .failed(let failure) = outcome, case .outputDiffers(let diff) = failure.kind
        else {
            Issue.record("expected a failure, got \(outcome)")
            return
        }
        #expect(
            diff == "--- recorded\n+++ actual\n@@ -1,3 +1,3 @@\n 0.1234567\n same\n-old\n+new\n")
    }

    @Test func locatesAnUnexpectedErrorInsideTheMarkdownFile() throws {
        let cell = try cell("# T\n\n> text\n>\n>   ```python\n>   a = 1\n>   b = c\n>   ```\n")
        #expect(cell.codeColumnOffsets == [4, 4])
        let run = CellRun(
            output: "NameError: name 'c' is not defined",
            error: CellRunError(
                type: "NameError", message: "name 'c' is not defined", line: 2, column: 5))
        let outcome = DocTest().check(cell, path: "6.2-x.md", run: run)
        guard case .failed(let failure) = outcome else {
            Issue.record("expected a failure, got \(outcome)")
            return
        }
        #expect(failure.description == "6.2-x.md:7:9: NameError: name 'c' is not defined")
    }

    @Test func mapsCellPositionsToFilePositions() throws {
        let cell = try cell("text\n\n```python\na\nb\n```\n")
        #expect(cell.fileLocation(line: 1, column: 1) == (4, 1))
        #expect(cell.fileLocation(line: 2, column: 3) == (5, 3))
        #expect(cell.fileLocation(line: 3, column: 1) == (3, 1))
        #expect(cell.fileLocation(line: 0, column: 7) == (3, 7))
    }

    @Test func placesAnErrorWithoutALineAtTheFence() throws {
        let cell = try cell("\n```python\nx\n```\n")
        let run = CellRun(output: "", error: CellRunError(type: "KeyboardInterrupt", message: ""))
        guard case .failed(let failure) = DocTest().check(cell, path: "a.md", run: run) else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.description == "a.md:2:1: KeyboardInterrupt")
    }

    @Test func checksTheRecordedErrorOfARaisesCell() throws {
        let cell = try cell(
            "```python raises\n1/0\n```\n\n```output\nZeroDivisionError: division by zero\n```\n")
        let error = CellRunError(
            type: "ZeroDivisionError", message: "division by zero", line: 1, column: 1)
        let good = CellRun(output: "ZeroDivisionError: division by zero\n", error: error)
        #expect(DocTest().check(cell, path: "a.md", run: good) == .passed)
        let other = CellRun(output: "ZeroDivisionError: float division by zero\n", error: error)
        guard case .failed(let failure) = DocTest().check(cell, path: "a.md", run: other),
            case .outputDiffers = failure.kind
        else {
            Issue.record("expected a failure")
            return
        }
        let finished = DocTest().check(cell, path: "a.md", run: CellRun(output: "inf"))
        guard case .failed(let missing) = finished else {
            Issue.record("expected a failure")
            return
        }
        #expect(
            missing.description
                == "a.md:1: cell 1: expected an exception (option 'raises'), but the cell "
                + "finished without one")
    }

    @Test func skipsNorunAndNocheckCells() throws {
        let norun = try cell("```python norun\nx\n```\n\n```output\nold\n```\n")
        #expect(DocTest().check(norun, path: "a.md", run: nil) == .skipped)
        #expect(DocTest().check(norun, path: "a.md", run: CellRun(output: "new")) == .skipped)
        let nocheck = try cell("```python nocheck\nx\n```\n\n```output\nold\n```\n")
        #expect(DocTest().check(nocheck, path: "a.md", run: CellRun(output: "new")) == .skipped)
        let failing = CellRun(output: "", error: CellRunError(type: "E", message: "m", line: 1))
        guard case .failed = DocTest().check(nocheck, path: "a.md", run: failing) else {
            Issue.record("a nocheck cell still fails on an unexpected exception")
            return
        }
    }

    @Test func usesTheCellsOwnTolerance() throws {
        let cell = try cell("```python tolerance=1e-2\nx\n```\n\n```output\n100.0\n```\n")
        #expect(DocTest().check(cell, path: "a.md", run: CellRun(output: "100.5")) == .passed)
        #expect(
            DocTest(tolerance: 0).check(cell, path: "a.md", run: CellRun(output: "100.5"))
                == .passed)
        let plain = try self.cell("```python\nx\n```\n\n```output\n100.0\n```\n")
        guard case .failed = DocTest().check(plain, path: "a.md", run: CellRun(output: "100.5"))
        else {
            Issue.record("expected a failure")
            return
        }
    }
}
