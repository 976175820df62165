import Book
import Foundation

/// Reading, updating and doc-testing a generated 200-cell chapter.
enum BookBenchmarks {
    static func run() {
        Bench.section("Book: a 200-cell chapter")
        let markdown = chapter(cells: 200)
        let bytes = Array(markdown.utf8)
        Bench.row("chapter size", "\(bytes.count / 1024) KiB, 200 cells")
        let reader = ChapterReader()
        let fast = ChapterReader(options: ReadOptions(rendersHTML: false))
        guard let chapter = try? reader.parse(bytes, path: "6.2-bench.md") else {
            print("  the generated chapter does not read")
            return
        }
        let recorded = Dictionary(
            uniqueKeysWithValues: chapter.cells.map { ($0.index, $0.output?.text ?? "") })
        let changed = recorded.mapValues { $0.isEmpty ? "new output\n" : $0 + "more\n" }
        let stripped = recorded.mapValues { _ in "" }
        report("read with HTML") { _ = try reader.parse(bytes, path: "6.2-bench.md") }
        report("read without HTML") { _ = try fast.parse(bytes, path: "6.2-bench.md") }
        report("update, nothing changes") {
            _ = try ChapterWriter.updatedBytes(of: chapter, outputs: recorded)
        }
        report("update, every output changes") {
            _ = try ChapterWriter.updatedBytes(of: chapter, outputs: changed)
        }
        report("update, every output removed") {
            _ = try ChapterWriter.updatedBytes(of: chapter, outputs: stripped)
        }
        let test = DocTest()
        let runs = chapter.cells.map { CellRun(output: ($0.output?.text ?? "") + "") }
        report("doc-test every cell (all pass)") {
            for (cell, run) in zip(chapter.cells, runs) {
                _ = test.check(cell, path: chapter.path, run: run)
            }
        }
        let noisy = chapter.cells.map {
            CellRun(output: ($0.output?.text ?? "").replacingOccurrences(of: "5\n", with: "6\n"))
        }
        report("doc-test every cell (floats off by 1 ulp)") {
            for (cell, run) in zip(chapter.cells, noisy) {
                _ = test.check(cell, path: chapter.path, run: run)
            }
        }
    }

    /// Prints the best time of one call, each sample averaging ten calls.
    private static func report(_ name: String, _ body: () throws -> Void) {
        do {
            let seconds = try Bench.best(repeats: 20) {
                for _ in 0..<10 { try body() }
            }
            Bench.row(name, "\(Bench.fixed(seconds * 100, 3)) ms")
        } catch {
            Bench.row(name, "failed: \(error)")
        }
    }

    /// A chapter like the book's: sections of prose, cells with array outputs, a few cells in
    /// lists and quotes.
    private static func chapter(cells: Int) -> String {
        var text = "# Parameter Management\n\n"
        for index in 1...cells {
            if index % 10 == 1 {
                text += "## Section \(index / 10 + 1)\n\n"
                text += "Some *prose* with `code` and a [link](x).\n\n"
            }
            let code = "net.layers[\(index % 3)].weights\nprint(\(index))\n"
            let output = """
                [<tf.Variable 'dense_\(index)/kernel:0' shape=(4, 1) dtype=float32, numpy=
                 array([[-0.8238736 ],
                        [ 0.5115609 ],
                        [ 0.8256699 ],
                        [ 0.29605114]], dtype=float32)>, <Dense at 0x7fbbdf8b1d10>]

                """
            switch index % 20 {
            case 7:
                let quoted = output.split(separator: "\n").map { "> \($0)" }
                    .joined(separator: "\n")
                text +=
                    "> ```python\n> print(\(index))\n> ```\n>\n> ```output\n\(quoted)\n> ```\n\n"
            case 13:
                text += "- item\n\n  ```python\n  x = \(index)\n  ```\n\n"
            default:
                text += "```python\n\(code)```\n\n```output\n\(output)```\n\n"
            }
        }
        return text
    }
}
