import Book
import Commands
import Foundation
import Testing

@testable import Runner

@Suite("Recording outputs with lit run --update")
struct UpdateTests {
    private func update(_ paths: [String], kernels: (any KernelFactory)? = nil) -> (
        CommandStatus, Console
    ) {
        let console = Console.capturing()
        let action = RunAction(
            options: BookOptions(paths: paths, jobs: 2), updates: true, kernels: kernels,
            cache: nil)
        return (action.perform(console: console), console)
    }

    /// The chapter's text with every output block (and the blank line before it) removed.
    private func stripped(_ text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        var index = 0
        var result: [String] = []
        while index < lines.count {
            let trimmed = lines[index].drop { $0 == " " || $0 == ">" }
            if trimmed == "```output" {
                if let last = result.last, last.allSatisfy({ $0 == " " || $0 == ">" }) {
                    result.removeLast()
                }
                index += 1
                while index < lines.count,
                    lines[index].drop(while: { $0 == " " || $0 == ">" }) != "```"
                {
                    index += 1
                }
                index += 1
                continue
            }
            result.append(lines[index])
            index += 1
        }
        lines = result
        return lines.joined(separator: "\n")
    }

    @Test func recordsEveryOutputAndLeavesOtherBytesAlone() throws {
        let folder = try TemporaryFolder()
        let book = try folder.copy(book: "basic")
        let file = book + "/2-second.md"
        let original = try String(contentsOfFile: file, encoding: .utf8)
        try stripped(original).write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try String(contentsOfFile: file, encoding: .utf8) != original)
        let (status, console) = update([book])
        #expect(status == .success)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == original)
        #expect(console.output.contains("updated: \(file)\n"))
        #expect(!console.output.contains("updated: \(book)/part/2.1-files.md"))
    }

    @Test func aSecondUpdateChangesNothing() throws {
        let folder = try TemporaryFolder()
        let book = try folder.copy(book: "failing")
        _ = update([book])
        let once = try String(contentsOfFile: book + "/5-failing.md", encoding: .utf8)
        let (_, console) = update([book])
        #expect(try String(contentsOfFile: book + "/5-failing.md", encoding: .utf8) == once)
        #expect(!console.output.contains("updated:"))
        #expect(console.output.hasSuffix("every recorded output matches; 0 files updated\n"))
    }

    @Test func recordsUnexpectedErrorsWithAWarning() throws {
        let folder = try TemporaryFolder()
        let book = try folder.copy(book: "failing")
        let (status, console) = update([book])
        #expect(status == .success)
        let text = try String(contentsOfFile: book + "/5-failing.md", encoding: .utf8)
        #expect(
            text.contains("  ```output\n  NameError: name 'undefined_name' is not defined\n  ```\n")
        )
        #expect(text.contains("```output\nactual\nsame line\n```\n"))
        #expect(
            console.errorOutput.contains(
                "\(book)/5-failing.md:29:11: warning: cell 3 raised NameError: name "
                    + "'undefined_name' is not defined; recorded anyway (add the 'raises' "
                    + "option if it is expected)\n"))
        #expect(
            console.errorOutput.contains(
                "\(book)/5-failing.md:34: warning: cell 4 has the 'raises' option but finished "
                    + "without an exception\n"))
    }

    @Test func leavesNorunAndNocheckBlocksAsTheyAreOnlyWhenNotRun() throws {
        let folder = try TemporaryFolder()
        let book = try folder.copy(book: "basic")
        let file = book + "/1-basics.md"
        let original = try String(contentsOfFile: file, encoding: .utf8)
        let withNorunOutput = original.replacingOccurrences(
            of: "while True:\n    pass\n```\n",
            with: "while True:\n    pass\n```\n\n```output\nforever\n```\n")
        try withNorunOutput.write(toFile: file, atomically: true, encoding: .utf8)
        _ = update([file])
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("```output\nforever\n```\n"))
        #expect(text.contains("```output\nanything\n```\n"))
        #expect(text.contains("```output\n0.30000000000000004\n```\n"))
    }

    @Test func neverWritesAChapterThatCouldNotBeRead() throws {
        let folder = try TemporaryFolder()
        let book = try folder.copy(book: "broken")
        let bad = try String(contentsOfFile: book + "/8.2-bad.md", encoding: .utf8)
        let (status, _) = update([book])
        #expect(status == .usage)
        #expect(try String(contentsOfFile: book + "/8.2-bad.md", encoding: .utf8) == bad)
    }

    @Test func aFileChangedWhileItRanIsNotOverwritten() throws {
        let folder = try TemporaryFolder()
        let book = try folder.copy(book: "basic")
        let file = book + "/2-second.md"
        let (status, console) = update([file], kernels: EditingKernels(file: file))
        #expect(status == .usage)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasSuffix("\nedited while running\n"))
        #expect(
            console.errorOutput.contains(
                "\(file): error: changed on disk since it was read; nothing was written"))
    }
}

/// Kernels that append a line to a chapter file while its first cell runs, as an editor would.
private struct EditingKernels: KernelFactory {
    let file: String
    var resultIdentity: String { "editing" }

    func makeKernel(for context: KernelContext) throws(KernelError) -> any Kernel {
        EditingKernel(file: file)
    }
}

private final class EditingKernel: Kernel {
    let file: String

    init(file: String) {
        self.file = file
    }

    func run(_ code: String, cellIndex: Int) -> CellResult {
        if cellIndex == 1, let handle = FileHandle(forWritingAtPath: file) {
            handle.seekToEndOfFile()
            handle.write(Data("\nedited while running\n".utf8))
            handle.closeFile()
        }
        return CellResult(
            printed: "new output \(cellIndex)\n", display: nil, error: nil, duration: 0)
    }

    func close() {}
}
