import Foundation

#if canImport(Glibc)
    import Glibc
    // Glibc imports the `who` argument of getrusage as an enum case.
    private let RUSAGE_CHILDREN_WHO = __rusage_who_t(RUSAGE_CHILDREN.rawValue)
#else
    private let RUSAGE_CHILDREN_WHO = RUSAGE_CHILDREN
#endif

/// `lit build` end to end: the release `lit` run as a child process on the book's chapters
/// from a warm cache, a cold build against `lit test`, and synthetic books of 50, 100 and 200
/// chapters (copies of 6.2 and 6.3) to see that the build time grows linearly.
enum PublishBenchmarks {
    static func run() {
        Bench.section("Publish: lit build as a process")
        let folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        let lit = folder.appendingPathComponent("lit").path
        guard FileManager.default.isExecutableFile(atPath: lit) else {
            print("  no lit executable next to lit-bench (swift build -c release builds it)")
            return
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let workspace = FileManager.default.temporaryDirectory
            .appendingPathComponent("lit-bench-publish-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: workspace) }
        do {
            try? FileManager.default.removeItem(atPath: workspace)
            try FileManager.default.createDirectory(
                atPath: workspace, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                atPath: root.appendingPathComponent("Chapters").path,
                toPath: workspace + "/Chapters")
            try both(lit, in: workspace)
            try synthetic(lit, chapters: workspace + "/Chapters", in: workspace)
        } catch {
            print("  publish benchmark failed: \(error)")
        }
    }

    /// Warm and cold builds of the two chapters, and `lit test` beside them.
    private static func both(_ lit: String, in workspace: String) throws {
        _ = try time(lit, ["build", "Chapters", "-o", "site"], in: workspace)
        let warm = try best(lit, ["build", "Chapters", "-o", "site"], in: workspace, repeats: 10)
        Bench.row("lit build Chapters, warm cache, no change", ms(warm) + "  (target < 100 ms)")
        let check = try best(lit, ["build", "Chapters", "--check", "-o", "site"], in: workspace)
        Bench.row("lit build Chapters --check, warm cache", ms(check))
        let cold = try best(
            lit, ["build", "Chapters", "--no-cache", "-o", "site-cold"], in: workspace, repeats: 5)
        let test = try best(lit, ["test", "Chapters", "--no-cache"], in: workspace, repeats: 5)
        Bench.row("lit build Chapters --no-cache (cold)", ms(cold))
        Bench.row("lit test Chapters --no-cache", ms(test))
        Bench.row(
            "  cold build / test",
            "x" + Bench.fixed(cold.wall / test.wall) + " wall, x"
                + Bench.fixed(cold.processor / test.processor) + " cpu  (target <= x1.50)")
    }

    /// Cold and warm builds of synthetic books of 50, 100 and 200 chapters.
    private static func synthetic(_ lit: String, chapters: String, in workspace: String) throws {
        var cold: [Int: Timing] = [:]
        var warm: [Int: Timing] = [:]
        for size in [50, 100, 200] {
            let book = try syntheticBook(size, from: chapters, in: workspace)
            let output = "site-\(size)"
            cold[size] = try best(
                lit, ["build", book, "--no-cache", "-o", output], in: workspace, repeats: 1)
            warm[size] = try best(lit, ["build", book, "-o", output], in: workspace, repeats: 3)
            Bench.row(
                "lit build of \(size) chapters",
                "cold " + ms(cold[size] ?? .worst) + ", warm " + ms(warm[size] ?? .worst))
        }
        for (name, times) in [("cold", cold), ("warm", warm)] {
            let perChapter = [50, 100, 200].compactMap { size in
                times[size].map {
                    "\(size): \(Bench.fixed($0.wall * 1e3 / Double(size), 2)) ms (cpu "
                        + "\(Bench.fixed($0.processor * 1e3 / Double(size), 2)))"
                }
            }
            Bench.row(
                "  \(name), time a chapter (linear if flat)",
                perChapter.joined(separator: ", "))
        }
    }

    /// A book of `size` chapters, alternating copies of 6.2 and 6.3 numbered 1.1 to 1.size.
    private static func syntheticBook(_ size: Int, from chapters: String, in workspace: String)
        throws -> String
    {
        let book = workspace + "/book-\(size)/Chapters"
        try FileManager.default.createDirectory(atPath: book, withIntermediateDirectories: true)
        let sources = try ["6.2-parameter-management.md", "6.3-parameter-initialization.md"].map {
            try String(contentsOfFile: chapters + "/" + $0, encoding: .utf8)
        }
        for index in 1...size {
            try sources[index % 2].write(
                toFile: book + "/1.\(index)-chapter.md", atomically: false, encoding: .utf8)
        }
        return book
    }

    /// The time a child took: wall clock, and processor time (user and system), which stays
    /// meaningful on a machine busy with other work.
    struct Timing {
        var wall: Double
        var processor: Double

        static let worst = Timing(wall: .infinity, processor: .infinity)

        func best(_ other: Timing) -> Timing {
            Timing(wall: min(wall, other.wall), processor: min(processor, other.processor))
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The best wall-clock and processor times of `repeats` runs.
    private static func best(
        _ executable: String, _ arguments: [String], in directory: String, repeats: Int = 5
    ) throws -> Timing {
        var best = Timing.worst
        for _ in 0..<repeats {
            best = best.best(try time(executable, arguments, in: directory))
        }
        return best
    }

    /// Runs the process to its end in `directory`, output discarded, and returns its time;
    /// throws when it cannot start or exits with a status other than 0.
    private static func time(_ executable: String, _ arguments: [String], in directory: String)
        throws -> Timing
    {
        let before = childProcessorTime()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        process.waitUntilExit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let processor = childProcessorTime() - before
        guard process.terminationStatus == 0 else {
            throw Failure(
                description: "lit \(arguments.joined(separator: " ")) exited with status "
                    + "\(process.terminationStatus)")
        }
        return Timing(wall: seconds, processor: processor)
    }

    /// The user and system time of the children waited for so far, in seconds.
    private static func childProcessorTime() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN_WHO, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    private static func ms(_ timing: Timing) -> String {
        Bench.fixed(timing.wall * 1000, 1) + " ms (cpu " + Bench.fixed(timing.processor * 1000, 1)
            + " ms)"
    }
}
