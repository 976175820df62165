import Foundation
import Testing

/// `lit run --update` never loses an author's file: killed at any moment it leaves the old or
/// the new text, two runs at once don't interleave, and a read-only chapter is left alone.
@Suite("Updates that go wrong")
struct UpdateSafetyTests {
    static let chapter = "updates/many-cells.md"

    /// The chapter's bytes before and after a complete update.
    private func oldAndNewBytes(in workspace: Workspace) throws -> (old: Data, new: Data) {
        let url = URL(fileURLWithPath: workspace.path + "/" + Self.chapter)
        let old = try Data(contentsOf: url)
        let update = try HostileRun.run(["run", Self.chapter, "--update"], in: workspace.path)
        #expect(update.status == 0)
        let new = try Data(contentsOf: url)
        try old.write(to: url)
        return (old, new)
    }

    @Test func anUpdateKilledAtAnyMomentLeavesTheOldOrTheNewFile() throws {
        let workspace = try BadInputFixtures.workspace()
        let url = URL(fileURLWithPath: workspace.path + "/" + Self.chapter)
        let (old, new) = try oldAndNewBytes(in: workspace)
        #expect(old != new)
        let start = Date()
        _ = try HostileRun.run(["run", Self.chapter, "--update"], in: workspace.path)
        let whole = max(Date().timeIntervalSince(start), 0.05)
        try old.write(to: url)
        var sawOld = 0
        var sawNew = 0
        let attempts = 16
        for attempt in 0..<attempts {
            let running = try HostileRun.Running(
                ["run", Self.chapter, "--update"], in: workspace.path, environment: [:])
            // Spread the kills over the whole run, a little past its usual end.
            Thread.sleep(forTimeInterval: whole * 1.2 * Double(attempt) / Double(attempts))
            running.kill(SIGKILL)
            _ = running.finish(deadline: 10)
            let bytes = try Data(contentsOf: url)
            #expect(bytes == old || bytes == new, "attempt \(attempt) left a mixed file")
            if bytes == old { sawOld += 1 } else if bytes == new { sawNew += 1 }
            try old.write(to: url)
        }
        #expect(sawOld > 0)
        let strays = try FileManager.default.contentsOfDirectory(
            atPath: workspace.path + "/updates"
        ).filter { $0 != "many-cells.md" }
        // A temporary file may stay behind after a kill; it is never the chapter.
        #expect(strays.allSatisfy { $0.hasPrefix(".many-cells.md.lit-") })
    }

    @Test func theNextUpdateRemovesTheTemporaryFilesOfAKilledOne() throws {
        let workspace = try BadInputFixtures.workspace()
        let folder = workspace.path + "/updates"
        let leftovers = [".many-cells.md.lit-Ab12Cd", ".many-cells.md.lit-zz9Y0x"]
        for leftover in leftovers {
            try Data("half a chapter".utf8).write(to: URL(fileURLWithPath: folder + "/" + leftover))
        }
        // Names that only look alike belong to someone else and stay.
        let unrelated = [".many-cells.md.lit-notes", ".other.md.lit-Ab12Cd"]
        for name in unrelated {
            try Data("keep".utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        let update = try HostileRun.run(["run", Self.chapter, "--update"], in: workspace.path)
        #expect(update.status == 0, "\(update.errorOutput)")
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: folder))
        #expect(names.isDisjoint(with: leftovers))
        #expect(names.isSuperset(of: unrelated))
    }

    @Test func twoUpdatesAtOnceLoseNothing() throws {
        let workspace = try BadInputFixtures.workspace()
        let url = URL(fileURLWithPath: workspace.path + "/" + Self.chapter)
        let (_, new) = try oldAndNewBytes(in: workspace)
        for round in 0..<4 {
            let first = try HostileRun.Running(
                ["run", Self.chapter, "--update"], in: workspace.path, environment: [:])
            let second = try HostileRun.Running(
                ["run", Self.chapter, "--update"], in: workspace.path, environment: [:])
            let outcomes = [first.finish(deadline: 40), second.finish(deadline: 40)]
            for outcome in outcomes {
                #expect(!outcome.signaled && !outcome.timedOut)
                if outcome.status != 0 {
                    #expect(outcome.status == 2)
                    #expect(
                        outcome.errorOutput.contains(
                            "\(Self.chapter): error: changed on disk since it was read"),
                        "round \(round): \(outcome.errorOutput)")
                }
            }
            #expect(outcomes.contains { $0.status == 0 })
            #expect(try Data(contentsOf: url) == new, "round \(round)")
            try FileManager.default.removeItem(at: url)
            try FileManager.default.copyItem(
                atPath: BadInputFixtures.root + "/" + Self.chapter, toPath: url.path)
        }
    }

    @Test func aReadOnlyChapterIsLeftAloneWithAClearError() throws {
        let workspace = try BadInputFixtures.workspace()
        let path = workspace.path + "/" + Self.chapter
        let old = try Data(contentsOf: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let outcome = try HostileRun.run(
            ["run", Self.chapter, "companion/ok.md", "--update"], in: workspace.path)
        #expect(!outcome.signaled && !outcome.timedOut)
        #expect(outcome.status == 2)
        #expect(
            outcome.errorOutput.contains(
                "\(Self.chapter): error: is read-only; nothing was written"),
            "\(outcome.errorOutput)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == old)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o444)
        #expect(outcome.output.contains("companion/ok.md\n\nIn [1]:"))
    }
}
