import Foundation
import Testing

@testable import Book

@Suite struct ReaderTests {
    let reader = ChapterReader()

    @Test func readsEveryCellFormIntoTheGoldenModel() throws {
        let bytes = try Golden.bytes("reader/6.9-every-form.md")
        let chapter = try reader.parse(bytes, path: "6.9-every-form.md")
        try Golden.check(ChapterDump.text(chapter), against: "reader/6.9-every-form.model.txt")
    }

    @Test func readsAChapterFileFromDisk() throws {
        let path = Golden.fixtures.appendingPathComponent("reader/6.9-every-form.md").path
        let chapter = try reader.read(path: path)
        #expect(chapter.number?.description == "6.9")
        #expect(chapter.title == "Every Form of a Cell")
        #expect(chapter.cells.count == 17)
        #expect(chapter.cells.map(\.index) == Array(1...17))
    }

    @Test func pairsEachCellWithTheOutputBlockRightAfterIt() throws {
        let chapter = try reader.parse(
            "```python\nprint(1)\n```\n\n\n```output\n1\n```\n```python\nx\n```\n", path: "a.md")
        #expect(chapter.cells.count == 2)
        #expect(chapter.cells[0].output?.text == "1\n")
        #expect(chapter.cells[0].output?.fenceLine == 6)
        #expect(chapter.cells[0].output?.closingFenceLine == 8)
        #expect(chapter.cells[1].output == nil)
    }

    @Test func keepsAnEmptyOutputBlockAsEmptyText() throws {
        let chapter = try reader.parse("```python\nx\n```\n\n```output\n```\n", path: "a.md")
        #expect(chapter.cells[0].output?.text == "")
    }

    @Test func readsCellOptions() throws {
        let chapter = try reader.parse(
            "```python  norun\thide\n```\n\n```python raises tolerance=1e-3 hide-output\n```\n",
            path: "a.md")
        #expect(chapter.cells[0].options.norun)
        #expect(chapter.cells[0].options.hide)
        #expect(chapter.cells[1].options.raises)
        #expect(chapter.cells[1].options.hideOutput)
        #expect(chapter.cells[1].options.tolerance == 1e-3)
    }

    @Test(arguments: [
        ("```python fast\nx\n```\n", "a.md:1:11: error: unknown cell option 'fast'"),
        ("\n```python norun norun\n```\n", "a.md:2:17: error: cell option 'norun' is given twice"),
        ("```python norun raises\n```\n", "a.md:1:17: error: cell option 'norun' cannot"),
        ("```python tolerance=abc\n```\n", "a.md:1:11: error: cell option 'tolerance='"),
        ("```python tolerance=-1\n```\n", "a.md:1:11: error: cell option 'tolerance='"),
        ("text\n\n```output\n1\n```\n", "a.md:3:1: error: this output block does not follow"),
        ("```python\n```\ntext\n```output\n```\n", "a.md:4:1: error: this output block does not"),
        ("```text\n```\n\n```output\n```\n", "a.md:4:1: error: this output block does not follow"),
        (
            "```python\n```\n\n```output\n```\n\n```output\n```\n",
            "a.md:7:1: error: this output block does not follow"
        ),
        ("```python\n```\n\n```output json\n```\n", "a.md:4:11: error: an output block takes"),
        ("# T\n\n```python\nx = 1\n", "a.md:3:1: error: this cell's code fence is never closed"),
        ("````python\nx\n```\n", "a.md:1:1: error: this cell's code fence is never closed"),
        ("> ```python\n> x\ny\n", "a.md:1:3: error: this cell's code fence is never closed"),
        ("- ```python\n  x\n- y\n", "a.md:1:3: error: this cell's code fence is never closed"),
        ("```python\n```\n\n```output\n1", "a.md:4:1: error: this output block's fence is never"),
    ])
    func rejectsMalformedCellsWithTheirLocation(markdown: String, expected: String) {
        #expect(throws: ChapterError.self) { try reader.parse(markdown, path: "a.md") }
        do {
            _ = try reader.parse(markdown, path: "a.md")
        } catch {
            #expect(error.description.hasPrefix(expected), "\(error)")
        }
    }

    @Test func reportsEveryErrorOfAFileAtOnce() {
        do {
            _ = try reader.parse("```python x\n```\n\n```python y\n```\n", path: "a.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.line) == [1, 4])
        }
    }

    @Test func warnsAboutUnclosedPlainFencesAndNearMissCellNames() throws {
        let chapter = try reader.parse(
            "```python3\nx\n```\n\n```text\nnever closed\n", path: "a.md")
        #expect(chapter.cells.isEmpty)
        #expect(
            chapter.warnings.map(\.description) == [
                "a.md:1:4: warning: a code block marked 'python3' is not a cell; cells start "
                    + "with exactly 'python'",
                "a.md:5:1: warning: this code fence is never closed, so the rest of the file is code",
            ])
    }

    @Test func readsAnEmptyFileAsAChapterWithoutBlocks() throws {
        let chapter = try reader.parse([], path: "intro.md")
        #expect(chapter.blocks.isEmpty)
        #expect(chapter.cells.isEmpty)
        #expect(chapter.title == nil)
        #expect(chapter.number == nil)
    }

    @Test func rejectsInvalidUTF8NamingTheFileAndPlace() {
        let bytes = Array("# T\n\nab".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        do {
            _ = try reader.parse(bytes, path: "bad.md")
            Issue.record("expected an error")
        } catch {
            #expect(
                error.description == "bad.md:3:3: error: the file is not valid UTF-8 text (byte 7)")
        }
    }

    @Test func rejectsNULBytesAsNotText() {
        do {
            _ = try reader.parse(Array("abc".utf8) + [0, 1, 2], path: "bin.md")
            Issue.record("expected an error")
        } catch {
            #expect(
                error.description
                    == "bin.md:1:4: error: the file contains a NUL byte, so it is not a text file "
                    + "(byte 3)")
        }
    }

    @Test(
        arguments: [
            [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xFF],
            [0x80],
        ] as [[UInt8]])
    func rejectsEachKindOfInvalidUTF8(sequence: [UInt8]) {
        #expect(throws: ChapterError.self) {
            try reader.parse(Array("x".utf8) + sequence, path: "a.md")
        }
    }

    @Test func reportsAMissingFile() {
        do {
            _ = try reader.read(path: "/nonexistent/lit/6.2-x.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("/nonexistent/lit/6.2-x.md: error: cannot read"))
        }
    }

    @Test func readsAFileWithAByteOrderMark() throws {
        let chapter = try reader.parse(
            [0xEF, 0xBB, 0xBF] + Array("```python\nx\n```\n\n```output\n1\n```\n".utf8),
            path: "a.md")
        #expect(chapter.cells.first?.code == "x\n")
        #expect(chapter.cells.first?.output?.text == "1\n")
        #expect(chapter.cells.first?.fenceLine == 1)
    }

    @Test func readsCRLFAndLoneCRLineEndingsLikeCmark() throws {
        let crlf = try reader.parse(
            "# T\r\n\r\n```python\r\na\r\nb\r\n```\r\n\r\n```output\r\n1\r\n2\r\n```\r\n",
            path: "a.md")
        #expect(crlf.cells[0].code == "a\nb\n")
        #expect(crlf.cells[0].fenceLine == 3)
        #expect(crlf.cells[0].output?.text == "1\n2\n")
        #expect(crlf.cells[0].output?.fenceLine == 8)
        let cr = try reader.parse("# T\r\r```python\rx\r```\r", path: "a.md")
        #expect(cr.cells[0].fenceLine == 3)
        #expect(cr.cells[0].code == "x\n")
    }

    @Test func readsAClosedCellAtTheEndOfAFileWithoutAFinalNewline() throws {
        let chapter = try reader.parse("```python\nx\n```\n\n```output\n1\n```", path: "a.md")
        #expect(chapter.cells[0].output?.text == "1\n")
        #expect(chapter.cells[0].output?.closingFenceLine == 7)
    }

    @Test func rendersProseInSafeModeByDefault() throws {
        let markdown = "<div>x</div>\n\nA <b>b</b> [l](javascript:x)\n"
        let safe = try reader.parse(markdown, path: "a.md")
        #expect(
            proseHTML(safe)
                == "<!-- raw HTML omitted -->\n<p>A <!-- raw HTML omitted -->b"
                + "<!-- raw HTML omitted --> <a href=\"\">l</a></p>\n")
        let unsafe = try ChapterReader(options: ReadOptions(allowsRawHTML: true))
            .parse(markdown, path: "a.md")
        #expect(
            proseHTML(unsafe) == "<div>x</div>\n<p>A <b>b</b> <a href=\"javascript:x\">l</a></p>\n")
    }

    @Test func skipsHTMLWhenAskedTo() throws {
        let chapter = try ChapterReader(options: ReadOptions(rendersHTML: false))
            .parse("# T *x*\n\ntext\n\n- a\n\n  ```python\n  1\n  ```\n", path: "a.md")
        #expect(chapter.headings.first?.html == "")
        guard case .prose(let prose) = chapter.blocks.last else {
            Issue.record("expected prose")
            return
        }
        #expect(prose.segments == [.cell(chapter.cells[0])])
    }

    @Test func splitsProseHTMLAroundNestedCells() throws {
        let chapter = try reader.parse(
            "- a\n\n  ```python\n  1 < 2\n  ```\n\n  ```output\n  True\n  ```\n- b\n", path: "a.md")
        guard case .prose(let prose) = chapter.blocks.first else {
            Issue.record("expected prose")
            return
        }
        #expect(
            prose.html { "[cell \($0.index)]\n" }
                == "<ul>\n<li>\n<p>a</p>\n[cell 1]\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>\n")
        #expect(
            prose.html
                == "<ul>\n<li>\n<p>a</p>\n<pre><code class=\"language-python\">1 &lt; 2\n"
                + "</code></pre>\n<pre><code class=\"language-output\">True\n</code></pre>\n"
                + "</li>\n<li>\n<p>b</p>\n</li>\n</ul>\n")
    }

    @Test func marksNestedCellsWithAWordTheFileDoesNotContain() throws {
        let chapter = try reader.parse(
            "> ```lit-nested-cell-0\n> x\n> ```\n>\n> ```python\n> 1\n> ```\n", path: "a.md")
        guard case .prose(let prose) = chapter.blocks.first else {
            Issue.record("expected prose")
            return
        }
        #expect(prose.cells.count == 1)
        #expect(
            prose.html { _ in "[cell]\n" }
                == "<blockquote>\n<pre><code class=\"language-lit-nested-cell-0\">x\n"
                + "</code></pre>\n[cell]\n</blockquote>\n")
    }

    @Test func rendersAMarkdownSnippetWithTheSameSettings() {
        #expect(
            MarkdownHTML.render("*a* <i>b</i>")
                == "<p><em>a</em> <!-- raw HTML omitted -->b<!-- raw HTML omitted --></p>\n")
        #expect(
            MarkdownHTML.render("\"a\" -- b", options: ReadOptions(smartPunctuation: true))
                == "<p>\u{201C}a\u{201D} \u{2013} b</p>\n")
    }

    @Test func keepsTheProseMarkdownExactlyAsWritten() throws {
        let chapter = try reader.parse("# T\r\n\r\nOne\r\ntwo  \r\n\r\n\r\n## U\r\n", path: "a.md")
        guard case .prose(let prose) = chapter.blocks[1] else {
            Issue.record("expected prose")
            return
        }
        #expect(prose.markdown == "One\r\ntwo  ")
        #expect(prose.lines == 3...4)
    }

    private func proseHTML(_ chapter: Chapter) -> String {
        chapter.blocks.map { block in
            if case .prose(let prose) = block { return prose.html }
            return ""
        }.joined()
    }
}
