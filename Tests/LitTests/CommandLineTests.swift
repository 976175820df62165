import Foundation
import Testing

@Suite("The lit command line", .serialized)
struct CommandLineTests {
    @Test func testPassesOnARecordedBook() throws {
        let workspace = try Workspace()
        try workspace.copyBook("book")
        let result = try LitProcess.run(["test", "book"], in: workspace.path)
        #expect(result.status == 0)
        #expect(result.output == "4 passed, 0 failed, 1 skipped\n")
        #expect(result.errorOutput == "")
    }

    @Test func editingARecordedOutputFailsWithALocatedDiff() throws {
        let workspace = try Workspace()
        try workspace.copyBook("book")
        _ = try LitProcess.run(["test", "book"], in: workspace.path)
        let text = try workspace.read("book/1-intro.md")
        try workspace.write(
            "book/1-intro.md", text.replacingOccurrences(of: "[0, 1, 4, 9]", with: "[0, 1, 4, 8]"))
        let result = try LitProcess.run(["test", "book"], in: workspace.path)
        #expect(result.status == 1)
        #expect(
            result.output == """
                book/1-intro.md:12: cell 2: output differs
                --- recorded
                +++ actual
                @@ -1 +1 @@
                -[0, 1, 4, 8]
                +[0, 1, 4, 9]

                3 passed, 1 failed, 1 skipped

                """)
    }

    @Test func anUnexpectedErrorPointsIntoTheMarkdownFile() throws {
        let workspace = try Workspace()
        try workspace.copyBook("book")
        let text = try workspace.read("book/2-more.md")
        try workspace.write(
            "book/2-more.md", text.replacingOccurrences(of: "total += n", with: "total += m"))
        let result = try LitProcess.run(["test", "book", "--no-cache"], in: workspace.path)
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("book/2-more.md:8:"))
        #expect(result.output.contains(": NameError: name 'm' is not defined\n"))
        #expect(result.output.hasSuffix("3 passed, 1 failed, 1 skipped\n"))
    }

    @Test func helpOfEachSubcommandShowsAnExample() throws {
        let workspace = try Workspace()
        for command in ["run", "test"] {
            let result = try LitProcess.run([command, "--help"], in: workspace.path)
            #expect(result.status == 0)
            #expect(result.output.contains("Example"))
            #expect(result.output.contains("lit \(command) Chapters"))
        }
        let root = try LitProcess.run(["--help"], in: workspace.path)
        #expect(root.status == 0)
        #expect(root.output.contains("lit test Chapters"))
    }

    @Test func versionPrintsTheVersion() throws {
        let workspace = try Workspace()
        let result = try LitProcess.run(["--version"], in: workspace.path)
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("lit "))
    }

    @Test(arguments: [
        ["test"], ["run"], ["test", "--jobs", "0", "x"], ["test", "--bogus", "x"], ["frob"],
        ["run", "x", "--format", "xml"], ["test", "x", "--timeout", "-1"],
        ["test", "x", "--seed", "minus"],
    ])
    func badArgumentsExitTwoWithOneLine(arguments: [String]) throws {
        let workspace = try Workspace()
        let result = try LitProcess.run(arguments, in: workspace.path)
        #expect(result.status == 2)
        #expect(result.output == "")
        #expect(result.errorOutput.hasPrefix("lit: error: "))
        #expect(result.errorOutput.filter { $0 == "\n" }.count == 1)
    }

    @Test func aMissingPathExitsTwo() throws {
        let workspace = try Workspace()
        let result = try LitProcess.run(["test", "nowhere"], in: workspace.path)
        #expect(result.status == 2)
        #expect(result.errorOutput == "nowhere: error: no such file or folder\n")
    }

    @Test func runShowsCellsAndSummarizes() throws {
        let workspace = try Workspace()
        try workspace.copyBook("book")
        let result = try LitProcess.run(["run", "book/1-intro.md"], in: workspace.path)
        #expect(result.status == 0)
        #expect(
            result.output == """
                book/1-intro.md

                In [1]:
                greeting = "hello"
                print(greeting)
                Out[1]:
                hello

                In [2]:
                [n * n for n in range(4)]
                Out[2]:
                [0, 1, 4, 9]

                In [3]:
                undefined_name
                Out[3]:
                NameError: name 'undefined_name' is not defined

                1 chapter, 3 cells run: every recorded output matches

                """)
    }

    @Test func colorsOnlyOnATerminal() throws {
        let workspace = try Workspace()
        try workspace.copyBook("book")
        let result = try LitProcess.run(["run", "book"], in: workspace.path)
        #expect(!result.output.contains("\u{1B}["))
    }

    @Test func runUpdateRecordsOutputsAndTestThenPasses() throws {
        let workspace = try Workspace()
        try workspace.copyBook("book")
        let original = try workspace.read("book/1-intro.md")
        try workspace.write(
            "book/1-intro.md",
            original.replacingOccurrences(of: "```output\nhello\n```\n\n", with: ""))
        let failing = try LitProcess.run(["test", "book"], in: workspace.path)
        #expect(failing.status == 1)
        let update = try LitProcess.run(["run", "book", "--update"], in: workspace.path)
        #expect(update.status == 0)
        #expect(update.output.contains("updated: book/1-intro.md\n"))
        #expect(try workspace.read("book/1-intro.md") == original)
        let passing = try LitProcess.run(["test", "book"], in: workspace.path)
        #expect(passing.status == 0)
    }

    @Test func jsonAndJUnitAreWrittenForCI() throws {
        let workspace = try Workspace()
        try workspace.copyBook("book")
        let result = try LitProcess.run(
            ["test", "book", "--format", "json", "--junit", "results.xml"], in: workspace.path)
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
        let chapters = (json as? [String: Any])?["chapters"] as? [[String: Any]]
        #expect(chapters?.count == 2)
        #expect(result.errorOutput == "4 passed, 0 failed, 1 skipped\n")
        let xml = try workspace.read("results.xml")
        #expect(xml.contains("<testcase classname=\"book/1-intro.md\" name=\"cell 1 (line 3)\""))
    }

    @Test func anUnwritableJUnitFileExitsTwo() throws {
        let workspace = try Workspace()
        try workspace.copyBook("book")
        let result = try LitProcess.run(
            ["test", "book", "--junit", "no/such/folder/results.xml"], in: workspace.path)
        #expect(result.status == 2)
        #expect(result.errorOutput.contains("no/such/folder/results.xml: error: cannot write"))
    }
}
