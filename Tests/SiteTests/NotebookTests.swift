import Book
import Foundation
import Testing

@testable import Site

@Suite struct NotebookTests {
    static func notebook(_ name: String = "9.1-every-part.ipynb") throws -> String {
        let files = try SiteRenderer(theme: Theme.standard()).render(book: try Books.fixture())
        return try #require(files.text(name))
    }

    @Test func matchesTheGoldenNotebookAndSearchIndex() throws {
        try Golden.check(try Self.notebook(), against: "golden/9.1-every-part.ipynb")
        let files = try SiteRenderer(theme: Theme.standard()).render(book: try Books.fixture())
        let index = try #require(files.text("search-index.json"))
        // One entry a line, so the golden file's diff reads well.
        let lines = index.replacingOccurrences(of: "},{", with: "},\n{")
        try Golden.check(lines, against: "golden/search-index.json.txt")
    }

    /// Runs Python on a notebook: checks it with `json` (and `nbformat.validate` when the
    /// module is installed) and prints facts about it.
    static func python(_ script: String, input: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static let checkScript = """
        import json, re, sys
        nb = json.load(sys.stdin)
        assert nb["nbformat"] == 4 and nb["nbformat_minor"] == 5, "nbformat 4.5"
        assert nb["metadata"]["kernelspec"]["name"] == "python3"
        ids = [c["id"] for c in nb["cells"]]
        assert len(ids) == len(set(ids)), "unique ids"
        assert all(re.fullmatch(r"[A-Za-z0-9_-]{1,64}", i) for i in ids), "valid ids"
        for c in nb["cells"]:
            for line in c["source"][:-1]:
                assert line.endswith("\\n"), "source lines end in newlines"
        print("kinds", " ".join(c["cell_type"][0] for c in nb["cells"]))
        print("counts", [c["execution_count"] for c in nb["cells"] if c["cell_type"] == "code"])
        print("outputs", [[o["output_type"] for o in c["outputs"]] for c in nb["cells"] if c["cell_type"] == "code"])
        try:
            import nbformat
        except ImportError:
            print("nbformat not installed")
        else:
            nbformat.validate(nbformat.reads(json.dumps(nb), as_version=4))
            print("nbformat valid")
        """

    @Test func isValidNbformatFourJSON() throws {
        let result = try Self.python(Self.checkScript, input: try Self.notebook())
        #expect(result.status == 0, "\(result.output)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "kinds m c c c m c c c m c m")
        #expect(lines.dropFirst().first == "counts [1, 2, 3, 4, 5, 6, 7]")
        #expect(
            lines.dropFirst(2).first
                == "outputs [[], ['stream'], ['execute_result'], ['error'], [], "
                + "['execute_result'], ['execute_result']]")
        #expect(lines.last == "nbformat valid" || lines.last == "nbformat not installed")
    }

    @Test func splitsPrintedTextDisplayAndErrorIntoJupyterOutputs() throws {
        let chapter = try ChapterReader().parse(
            "# T\n\n```python\nprint(1)\nx\n```\n\n```python raises\n1/0\n```\n", path: "1-t.md")
        let runs: [Int: CellRun] = [
            1: CellRun(output: "1\n[1,\n 2]\n", printed: "1\n", display: "[1,\n 2]\n"),
            2: CellRun(
                output: "ZeroDivisionError: division by zero\n",
                error: CellRunError(type: "ZeroDivisionError", message: "division by zero")),
        ]
        let displays = CellDisplay.all(in: chapter, runs: runs)
        let text = NotebookWriter.notebook(chapter: chapter, displays: displays, title: "1 T")
        let data = Data(text.utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cells = try #require(json["cells"] as? [[String: Any]])
        #expect(cells.count == 3)
        let first = try #require(cells[1]["outputs"] as? [[String: Any]])
        #expect(first[0]["output_type"] as? String == "stream")
        #expect(first[0]["text"] as? [String] == ["1\n"])
        #expect(first[1]["output_type"] as? String == "execute_result")
        #expect(
            (first[1]["data"] as? [String: Any])?["text/plain"] as? [String] == ["[1,\n", " 2]"])
        #expect(first[1]["execution_count"] as? Int == 1)
        let second = try #require(cells[2]["outputs"] as? [[String: Any]])
        #expect(second[0]["output_type"] as? String == "error")
        #expect(second[0]["ename"] as? String == "ZeroDivisionError")
        #expect(second[0]["evalue"] as? String == "division by zero")
        #expect(
            (cells[2]["metadata"] as? [String: Any])?["tags"] as? [String] == ["raises-exception"])
        #expect((cells[0]["source"] as? [String]) == ["# 1 T"])
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains("\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}"))
    }

    @Test func keepsNotRunCellsOutOfRunAll() throws {
        let text = try Self.notebook()
        #expect(text.contains("\"```python\\n\",\n    \"while True:\\n\""))
    }

    @Test func makesValidCellIDs() {
        #expect(NotebookWriter.cellID("parameter-access-cell-2") == "parameter-access-cell-2")
        #expect(NotebookWriter.cellID("größe cell") == "gr__e_cell")
        #expect(NotebookWriter.cellID("") == "cell")
        #expect(NotebookWriter.cellID(String(repeating: "a", count: 80)).count == 64)
    }

    @Test func writesJSONTheWayJupyterDoes() {
        let value = JSONValue.object([
            "b": .array([]), "a": .object([:]), "c": .array([.int(1), .string("x\n\"é\u{1}")]),
        ])
        #expect(
            value.pretty
                == "{\n \"a\": {},\n \"b\": [],\n \"c\": [\n  1,\n  \"x\\n\\\"é\\u0001\"\n ]\n}\n")
        #expect(value.compact == "{\"a\":{},\"b\":[],\"c\":[1,\"x\\n\\\"é\\u0001\"]}")
    }
}
