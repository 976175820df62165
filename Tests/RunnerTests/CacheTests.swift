import Book
import Commands
import Foundation
import Testing

@testable import Runner

@Suite("The result cache")
struct CacheTests {
    private func runner(
        _ kernels: any KernelFactory, _ folder: TemporaryFolder, cache: ResultCache?,
        reuses: Bool = true, seed: UInt64 = 0
    ) -> BookRunner {
        BookRunner(
            kernels: kernels,
            settings: Runs.settings(
                jobs: 2, scratch: folder, cache: cache, reusesCache: reuses, seed: seed))
    }

    private func cache(_ folder: TemporaryFolder, engine: String = "engine A") -> ResultCache {
        ResultCache(directory: folder.path + "/.lit-cache", engine: engine)
    }

    @Test func reusesResultsWhenNothingChanged() throws {
        let folder = try TemporaryFolder()
        let kernels = ScriptedKernels()
        let first = runner(kernels, folder, cache: cache(folder)).run(paths: [
            Fixtures.book("basic")
        ])
        #expect(first.outcomes.map(\.cacheDecision) == Array(repeating: .ran(.noEntry), count: 3))
        #expect(kernels.counter.value == 3)
        let second = runner(kernels, folder, cache: cache(folder)).run(paths: [
            Fixtures.book("basic")
        ])
        #expect(second.outcomes.map(\.cacheDecision) == Array(repeating: .reused, count: 3))
        #expect(kernels.counter.value == 3)
        #expect(second.outcomes.map(\.results) == first.outcomes.map(\.results))
    }

    @Test func reusesTheInterpretersResultsExactly() throws {
        let folder = try TemporaryFolder()
        let kernels = InterpreterKernelFactory(timeLimit: 5)
        let first = runner(kernels, folder, cache: cache(folder)).run(paths: [
            Fixtures.book("failing")
        ])
        let second = runner(kernels, folder, cache: cache(folder)).run(paths: [
            Fixtures.book("failing")
        ])
        #expect(second.outcomes.first?.cacheDecision == .reused)
        #expect(second.outcomes.first?.results == first.outcomes.first?.results)
    }

    @Test func changedCellsRunAgain() throws {
        let folder = try TemporaryFolder()
        let book = try folder.copy(book: "basic")
        let kernels = ScriptedKernels()
        _ = runner(kernels, folder, cache: cache(folder)).run(paths: [book])
        let file = book + "/2-second.md"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "square(12)", with: "square(13)")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let second = runner(kernels, folder, cache: cache(folder)).run(paths: [book])
        #expect(second.outcomes.map(\.cacheDecision) == [.reused, .ran(.cellsChanged), .reused])
    }

    @Test func anEditedRecordedOutputIsCheckedAgainstCachedResults() throws {
        let folder = try TemporaryFolder()
        let book = try folder.copy(book: "basic")
        let cache = cache(folder)
        let options = BookOptions(paths: [book], jobs: 2)
        #expect(
            TestAction(options: options, cache: cache).perform(console: .capturing()) == .success)
        let file = book + "/2-second.md"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "144", with: "145")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let console = Console.capturing()
        let action = TestAction(options: options, explains: true, cache: cache)
        #expect(action.perform(console: console) == .failure)
        #expect(console.output.contains("2-second.md: reused cached results\n"))
        #expect(console.output.contains("2-second.md:14: cell 2: output differs\n"))
    }

    @Test func anotherSeedRunsAgain() throws {
        let folder = try TemporaryFolder()
        let kernels = ScriptedKernels()
        _ = runner(kernels, folder, cache: cache(folder)).run(paths: [Fixtures.book("basic")])
        let second = runner(kernels, folder, cache: cache(folder), seed: 3)
            .run(paths: [Fixtures.book("basic")])
        #expect(second.outcomes.first?.cacheDecision == .ran(.seedChanged))
        #expect(second.outcomes.first?.results[1]?.printed == "1-basics.md cell 1 seed 3\n")
    }

    @Test func anotherEngineRunsAgain() throws {
        let folder = try TemporaryFolder()
        let kernels = ScriptedKernels()
        _ = runner(kernels, folder, cache: cache(folder)).run(paths: [Fixtures.book("basic")])
        let second = runner(kernels, folder, cache: cache(folder, engine: "engine B"))
            .run(paths: [Fixtures.book("basic")])
        #expect(second.outcomes.first?.cacheDecision == .ran(.engineChanged))
    }

    @Test func otherLimitsRunAgain() throws {
        let folder = try TemporaryFolder()
        let path = [Fixtures.book("basic") + "/2-second.md"]
        _ = runner(InterpreterKernelFactory(timeLimit: 5), folder, cache: cache(folder)).run(
            paths: path)
        let second = runner(InterpreterKernelFactory(timeLimit: 6), folder, cache: cache(folder))
            .run(paths: path)
        #expect(second.outcomes.first?.cacheDecision == .ran(.limitsChanged))
    }

    @Test func aCorruptEntryIsIgnoredAndRewritten() throws {
        let folder = try TemporaryFolder()
        let kernels = ScriptedKernels()
        let path = [Fixtures.book("basic") + "/2-second.md"]
        _ = runner(kernels, folder, cache: cache(folder)).run(paths: path)
        let entries = folder.path + "/.lit-cache/results"
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: entries).first)
        let entry = entries + "/" + name
        let bytes = try #require(FileManager.default.contents(atPath: entry))
        for damaged in [
            Data(), bytes.prefix(bytes.count / 2), Data("garbage\n".utf8), bytes + Data("x".utf8),
        ] {
            try damaged.write(to: URL(fileURLWithPath: entry))
            let run = runner(kernels, folder, cache: cache(folder)).run(paths: path)
            #expect(run.outcomes.first?.cacheDecision == .ran(.unreadableEntry))
            #expect(run.outcomes.first?.results.count == 2)
            #expect(FileManager.default.contents(atPath: entry) == bytes)
        }
        let again = runner(kernels, folder, cache: cache(folder)).run(paths: path)
        #expect(again.outcomes.first?.cacheDecision == .reused)
    }

    @Test func anUnwritableCacheIsSkippedSilently() throws {
        let folder = try TemporaryFolder()
        try folder.write("blocked", "a file where the cache folder would be")
        let blocked = ResultCache(directory: folder.path + "/blocked", engine: "e")
        let run = runner(ScriptedKernels(), folder, cache: blocked).run(paths: [
            Fixtures.book("basic")
        ])
        #expect(run.outcomes.allSatisfy { $0.didRun })
        let again = runner(ScriptedKernels(), folder, cache: blocked).run(paths: [
            Fixtures.book("basic")
        ])
        #expect(again.outcomes.first?.cacheDecision == .ran(.noEntry))
    }

    @Test func runAlwaysRunsButStoresForTheNextTest() throws {
        let folder = try TemporaryFolder()
        let kernels = ScriptedKernels()
        let run = runner(kernels, folder, cache: cache(folder), reuses: false)
            .run(paths: [Fixtures.book("basic")])
        #expect(run.outcomes.first?.cacheDecision == .ran(.alwaysRuns))
        let again = runner(kernels, folder, cache: cache(folder), reuses: false)
            .run(paths: [Fixtures.book("basic")])
        #expect(again.outcomes.first?.cacheDecision == .ran(.alwaysRuns))
        let test = runner(kernels, folder, cache: cache(folder)).run(paths: [Fixtures.book("basic")]
        )
        #expect(test.outcomes.first?.cacheDecision == .reused)
    }

    @Test func withoutACacheEveryChapterRuns() throws {
        let folder = try TemporaryFolder()
        let run = runner(ScriptedKernels(), folder, cache: nil).run(paths: [Fixtures.book("basic")])
        #expect(run.outcomes.first?.cacheDecision == .ran(.cacheDisabled))
        #expect(run.outcomes.first?.cacheDecision.description == "ran (--no-cache)")
    }

    @Test func timedOutResultsAreNotStored() throws {
        let folder = try TemporaryFolder()
        let path = [Fixtures.book("timeout") + "/7.1-slow.md"]
        let kernels = InterpreterKernelFactory(timeLimit: 0.1)
        _ = runner(kernels, folder, cache: cache(folder)).run(paths: path)
        let again = runner(kernels, folder, cache: cache(folder)).run(paths: path)
        #expect(again.outcomes.first?.cacheDecision == .ran(.noEntry))
    }

    @Test func explainSaysWhyEachChapterRan() throws {
        let folder = try TemporaryFolder()
        let options = BookOptions(paths: [Fixtures.book("basic")], jobs: 2)
        let cache = cache(folder)
        let first = Console.capturing()
        _ = TestAction(options: options, explains: true, kernels: ScriptedKernels(), cache: cache)
            .perform(console: first)
        #expect(
            first.output.hasPrefix("\(Fixtures.book("basic"))/1-basics.md: ran (no cache entry)\n"))
        let second = Console.capturing()
        _ = TestAction(options: options, explains: true, kernels: ScriptedKernels(), cache: cache)
            .perform(console: second)
        #expect(
            second.output.hasPrefix(
                "\(Fixtures.book("basic"))/1-basics.md: reused cached results\n"))
        let off = Console.capturing()
        _ = TestAction(options: options, explains: true, kernels: ScriptedKernels(), cache: nil)
            .perform(console: off)
        #expect(off.output.hasPrefix("\(Fixtures.book("basic"))/1-basics.md: ran (--no-cache)\n"))
    }

    @Test func entriesRoundTripEveryField() throws {
        let chapter = try ChapterReader().parse("```python\nx\n```\n", path: "a.md")
        let key = CacheKey(
            chapter: chapter, canonicalPath: "/a.md", engine: "e\n1", seed: 7, limits: "l")
        let results: [Int: CellResult] = [
            1: CellResult(printed: "p\n\u{0}é", display: "d 5\n-\n", error: nil, duration: 0.25),
            2: CellResult(
                printed: "", display: nil,
                error: CellRunError(type: "ValueError", message: "m\nx", line: 3, column: nil),
                duration: 1e-7),
        ]
        let bytes = CacheEntry.encode(key: key, results: results)
        let decoded = try #require(CacheEntry.decode(bytes))
        #expect(decoded.key == key)
        #expect(decoded.results == results)
        for cut in stride(from: 0, to: bytes.count, by: 7) {
            #expect(CacheEntry.decode(Array(bytes.prefix(cut))) == nil)
        }
    }

    @Test func theKeyCoversOptionsAndCode() throws {
        let reader = ChapterReader()
        let plain = try reader.parse("```python\nx\n```\n", path: "a.md")
        let nocheck = try reader.parse("```python nocheck\nx\n```\n", path: "a.md")
        let other = try reader.parse("```python\ny\n```\n", path: "a.md")
        let key = { (chapter: Chapter) in
            CacheKey(chapter: chapter, canonicalPath: "/a.md", engine: "e", seed: 0, limits: "l")
        }
        #expect(key(plain).mismatch(with: key(plain)) == nil)
        #expect(key(plain).mismatch(with: key(nocheck)) == .cellsChanged)
        #expect(key(plain).mismatch(with: key(other)) == .cellsChanged)
        #expect(key(plain).fileName.count == 22)
    }
}
