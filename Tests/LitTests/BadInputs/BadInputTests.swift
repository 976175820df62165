import Foundation
import Testing

/// A bad chapter and what `lit test` must say about it.
struct BadCase: CustomTestStringConvertible, Sendable {
    /// The chapter, relative to the workspace (`code/endless-loop.md`).
    var chapter: String
    /// The `file:line:col: Type` (or `file:line: ...`) the report must contain.
    var located: String
    /// Extra arguments (a short `--timeout`, say).
    var arguments: [String] = []
    /// The exit status: 1 for a failing cell, 2 for an unreadable chapter, 0 for a chapter
    /// lit takes with a warning (or runs as IPython does).
    var status: Int32 = 1
    /// Whether the whole transcript is compared with the golden file; off where the message
    /// depends on the build's speed (a doubling list reaches the time limit first in a debug
    /// build and `MemoryError` first in a release build).
    var comparesTranscript = true

    var testDescription: String { chapter }

    /// The golden file, `expected/<family>-<name>.txt`.
    var golden: String {
        "expected/"
            + chapter.replacingOccurrences(of: "/", with: "-")
            .replacingOccurrences(of: ".md", with: ".txt")
    }
}

/// Hostile chapters end with a clear message at the right place, the process ends by itself,
/// and the chapter run beside them still passes.
@Suite("Bad inputs")
struct BadInputTests {
    /// The cases whose chapter is a committed fixture; each runs with `companion/ok.md`.
    static let fixtureCases: [BadCase] = [
        BadCase(
            chapter: "files/empty.md",
            located: "files/empty.md: warning: the file is empty; there is nothing to run",
            status: 0),
        BadCase(
            chapter: "files/no-cells.md",
            located: "files/no-cells.md: warning: the chapter has no ```python cells; there is "
                + "nothing to run", status: 0),
        BadCase(
            chapter: "files/unterminated-fence.md",
            located: "files/unterminated-fence.md:3:1: error: this cell's code fence is never "
                + "closed", status: 2),
        BadCase(
            chapter: "files/orphan-output.md",
            located: "files/orphan-output.md:5:1: error: this output block does not follow a "
                + "cell", status: 2),
        BadCase(
            chapter: "code/syntax-unclosed-bracket.md",
            located: "code/syntax-unclosed-bracket.md:4:10: SyntaxError: '[' was never closed"),
        BadCase(
            chapter: "code/syntax-unmatched-close.md",
            located: "code/syntax-unmatched-close.md:4:6: SyntaxError: unmatched ')'"),
        BadCase(
            chapter: "code/syntax-mismatched-bracket.md",
            located: "code/syntax-mismatched-bracket.md:4:10: SyntaxError: closing parenthesis "
                + "']' does not match opening parenthesis '('"),
        BadCase(
            chapter: "code/syntax-invalid.md",
            located: "code/syntax-invalid.md:4:5: SyntaxError: invalid syntax"),
        BadCase(
            chapter: "code/syntax-unexpected-indent.md",
            located: "code/syntax-unexpected-indent.md:5:4: IndentationError: unexpected indent"),
        BadCase(
            chapter: "code/syntax-expected-indent.md",
            located: "code/syntax-expected-indent.md:5:1: IndentationError: expected an "
                + "indented block after function definition on line 1"),
        BadCase(
            chapter: "code/syntax-unindent-mismatch.md",
            located: "code/syntax-unindent-mismatch.md:6:10: IndentationError: unindent does not "
                + "match any outer indentation level"),
        BadCase(
            chapter: "code/syntax-tab-error.md",
            located: "code/syntax-tab-error.md:6:1: TabError: inconsistent use of tabs and "
                + "spaces in indentation"),
        BadCase(
            chapter: "code/syntax-unterminated-string.md",
            located: "code/syntax-unterminated-string.md:4:5: SyntaxError: unterminated string "
                + "literal (detected at line 1)"),
        BadCase(
            chapter: "code/syntax-unterminated-triple.md",
            located: "code/syntax-unterminated-triple.md:4:5: SyntaxError: unterminated "
                + "triple-quoted string literal (detected at line 2)"),
        BadCase(
            chapter: "code/syntax-invalid-character.md",
            located: "code/syntax-invalid-character.md:4:7: SyntaxError: invalid character "
                + "'€' (U+20AC)"),
        BadCase(
            chapter: "code/syntax-invalid-decimal.md",
            located: "code/syntax-invalid-decimal.md:4:5: SyntaxError: invalid decimal literal"),
        BadCase(
            chapter: "code/syntax-assign-literal.md",
            located: "code/syntax-assign-literal.md:4:1: SyntaxError: cannot assign to literal "
                + "here. Maybe you meant '==' instead of '='?"),
        BadCase(
            chapter: "code/syntax-return-outside.md",
            located: "code/syntax-return-outside.md:4:1: SyntaxError: 'return' outside function"),
        BadCase(
            chapter: "code/syntax-break-outside.md",
            located: "code/syntax-break-outside.md:4:1: SyntaxError: 'break' outside loop"),
        BadCase(
            chapter: "code/syntax-keyword-argument-repeated.md",
            located: "code/syntax-keyword-argument-repeated.md:4:15: SyntaxError: keyword "
                + "argument repeated: sep"),
        BadCase(
            chapter: "code/syntax-nonlocal-module.md",
            located: "code/syntax-nonlocal-module.md:4:1: SyntaxError: nonlocal declaration "
                + "not allowed at module level"),
        BadCase(
            chapter: "code/syntax-missing-colon.md",
            located: "code/syntax-missing-colon.md:4:18: SyntaxError: expected ':'"),
        BadCase(
            chapter: "code/endless-loop.md",
            located: "code/endless-loop.md:5:1: TimeoutError: cell exceeded 1 s",
            arguments: ["--timeout", "1"]),
        BadCase(
            chapter: "code/unbounded-recursion.md",
            located: "code/unbounded-recursion.md:5:12: RecursionError: maximum recursion depth "
                + "exceeded"),
        BadCase(
            chapter: "code/doubling-string.md",
            located: "code/doubling-string.md:6:9: MemoryError", arguments: ["--timeout", "10"]),
        BadCase(
            chapter: "code/doubling-list.md", located: "code/doubling-list.md:6:13: ",
            arguments: ["--timeout", "2"], comparesTranscript: false),
        BadCase(
            chapter: "code/huge-tensor.md",
            located: "code/huge-tensor.md:5:1: ResourceExhaustedError: "),
        BadCase(
            chapter: "code/raising-repr.md",
            located: "code/raising-repr.md:6:9: ValueError: no repr for you"),
        BadCase(
            chapter: "code/raising-eq.md",
            located: "code/raising-eq.md:6:9: RuntimeError: do not compare me"),
        // IPython keeps running after `del __builtins__` (the recorded output is its own).
        BadCase(chapter: "code/del-builtins.md", located: "2 passed, 0 failed", status: 0),
        BadCase(
            chapter: "code/del-builtin-print.md",
            located: "code/del-builtin-print.md:6:1: NameError: name 'print' is not defined"),
        BadCase(
            chapter: "cell-files/save-parent.md",
            located: "cell-files/save-parent.md:5:1: PermissionError: [Errno 13] Permission "
                + "denied: '../lit-bad-input-escape.npy'"),
        BadCase(
            chapter: "cell-files/save-absolute.md",
            located: "cell-files/save-absolute.md:5:1: PermissionError: [Errno 13] Permission "
                + "denied: '/tmp/lit-bad-input-absolute.npy'"),
    ]

    @Test(arguments: fixtureCases)
    func aBadChapterFailsAloneWithALocatedMessage(_ badCase: BadCase) throws {
        let workspace = try BadInputFixtures.workspace()
        try expectLocatedFailure(badCase, in: workspace)
    }

    @Test func cellsCannotWriteOutsideTheirScratchFolder() throws {
        let workspace = try BadInputFixtures.workspace()
        let scratchRoot = workspace.path + "/scratch"
        try FileManager.default.createDirectory(
            atPath: scratchRoot, withIntermediateDirectories: true)
        for badCase in Self.fixtureCases where badCase.chapter.hasPrefix("cell-files/") {
            _ = try HostileRun.run(
                ["test", badCase.chapter, "--no-cache"], in: workspace.path,
                environment: ["TMPDIR": scratchRoot])
        }
        #expect(!FileManager.default.fileExists(atPath: "/tmp/lit-bad-input-absolute.npy"))
        #expect(
            !FileManager.default.fileExists(atPath: scratchRoot + "/lit-bad-input-escape.npy"))
    }

    @Test func aSymbolicLinkOutOfTheScratchFolderIsRefused() throws {
        let workspace = try BadInputFixtures.workspace()
        let scratchRoot = workspace.path + "/scratch"
        let outside = workspace.path + "/outside"
        for folder in [scratchRoot, outside] {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true)
        }
        let chapter = "cell-files/save-through-symlink.md"
        let running = try HostileRun.Running(
            ["test", chapter, "companion/ok.md", "--no-cache", "--timeout", "20", "-j", "1"],
            in: workspace.path, environment: ["TMPDIR": scratchRoot])
        // The chapter's scratch folder appears when it starts; put the link in it.
        let end = Date().addingTimeInterval(20)
        var linked = false
        while !linked, Date() < end, running.process.isRunning {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: scratchRoot)) ?? []
            if let folder = names.first(where: { $0.hasPrefix("lit-save-through-symlink") }) {
                try FileManager.default.createSymbolicLink(
                    atPath: scratchRoot + "/" + folder + "/link", withDestinationPath: outside)
                linked = true
            } else {
                Thread.sleep(forTimeInterval: 0.002)
            }
        }
        let outcome = running.finish(deadline: 40)
        #expect(linked)
        try expectEndedByItself(outcome)
        #expect(outcome.status == 1)
        #expect(
            outcome.output.contains(
                "\(chapter):18:1: PermissionError: [Errno 13] Permission denied: 'link/x.npy'"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
        expectCompanionPassed(outcome)
    }

    @Test func oneHundredThousandNestedBracketsAreASyntaxErrorNotACrash() throws {
        let workspace = try BadInputFixtures.workspace()
        let depth = 100_000
        let code =
            "x = " + String(repeating: "(", count: depth) + "1"
            + String(repeating: ")", count: depth)
        try workspace.write("code/nested-brackets.md", "# Nested\n\n```python\n\(code)\n```\n")
        try expectLocatedFailure(
            BadCase(chapter: "code/nested-brackets.md", located: "code/nested-brackets.md:4:"),
            in: workspace)
    }

    @Test func aCellPrintingOneHundredMegabytesKeepsOneMebibyteAndSaysSo() throws {
        let workspace = try BadInputFixtures.workspace()
        let outcome = try HostileRun.run(
            ["run", "code/print-100mb.md", "companion/ok.md", "--timeout", "30"],
            in: workspace.path)
        try expectEndedByItself(outcome)
        #expect(outcome.status == 0)
        #expect(outcome.outputBytes > 1 << 20)
        #expect(outcome.outputBytes < (1 << 20) + 8192)
        let tail = String(outcome.output.suffix(2000))
        let lines: [Substring] = tail.split(separator: "\n", omittingEmptySubsequences: false)
        let golden = lines.filter { $0.count < 200 }.joined(separator: "\n")
        if let expected = try BadInputFixtures.mismatch(
            golden, golden: "expected/code-print-100mb-tail.txt")
        {
            #expect(golden == expected)
        }
        #expect(outcome.output.contains("companion/ok.md\n\nIn [1]:"))
    }

    // MARK: Files

    @Test func aBinaryFileIsRefusedAtItsFirstBadByte() throws {
        let workspace = try BadInputFixtures.workspace()
        let bytes: [UInt8] = Array("# Binary\n\nsome text\n".utf8) + [0, 1, 2, 0xFF, 0x7F, 0]
        try Data(bytes).write(to: URL(fileURLWithPath: workspace.path + "/files/binary.md"))
        try expectLocatedFailure(
            BadCase(chapter: "files/binary.md", located: "files/binary.md:4:", status: 2),
            in: workspace)
    }

    @Test func invalidUTF8IsRefusedAtItsLine() throws {
        let workspace = try BadInputFixtures.workspace()
        let bytes: [UInt8] =
            Array("# Latin-1\n\n```python\nname = '".utf8) + [0x63, 0x61, 0x66, 0xE9]
            + Array("'\n```\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: workspace.path + "/files/latin1.md"))
        try expectLocatedFailure(
            BadCase(chapter: "files/latin1.md", located: "files/latin1.md:4:", status: 2),
            in: workspace)
    }

    @Test func aTenMegabyteLineRunsWithoutEchoingIt() throws {
        let workspace = try BadInputFixtures.workspace()
        let line = String(repeating: "word ", count: 2_000_000)
        try workspace.write(
            "files/long-line.md",
            "# Long\n\n\(line)\n\n```python\nprint(len('\(line.prefix(40))'))\n```\n\n"
                + "```output\n0\n```\n")
        try expectLocatedFailure(
            BadCase(
                chapter: "files/long-line.md",
                located: "files/long-line.md:5: cell 1: output differs"),
            in: workspace)
    }

    @Test func aMissingPathIsReportedAndTheOtherChaptersStillRun() throws {
        let workspace = try BadInputFixtures.workspace()
        try expectTranscript(
            ["test", "files/nowhere.md", "companion/ok.md", "--no-cache"], in: workspace,
            golden: "expected/files-missing-path.txt", status: 2,
            located: "files/nowhere.md: error: no such file or folder")
    }

    @Test func aFolderWithoutChaptersIsReported() throws {
        let workspace = try BadInputFixtures.workspace()
        try FileManager.default.createDirectory(
            atPath: workspace.path + "/empty-book/part", withIntermediateDirectories: true)
        try workspace.write("empty-book/index.md", "# Front page\n")
        try workspace.write("empty-book/part/notes.txt", "not a chapter\n")
        try expectTranscript(
            ["test", "empty-book", "companion/ok.md", "--no-cache"], in: workspace,
            golden: "expected/files-folder-without-chapters.txt", status: 2,
            located: "empty-book: error: no chapters in this folder")
    }

    @Test func aChapterNamedTwiceRunsOnce() throws {
        let workspace = try BadInputFixtures.workspace()
        try expectTranscript(
            ["test", "companion/ok.md", "./companion/ok.md", "companion/ok.md", "--no-cache"],
            in: workspace, golden: "expected/files-named-twice.txt", status: 0,
            located: "note: companion/ok.md is given twice; it runs once")
    }

    // MARK: Checks

    /// Runs `lit test <chapter> companion/ok.md` and checks the case and its golden file.
    private func expectLocatedFailure(_ badCase: BadCase, in workspace: Workspace) throws {
        try expectTranscript(
            ["test", badCase.chapter, "companion/ok.md", "--no-cache", "--timeout", "5"]
                + badCase.arguments,
            in: workspace, golden: badCase.comparesTranscript ? badCase.golden : nil,
            status: badCase.status, located: badCase.located)
    }

    private func expectTranscript(
        _ arguments: [String], in workspace: Workspace, golden: String?, status: Int32,
        located: String
    ) throws {
        let outcome = try HostileRun.run(arguments, in: workspace.path)
        try expectEndedByItself(outcome)
        #expect(outcome.status == status)
        #expect(
            outcome.output.contains(located) || outcome.errorOutput.contains(located),
            "expected '\(located)' in:\n\(outcome.output)\(outcome.errorOutput)")
        let transcript = BadInputFixtures.transcript(outcome)
        if let golden, let expected = try BadInputFixtures.mismatch(transcript, golden: golden) {
            #expect(transcript == expected)
        }
        expectCompanionPassed(outcome)
    }

    private func expectEndedByItself(_ outcome: HostileRun.Outcome) throws {
        #expect(!outcome.timedOut, "lit did not end before the test's deadline")
        try #require(!outcome.signaled, "lit was ended by signal \(outcome.status)")
        #expect(outcome.output.count + outcome.errorOutput.count > 0)
    }

    /// The companion chapter passed: no failure line names it and at least one cell passed.
    private func expectCompanionPassed(_ outcome: HostileRun.Outcome) {
        let lines = (outcome.output + outcome.errorOutput).split(separator: "\n")
        #expect(!lines.contains { $0.hasPrefix("companion/ok.md:") })
        let summary = lines.last { $0.contains(" passed, ") }
        let passed = summary.flatMap { Int($0.prefix { $0.isNumber }) } ?? 0
        #expect(passed >= 1, "the companion chapter did not pass: \(summary ?? "no summary")")
    }
}
