import Foundation

/// Runs Python 3 (`python3` on the path) on a script with a document on its standard input,
/// and returns what it printed; Python's own parsers check what the reports write.
enum PythonCheck {
    /// What the script printed and whether it exited with 0.
    struct Result {
        var succeeded: Bool
        var output: String
    }

    static func run(_ script: String, input: String) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stdout
        try process.run()
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            succeeded: process.terminationStatus == 0, output: String(decoding: data, as: UTF8.self)
        )
    }

    /// Parses the JSON report with `json` and checks it against the architecture's schema.
    ///
    /// The document is an object with exactly `chapters`, each chapter exactly `path` and `cells`, each cell
    /// exactly `index` (int ≥ 1), `line` (int ≥ 1), `code` (str), `output` (str), `error`
    /// (str or null). Prints a summary of what it saw.
    static let jsonSchema = """
        import json, sys
        doc = json.load(sys.stdin)
        def fail(message):
            print("schema:", message); sys.exit(1)
        if not isinstance(doc, dict) or set(doc) != {"chapters"}: fail("top level")
        if not isinstance(doc["chapters"], list): fail("chapters is not a list")
        cells = 0
        for chapter in doc["chapters"]:
            if not isinstance(chapter, dict) or set(chapter) != {"path", "cells"}: fail("chapter keys")
            if not isinstance(chapter["path"], str) or not chapter["path"]: fail("path")
            if not isinstance(chapter["cells"], list): fail("cells is not a list")
            last = 0
            for cell in chapter["cells"]:
                if set(cell) != {"index", "line", "code", "output", "error"}: fail("cell keys")
                for key in ("index", "line"):
                    if type(cell[key]) is not int or cell[key] < 1: fail(key)
                if cell["index"] <= last: fail("cells out of order")
                last = cell["index"]
                if not isinstance(cell["code"], str) or not isinstance(cell["output"], str): fail("text")
                if cell["error"] is not None and not isinstance(cell["error"], str): fail("error")
                cells += 1
        print(len(doc["chapters"]), "chapters", cells, "cells")
        """

    /// Parses JUnit XML with `xml.etree` and prints each suite's counts and each case.
    static let junitSummary = """
        import sys, xml.etree.ElementTree as ET
        root = ET.fromstring(sys.stdin.buffer.read())
        assert root.tag == "testsuites", root.tag
        print("testsuites", root.get("tests"), root.get("failures"), root.get("errors"), root.get("skipped"))
        for suite in root:
            assert suite.tag == "testsuite", suite.tag
            cases = list(suite)
            assert int(suite.get("tests")) == len(cases), "tests count"
            assert int(suite.get("failures")) == sum(1 for c in cases if c.find("failure") is not None)
            assert int(suite.get("skipped")) == sum(1 for c in cases if c.find("skipped") is not None)
            assert int(suite.get("errors")) == sum(1 for c in cases if c.find("error") is not None)
            print("suite", suite.get("name").split("/books/")[-1], suite.get("tests"))
            for case in cases:
                assert case.get("classname") == suite.get("name")
                float(case.get("time"))
                state = "passed"
                for tag in ("failure", "skipped", "error"):
                    node = case.find(tag)
                    if node is not None:
                        state = tag + ": " + (node.get("message") or "")
                        if node.text: state += " | " + node.text.splitlines()[0].split("/books/")[-1]
                print(" ", case.get("name"), "->", state)
        """
}
