import Commands
import Testing

@testable import Runner

@Suite("Exit status decisions")
struct CommandStatusTests {
    private func status(_ books: [String], test: Bool = true) -> CommandStatus {
        let options = BookOptions(paths: books, jobs: 2, timeout: 0.3)
        let console = Console.capturing()
        return test
            ? TestAction(options: options, cache: nil).perform(console: console)
            : RunAction(options: options, cache: nil).perform(console: console)
    }

    @Test func passingBookExitsZero() {
        #expect(status([Fixtures.book("basic")]) == .success)
    }

    @Test func aFailedCellExitsOne() {
        #expect(status([Fixtures.book("failing")]) == .failure)
    }

    @Test func anUnreadableChapterExitsTwoEvenWhenOthersFail() {
        #expect(status([Fixtures.book("failing"), Fixtures.book("broken")]) == .usage)
    }

    @Test func clashingNumbersExitTwo() {
        #expect(status([Fixtures.book("clash")]) == .usage)
    }

    @Test func aMissingPathExitsTwo() {
        #expect(status(["/no/such/book"]) == .usage)
        #expect(status(["/no/such/book", Fixtures.book("basic")]) == .usage)
    }

    @Test func runExitsZeroEvenWhenOutputsDiffer() {
        #expect(status([Fixtures.book("failing")], test: false) == .success)
        #expect(status([Fixtures.book("broken")], test: false) == .usage)
    }

    @Test func severityOrdersTheStatuses() {
        var tally = TestTally()
        #expect(CommandStatus.of(test: tally, inputProblems: false) == .success)
        tally.failed = 1
        #expect(CommandStatus.of(test: tally, inputProblems: false) == .failure)
        #expect(CommandStatus.of(test: tally, inputProblems: true) == .usage)
        tally.failed = 0
        tally.brokenChapters = 1
        #expect(CommandStatus.of(test: tally, inputProblems: false) == .usage)
        #expect(max(CommandStatus.failure, .usage) == .usage)
    }
}
