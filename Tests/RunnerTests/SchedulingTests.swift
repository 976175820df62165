import Book
import Foundation
import Testing

@testable import Runner

@Suite("Running chapters in parallel")
struct SchedulingTests {
    @Test func parallelResultsAreIdenticalToSerialOnes() throws {
        let scratch = try TemporaryFolder()
        let paths = [Fixtures.book("basic"), Fixtures.book("failing"), Fixtures.book("broken")]
        let serial = Runs.run(paths, jobs: 1, scratch: scratch)
        let parallel = Runs.run(paths, jobs: 4, scratch: scratch)
        #expect(serial.outcomes.count == 6)
        #expect(serial.outcomes.map(\.path) == parallel.outcomes.map(\.path))
        #expect(serial.outcomes.map(Runs.shown) == parallel.outcomes.map(Runs.shown))
        #expect(serial.outcomes.map(\.problems) == parallel.outcomes.map(\.problems))
        let errors = { (run: BookRun) in
            run.outcomes.map { $0.results.mapValues(\.error) }
        }
        #expect(errors(serial) == errors(parallel))
    }

    @Test func deliversOutcomesInBookOrderWhateverFinishesFirst() throws {
        let scratch = try TemporaryFolder()
        let kernels = ScriptedKernels(delays: ["1-basics": 0.05, "2-second": 0.02])
        let runner = BookRunner(
            kernels: kernels, settings: Runs.settings(jobs: 3, scratch: scratch))
        var delivered: [String] = []
        let run = runner.run(paths: [Fixtures.book("basic")]) { delivered.append($0.path) }
        #expect(delivered == run.discovery.files.map(\.path))
        #expect(delivered.count == 3)
        #expect(delivered.first?.hasSuffix("1-basics.md") == true)
    }

    @Test func aFailingCellDoesNotStopTheChapter() throws {
        let scratch = try TemporaryFolder()
        let run = Runs.run([Fixtures.book("failing")], scratch: scratch)
        let outcome = try #require(run.outcomes.first)
        #expect(outcome.results.count == 6)
        #expect(outcome.results[5]?.recordedText == "still running\n")
        #expect(outcome.results[3]?.error?.type == "NameError")
    }

    @Test func aTimeoutInOneChapterLeavesTheOthersAlone() throws {
        let scratch = try TemporaryFolder()
        let run = Runs.run([Fixtures.book("timeout")], jobs: 2, timeLimit: 0.2, scratch: scratch)
        #expect(run.outcomes.count == 2)
        let slow = try #require(run.outcomes.first)
        #expect(slow.results[2]?.timedOut == true)
        #expect(slow.results[3]?.recordedText == "after the timeout\n")
        #expect(run.outcomes.last?.results[1]?.recordedText == "45\n")
    }

    @Test func hostileChaptersFailCellByCellAndTheBookGoesOn() throws {
        let scratch = try TemporaryFolder()
        let runner = BookRunner(
            kernels: InterpreterKernelFactory(timeLimit: 0.3, outputLimit: 1024),
            settings: Runs.settings(jobs: 2, scratch: scratch))
        let run = runner.run(paths: [Fixtures.book("hostile")])
        let errors = run.outcomes.map { outcome in
            outcome.results.keys.sorted().map { outcome.results[$0]?.error?.type ?? "-" }
        }
        #expect(
            errors == [
                ["RecursionError", "-"], ["MemoryError", "MemoryError", "-"],
                ["TimeoutError", "-"], ["-"],
            ])
        let flood = try #require(run.outcomes[2].results[1])
        #expect(flood.printed.utf8.count < 2048)
        #expect(flood.printed.hasPrefix("spam\nspam\n"))
        let verdicts = run.outcomes.map { ChapterVerdict(outcome: $0).tally }
        #expect(verdicts.map(\.passed) == [1, 1, 1, 1])
    }

    @Test func aKernelThatCannotStartFailsOnlyItsChapter() throws {
        let scratch = try TemporaryFolder()
        let kernels = ScriptedKernels(failing: ["2-second"])
        let runner = BookRunner(
            kernels: kernels, settings: Runs.settings(jobs: 2, scratch: scratch))
        let run = runner.run(paths: [Fixtures.book("basic")])
        #expect(run.outcomes.map(\.didRun) == [true, false, true])
        #expect(
            run.outcomes[1].problems.map(\.message) == [
                "cannot run the chapter: the scripted kernel refuses this chapter"
            ])
        #expect(run.outcomes[2].results[2]?.printed == "2.1-files.md cell 2 seed 0\n")
    }

    @Test func anUnreadableChapterIsReportedAndTheOthersRun() throws {
        let scratch = try TemporaryFolder()
        let run = Runs.run([Fixtures.book("broken")], jobs: 2, scratch: scratch)
        #expect(run.outcomes.count == 2)
        #expect(run.outcomes[0].didRun)
        #expect(run.outcomes[1].chapter == nil)
        #expect(run.outcomes[1].cacheDecision == .notRun)
        #expect(
            run.outcomes[1].problems.map(\.description) == [
                Fixtures.book("broken") + "/8.2-bad.md:3:11: error: unknown cell option "
                    + "'frobnicate' (supported: norun, raises, nocheck, hide, hide-output, "
                    + "tolerance=X)"
            ])
    }

    @Test func neverRunsNorunCellsOrTheFrontPage() throws {
        let scratch = try TemporaryFolder()
        let run = Runs.run([Fixtures.book("basic")], scratch: scratch)
        let basics = try #require(run.outcomes.first)
        #expect(basics.results[8] == nil)
        #expect(basics.results.count == 9)
        #expect(!run.outcomes.contains { $0.path.hasSuffix("index.md") })
    }

    @Test func removesScratchFoldersAndKeepsChaptersClean() throws {
        let scratch = try TemporaryFolder()
        let book = try scratch.copy(book: "basic")
        let before = try FileManager.default.subpathsOfDirectory(atPath: book).sorted()
        let run = BookRunner(
            kernels: InterpreterKernelFactory(),
            settings: RunSettings(jobs: 2, scratchRoot: scratch.path)
        ).run(paths: [book])
        #expect(run.outcomes.last?.results[2]?.recordedText == "kept in the scratch folder\n")
        #expect(try FileManager.default.subpathsOfDirectory(atPath: book).sorted() == before)
        #expect(try scratch.entries() == ["basic"])
    }

    @Test func keepsScratchFoldersWhenAsked() throws {
        let scratch = try TemporaryFolder()
        let settings = RunSettings(jobs: 1, scratchRoot: scratch.path, keepsScratch: true)
        let run = BookRunner(kernels: InterpreterKernelFactory(), settings: settings)
            .run(paths: [Fixtures.book("basic") + "/part"])
        let kept = try #require(run.outcomes.first?.keptScratchFolder)
        #expect(kept.hasPrefix(scratch.path + "/lit-2.1-files-"))
        #expect(
            try String(contentsOfFile: kept + "/notes.txt", encoding: .utf8)
                == "kept in the scratch folder\n")
    }

    @Test func passesTheSeedToEveryChapter() throws {
        let scratch = try TemporaryFolder()
        let runner = BookRunner(
            kernels: ScriptedKernels(), settings: Runs.settings(jobs: 2, scratch: scratch, seed: 9))
        let run = runner.run(paths: [Fixtures.book("basic")])
        #expect(
            run.outcomes.allSatisfy {
                $0.results.values.allSatisfy { $0.printed.hasSuffix("seed 9\n") }
            })
    }
}
