import Book
import Foundation
import Testing

@testable import Runner

/// Running the book's chapters again and again in one process keeps memory flat: every
/// session returns what it allocated when it closes (reference cycles between script objects
/// and the engine's objects are broken at close).
///
/// Runs only when `LIT_LONG_RUNS` is set, to that many runs (the figure is
/// `LIT_LONG_RUNS=500`: about 45 seconds in a debug build on a 2-core machine, longer when the
/// machine is busy). Resident memory is read after a warm-up fifth of the runs and after the
/// last one; it may grow by at most 10%.
@Suite(
    .serialized,
    .enabled(if: ProcessInfo.processInfo.environment["LIT_LONG_RUNS"] != nil))
struct LongRunTests {
    private static let chapterFolder: String = {
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Chapters").path
    }()

    /// The resident set size of this process, in bytes (from `/proc/self/statm`).
    private static func residentBytes() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else {
            return nil
        }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// Runs every cell of `chapter` in a fresh session and closes it; returns the number of
    /// cells that failed.
    private static func runOnce(_ chapter: Chapter, folder: String) throws -> Int {
        let kernel = try InterpreterKernelFactory().makeKernel(
            for: KernelContext(chapterPath: chapter.path, seed: 0, workingDirectory: folder))
        let results = kernel.runCells(chapter.cells)
        kernel.close()
        return results.values.filter { $0.error != nil }.count
    }

    @Test func bothChaptersManyTimesKeepResidentMemoryFlat() throws {
        let runs = max(
            10, ProcessInfo.processInfo.environment["LIT_LONG_RUNS"].flatMap(Int.init) ?? 120)
        let reader = ChapterReader(options: ReadOptions(rendersHTML: false))
        let chapters = try ["6.2-parameter-management.md", "6.3-parameter-initialization.md"].map {
            try reader.read(path: Self.chapterFolder + "/" + $0)
        }
        #expect(chapters.allSatisfy { !$0.cells.isEmpty })
        let folder = try TemporaryFolder()
        let failuresPerRun = try chapters.map { try Self.runOnce($0, folder: folder.path) }
        let warmUp = runs / 5
        var afterWarmUp = 0
        let start = Date()
        for run in 2...runs {
            for (chapter, failures) in zip(chapters, failuresPerRun) {
                #expect(try Self.runOnce(chapter, folder: folder.path) == failures)
            }
            if run == warmUp { afterWarmUp = try #require(Self.residentBytes()) }
        }
        let atEnd = try #require(Self.residentBytes())
        let seconds = Date().timeIntervalSince(start)
        print(
            "long run: \(runs) runs of both chapters in \(Int(seconds)) s; resident after run "
                + "\(warmUp): \(afterWarmUp / 1024) KiB, after run \(runs): \(atEnd / 1024) KiB")
        #expect(Double(atEnd) <= Double(afterWarmUp) * 1.10)
    }
}
