import Foundation
import Testing

@testable import Book

@Suite struct WriterTests {
    let reader = ChapterReader()

    /// Every cell's recorded output, as the writer takes it.
    private func recordedOutputs(_ chapter: Chapter) -> [Int: String] {
        Dictionary(uniqueKeysWithValues: chapter.cells.map { ($0.index, $0.output?.text ?? "") })
    }

    private func update(_ markdown: String, _ outputs: [Int: String]) throws -> String {
        let chapter = try reader.parse(markdown, path: "a.md")
        return String(
            decoding: try ChapterWriter.updatedBytes(of: chapter, outputs: outputs), as: UTF8.self)
    }

    @Test(arguments: ["\n", "\r\n"])
    func stripsAndRewritesEveryOutputByteForByte(lineEnding: String) throws {
        let fixture = String(decoding: try Golden.bytes("reader/6.9-every-form.md"), as: UTF8.self)
        let original = Array(fixture.replacingOccurrences(of: "\n", with: lineEnding).utf8)
        let chapter = try reader.parse(original, path: "6.9-every-form.md")
        let outputs = recordedOutputs(chapter)
        let stripped = try ChapterWriter.updatedBytes(
            of: chapter, outputs: outputs.mapValues { _ in "" })
        let strippedChapter = try reader.parse(stripped, path: "6.9-every-form.md")
        #expect(strippedChapter.cells.allSatisfy { $0.output == nil })
        #expect(stripped.count < original.count)
        let restored = try ChapterWriter.updatedBytes(of: strippedChapter, outputs: outputs)
        #expect(restored == original)
        if lineEnding == "\r\n" {
            let text = String(decoding: restored, as: UTF8.self)
            #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        }
    }

    @Test func leavesAFileAloneWhenTheOutputsAreAlreadyRecorded() throws {
        let bytes = try Golden.bytes("reader/6.9-every-form.md")
        let chapter = try reader.parse(bytes, path: "6.9-every-form.md")
        #expect(
            try ChapterWriter.updatedBytes(of: chapter, outputs: recordedOutputs(chapter)) == bytes)
        let withoutNewlines = recordedOutputs(chapter).mapValues { OutputText.normalized($0) }
        #expect(try ChapterWriter.updatedBytes(of: chapter, outputs: withoutNewlines) == bytes)
    }

    @Test func insertsAnOutputBlockAfterATopLevelCell() throws {
        #expect(
            try update("# T\n\n```python\nx\n```\n\nAfter.\n", [1: "1\n"])
                == "# T\n\n```python\nx\n```\n\n```output\n1\n```\n\nAfter.\n")
    }

    @Test func insertsAtTheEndOfAFileWithoutAFinalNewline() throws {
        #expect(
            try update("```python\nx\n```", [1: "1"]) == "```python\nx\n```\n\n```output\n1\n```")
    }

    @Test func insertsInsideABlockQuoteWithItsPrefix() throws {
        #expect(
            try update("> ```python\n> x\n> ```\n> more\n", [1: "a\n\nb"])
                == "> ```python\n> x\n> ```\n>\n> ```output\n> a\n>\n> b\n> ```\n> more\n")
    }

    @Test func insertsInsideALooseListItemWithItsIndentation() throws {
        #expect(
            try update("- a\n\n  ```python\n  x\n  ```\n- b\n", [1: "1"])
                == "- a\n\n  ```python\n  x\n  ```\n\n  ```output\n  1\n  ```\n- b\n")
    }

    @Test func insertsWithoutABlankLineInATightList() throws {
        let updated = try update("- a\n  ```python\n  x\n  ```\n- b\n", [1: "1"])
        #expect(updated == "- a\n  ```python\n  x\n  ```\n  ```output\n  1\n  ```\n- b\n")
        let chapter = try reader.parse(updated, path: "a.md")
        #expect(chapter.cells[0].layout.insertsTight)
    }

    @Test func keepsTheFenceIndentationForContentLines() throws {
        let updated = try update("  ```python\n  x\n  ```\n", [1: "  indented\nflat"])
        #expect(updated == "  ```python\n  x\n  ```\n\n  ```output\n    indented\n  flat\n  ```\n")
        #expect(
            try reader.parse(updated, path: "a.md").cells[0].output?.text == "  indented\nflat\n")
    }

    @Test func removesAnOutputBlockWithTheBlankLinesBeforeIt() throws {
        #expect(
            try update("```python\nx\n```\n\n\n```output\n1\n```\n\nAfter.\n", [1: ""])
                == "```python\nx\n```\n\nAfter.\n")
        #expect(
            try update("> ```python\n> x\n> ```\n>\n> ```output\n> 1\n> ```\n", [1: "\n"])
                == "> ```python\n> x\n> ```\n")
        #expect(
            try update("```python\nx\n```\n\n```output\n1\n```", [1: ""]) == "```python\nx\n```")
    }

    @Test func replacesOnlyTheContentOfAnExistingBlock() throws {
        #expect(
            try update("```python\nx\n```\n\n~~~~output\nold\nlines\n~~~~~  \n", [1: "new"])
                == "```python\nx\n```\n\n~~~~output\nnew\n~~~~~  \n")
        #expect(
            try update("```python\nx\n```\n\n```output\n```\n", [1: "filled"])
                == "```python\nx\n```\n\n```output\nfilled\n```\n")
    }

    @Test func replacesContentInsideQuotesAndLists() throws {
        #expect(
            try update("> ```python\n> x\n> ```\n>\n> ```output\n> old\n> ```\n", [1: "a\n\nb\n"])
                == "> ```python\n> x\n> ```\n>\n> ```output\n> a\n>\n> b\n> ```\n")
        #expect(
            try update(
                "1. a\n\n   ```python\n   x\n   ```\n\n   ```output\n   old\n   ```\n2. b\n",
                [1: "new\n  deeper"])
                == "1. a\n\n   ```python\n   x\n   ```\n\n   ```output\n   new\n     deeper\n"
                + "   ```\n2. b\n")
    }

    @Test func removesABlockInsideAListItem() throws {
        #expect(
            try update("- a\n\n  ```python\n  x\n  ```\n\n  ```output\n  1\n  ```\n- b\n", [1: ""])
                == "- a\n\n  ```python\n  x\n  ```\n- b\n")
    }

    @Test func lengthensTheFenceWhenTheOutputCouldCloseIt() throws {
        #expect(
            try update("```python\nx\n```\n", [1: "a\n```\nb"])
                == "```python\nx\n```\n\n````output\na\n```\nb\n````\n")
        #expect(
            try update("```python\nx\n```\n\n```output\nold\n```\n", [1: "  `````  "])
                == "```python\nx\n```\n\n``````output\n  `````  \n``````\n")
        #expect(
            try update("```python\nx\n```\n\n~~~output\nold\n~~~\n", [1: "~~~~"])
                == "```python\nx\n```\n\n```output\n~~~~\n```\n")
    }

    @Test func keepsAFenceThatTheOutputCannotClose() throws {
        #expect(
            try update("```python\nx\n```\n\n~~~output\nold\n~~~\n", [1: "```"])
                == "```python\nx\n```\n\n~~~output\n```\n~~~\n")
        #expect(
            try update("```python\nx\n```\n\n```output\nold\n```\n", [1: "``` not a fence"])
                == "```python\nx\n```\n\n```output\n``` not a fence\n```\n")
    }

    @Test func writesCRLFLinesIntoACRLFFile() throws {
        #expect(
            try update("```python\r\nx\r\n```\r\n", [1: "a\nb"])
                == "```python\r\nx\r\n```\r\n\r\n```output\r\na\r\nb\r\n```\r\n")
        #expect(
            try update("```python\r\nx\r\n```\r\n\r\n```output\r\nold\r\n```\r\n", [1: "n\r\new"])
                == "```python\r\nx\r\n```\r\n\r\n```output\r\nn\r\new\r\n```\r\n")
    }

    @Test func leavesCellsWithoutAnEntryUntouched() throws {
        let markdown = "```python\na\n```\n\n```output\n1\n```\n\n```python\nb\n```\n"
        #expect(
            try update(markdown, [2: "2"])
                == "```python\na\n```\n\n```output\n1\n```\n\n```python\nb\n```\n\n```output\n2\n```\n"
        )
    }

    @Test func rejectsAnUnknownCellIndex() throws {
        let chapter = try reader.parse("```python\nx\n```\n", path: "a.md")
        #expect(throws: ChapterError.self) {
            try ChapterWriter.updatedBytes(of: chapter, outputs: [2: "x"])
        }
    }

    @Test func insertsUnderACellIndentedWithATab() throws {
        // cmark splits the tab between the list item and the fence; new lines use spaces.
        let updated = try update("- a\n\n\t```python\n\tx\n\t```\n", [1: "1"])
        #expect(updated == "- a\n\n\t```python\n\tx\n\t```\n\n    ```output\n    1\n    ```\n")
        #expect(try reader.parse(updated, path: "a.md").cells[0].output?.text == "1\n")
    }

    @Test func refusesAnOutputThatWouldNotReadBackTheSame() throws {
        // The opening fence's tab is split between the list item and the fence, so content
        // lines cannot be written to read back exactly; the writer says so instead.
        let chapter = try reader.parse(
            "- a\n\n\t```python\n\tx\n\t```\n\n\t```output\n\t1\n\t```\n", path: "a.md")
        #expect(chapter.cells[0].output?.text == " 1\n")
        do {
            _ = try ChapterWriter.updatedBytes(of: chapter, outputs: [1: "2"])
            Issue.record("expected an error")
        } catch {
            #expect(
                error.description
                    == "a.md:3: error: cell 1's output cannot be recorded so that it reads back "
                    + "the same (tabs in its container prefix?); nothing was written")
        }
    }

    // MARK: Files

    @Test func writesAtomicallyKeepingPermissionsAndLeavingNoTemporaryFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("6.2-x.md", Array("```python\nx\n```\n".utf8))
        #expect(chmod(path, 0o640) == 0)
        let chapter = try reader.read(path: path)
        #expect(try ChapterWriter.write(chapter, outputs: [1: "1"]) == .written)
        #expect(
            String(decoding: try Golden.bytesAt(path), as: UTF8.self)
                == "```python\nx\n```\n\n```output\n1\n```\n")
        #expect(try folder.entries() == ["6.2-x.md"])
        #expect(try permissions(path) == 0o640)
    }

    @Test func doesNotTouchTheFileWhenNothingChanges() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("a.md", Array("```python\nx\n```\n\n```output\n1\n```\n".utf8))
        let old = Date(timeIntervalSince1970: 1_000_000_000)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: path)
        let chapter = try reader.read(path: path)
        #expect(try ChapterWriter.write(chapter, outputs: [1: "1\n"]) == .unchanged)
        let second = try reader.read(path: path)
        #expect(try ChapterWriter.write(second, outputs: [1: "1"]) == .unchanged)
        let modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate]
        #expect((modified as? Date) == old)
    }

    @Test func aSecondUpdateWithTheSameResultsChangesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("a.md", Array("```python\nx\n```\n\n```python\ny\n```\n".utf8))
        let outputs = [1: "one ```", 2: "two"]
        #expect(try ChapterWriter.write(try reader.read(path: path), outputs: outputs) == .written)
        let after = try Golden.bytesAt(path)
        #expect(
            try ChapterWriter.write(try reader.read(path: path), outputs: outputs) == .unchanged)
        #expect(try Golden.bytesAt(path) == after)
    }

    @Test func refusesAReadOnlyFileChangingNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let original = Array("```python\nx\n```\n".utf8)
        let path = try folder.write("a.md", original)
        #expect(chmod(path, 0o444) == 0)
        let chapter = try reader.read(path: path)
        do {
            try ChapterWriter.write(chapter, outputs: [1: "1"])
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "\(path): error: is read-only; nothing was written")
        }
        #expect(try Golden.bytesAt(path) == original)
        #expect(try folder.entries() == ["a.md"])
    }

    @Test func refusesAFileThatChangedOnDiskSinceItWasRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("a.md", Array("```python\nx\n```\n".utf8))
        let chapter = try reader.read(path: path)
        let edited = Array("```python\nx = 2\n```\n".utf8)
        _ = try folder.write("a.md", edited)
        do {
            try ChapterWriter.write(chapter, outputs: [1: "1"])
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("changed on disk since it was read"))
        }
        #expect(try Golden.bytesAt(path) == edited)
    }

    @Test(.enabled(if: getuid() != 0, "root may write into a read-only folder"))
    func leavesTheFileAsItWasWhenTheFolderIsReadOnly() throws {
        let folder = try TemporaryFolder()
        defer {
            chmod(folder.url.path, 0o755)
            folder.remove()
        }
        let original = Array("```python\nx\n```\n".utf8)
        let path = try folder.write("a.md", original)
        let chapter = try reader.read(path: path)
        #expect(chmod(folder.url.path, 0o555) == 0)
        do {
            try ChapterWriter.write(chapter, outputs: [1: "1"])
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("cannot create a temporary file next to it"))
        }
        #expect(try Golden.bytesAt(path) == original)
        #expect(try folder.entries() == ["a.md"])
    }

    @Test func writesThroughASymbolicLinkAndKeepsTheLink() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = try folder.write("target.md", Array("```python\nx\n```\n".utf8))
        let link = folder.url.appendingPathComponent("link.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(try ChapterWriter.write(try reader.read(path: link), outputs: [1: "1"]) == .written)
        let destination = try FileManager.default.destinationOfSymbolicLink(atPath: link)
        #expect(destination == target)
        #expect(try reader.read(path: target).cells[0].output?.text == "1\n")
    }

    private func permissions(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}

extension Golden {
    /// The bytes of any file.
    static func bytesAt(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
