import Testing

@testable import Book

@Suite struct RobustnessTests {
    let reader = ChapterReader()

    @Test func neverCrashesOnRandomBytes() {
        var random = SeededGenerator(seed: 42)
        for length in 0..<400 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
            do {
                let chapter = try reader.parse(bytes, path: "random.md")
                #expect(
                    try ChapterWriter.updatedBytes(of: chapter, outputs: [:]) == bytes)
            } catch {
                #expect(!error.diagnostics.isEmpty)
            }
        }
    }

    @Test func neverCrashesOnRandomMarkdownCharacters() throws {
        var random = SeededGenerator(seed: 7)
        let alphabet = Array("`~>-*+1. \t\n\r#pythonoutputx=_[]()!<>\\&é".utf8)
        for _ in 0..<2000 {
            let length = Int.random(in: 0..<120, using: &random)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &random) ?? 0x20 }
            try checkRoundTrip(bytes, random: &random)
        }
    }

    @Test func readsATenMegabyteSingleLine() throws {
        let line = [UInt8](repeating: UInt8(ascii: "a"), count: 10 << 20)
        let chapter = try ChapterReader(options: ReadOptions(rendersHTML: false))
            .parse(Array("```python\nx\n```\n".utf8) + line, path: "big.md")
        #expect(chapter.cells.count == 1)
        let updated = try ChapterWriter.updatedBytes(of: chapter, outputs: [1: "1"])
        #expect(updated.count == chapter.text.utf8.count + 17)
        #expect(updated.suffix(line.count).elementsEqual(line))
    }

    @Test func readsDeeplyNestedContainers() throws {
        let depth = 5000
        let prefix = String(repeating: "> ", count: depth)
        let markdown = "\(prefix)```python\n\(prefix)x\n\(prefix)```\n"
        let chapter = try reader.parse(markdown, path: "deep.md")
        #expect(chapter.cells.count == 1)
        let updated = try ChapterWriter.updatedBytes(of: chapter, outputs: [1: "1"])
        #expect(try reader.parse(updated, path: "deep.md").cells.first?.output?.text == "1\n")
    }

    /// Mutates the fixture thousands of times (deleting, duplicating and swapping lines,
    /// inserting fence and container characters) and checks that reading never crashes, that
    /// writing the recorded outputs back is the identity, and that writing new outputs either
    /// reads back exactly or is refused with an error.
    @Test func survivesThousandsOfSeededMutationsOfTheFixture() throws {
        let fixture = try Golden.bytes("reader/6.9-every-form.md")
        var random = SeededGenerator(seed: 2024)
        var lines = fixture.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        let snippets: [[UInt8]] = [
            "```", "~~~", "````", "> ", "- ", "  ", "\t", "```python", "```output",
            "```python norun",
            "1. ", "#", "\r", "`", "output", "python",
        ].map { Array($0.utf8) }
        var readable = 0
        for round in 0..<3000 {
            if round % 300 == 0 {
                lines = fixture.split(separator: 0x0A, omittingEmptySubsequences: false)
                    .map(Array.init)
            }
            let index = Int.random(in: 0..<max(1, lines.count), using: &random)
            switch Int.random(in: 0..<6, using: &random) {
            case 0 where lines.count > 1: lines.remove(at: index)
            case 1: lines.insert(lines[index], at: index)
            case 2:
                let other = Int.random(in: 0..<lines.count, using: &random)
                lines.swapAt(index, other)
            case 3:
                let snippet = snippets.randomElement(using: &random) ?? []
                let at = Int.random(in: 0...lines[index].count, using: &random)
                lines[index].insert(contentsOf: snippet, at: at)
            case 4:
                lines[index] = snippets.randomElement(using: &random) ?? []
            default:
                if !lines[index].isEmpty {
                    lines[index].remove(at: Int.random(in: 0..<lines[index].count, using: &random))
                }
            }
            let bytes = Array(lines.joined(separator: [0x0A]))
            if try checkRoundTrip(bytes, random: &random) { readable += 1 }
        }
        #expect(readable > 300)
    }

    /// Reads `bytes`; when they read, checks the identity write and a random update.
    ///
    /// Returns
    /// whether the bytes were a readable chapter.
    @discardableResult
    private func checkRoundTrip(_ bytes: [UInt8], random: inout SeededGenerator) throws -> Bool {
        let chapter: Chapter
        do {
            chapter = try reader.parse(bytes, path: "m.md")
        } catch {
            #expect(!error.diagnostics.isEmpty)
            return false
        }
        let recorded = Dictionary(
            uniqueKeysWithValues: chapter.cells.map { ($0.index, $0.output?.text ?? "") })
        let identity = try ChapterWriter.updatedBytes(of: chapter, outputs: recorded)
        let unchanged = identity == bytes
        #expect(
            unchanged,
            "rewriting the recorded outputs changed \(String(decoding: bytes, as: UTF8.self))")
        let choices = ["", "1", "a\n\nb", "```", "~~~~\n````", "  x", ">"]
        let outputs = Dictionary(
            uniqueKeysWithValues: chapter.cells.map {
                ($0.index, choices.randomElement(using: &random) ?? "")
            })
        do {
            let updated = try ChapterWriter.updatedBytes(of: chapter, outputs: outputs)
            let reread = try reader.parse(updated, path: "m.md")
            for cell in reread.cells {
                #expect(
                    OutputText.normalized(cell.output?.text ?? "")
                        == OutputText.normalized(outputs[cell.index] ?? ""))
            }
            let again = try ChapterWriter.updatedBytes(of: reread, outputs: outputs)
            #expect(again == updated)
        } catch {
            #expect(error.description.contains("nothing was written"))
        }
        return true
    }
}
