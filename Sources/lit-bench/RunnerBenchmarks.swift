import Foundation

/// `lit test` end to end: the release `lit` run as a child process on the book's chapters
/// (best wall time of several runs, peak memory from `wait4`), next to real TensorFlow 2.15
/// running one chapter's cells, and a synthetic 200-chapter book at `-j 1` and `-j 2`.
enum RunnerBenchmarks {
    static func run() {
        Bench.section("Runner: lit test as a process")
        guard let lit = litExecutable() else {
            print("  no lit executable next to lit-bench (swift build -c release builds it)")
            return
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let chapters = root.appendingPathComponent("Chapters").path
        guard let workspace = try? makeWorkspace() else {
            print("  cannot make a temporary folder")
            return
        }
        defer { try? FileManager.default.removeItem(atPath: workspace) }

        let fresh = measure(lit, ["test", chapters, "--no-cache"], in: workspace, repeats: 10)
        report("lit test Chapters --no-cache", fresh)
        _ = measure(lit, ["test", chapters], in: workspace, repeats: 1)
        let cached = measure(lit, ["test", chapters], in: workspace, repeats: 10)
        report("lit test Chapters (results cached)", cached)
        let version = measure(lit, ["--version"], in: workspace, repeats: 10)
        report("lit --version (process start-up)", version)
        if let fresh {
            reference(root: root, in: workspace, ours: fresh)
        }

        Bench.section("Runner: a synthetic book (copies of both chapters)")
        let sizes = [50, 100, 200]
        var perChapter: [Int: Double] = [:]
        for size in sizes {
            guard let book = try? syntheticBook(size, from: chapters, in: workspace) else {
                print("  cannot write the synthetic book")
                return
            }
            let repeats = size == 200 ? 3 : 2
            let serial =
                size == 200
                ? measure(
                    lit, ["test", book, "--no-cache", "-j", "1"], in: workspace, repeats: repeats)
                : nil
            let parallel = measure(
                lit, ["test", book, "--no-cache", "-j", "2"], in: workspace, repeats: repeats)
            if let serial {
                report("\(size) chapters, -j 1", serial)
            }
            report("\(size) chapters, -j 2", parallel)
            if let parallel { perChapter[size] = parallel.seconds / Double(size) }
            if let serial, let parallel {
                Bench.row(
                    "  speed-up of -j 2 over -j 1",
                    "\(Bench.fixed(serial.seconds / parallel.seconds))x on "
                        + "\(ProcessInfo.processInfo.activeProcessorCount) cores")
            }
        }
        let linear = sizes.compactMap { size in
            perChapter[size].map { "\(size): \(Bench.fixed($0 * 1e3, 2)) ms" }
        }
        Bench.row("time per chapter at -j 2 (linear if flat)", linear.joined(separator: ", "))
    }

    /// The best of several runs of a child process.
    struct Measurement {
        var seconds: Double
        var peakKiB: Int
        var status: Int32
    }

    private static func report(_ name: String, _ measurement: Measurement?) {
        guard let measurement else {
            Bench.row(name, "could not start")
            return
        }
        Bench.row(
            name,
            "\(Bench.fixed(measurement.seconds * 1e3, 1)) ms, peak "
                + "\(Bench.fixed(Double(measurement.peakKiB) / 1024, 1)) MiB, exit "
                + "\(measurement.status)")
    }

    /// Real TensorFlow 2.15 running the cells of chapter 6.2 in a fresh Python process, when
    /// `$LIT_BENCH_PYTHON` (or `python3`) can import it.
    private static func reference(root: URL, in workspace: String, ours: Measurement) {
        let interpreter = ProcessInfo.processInfo.environment["LIT_BENCH_PYTHON"] ?? "python3"
        let cells = root.appendingPathComponent(
            "Tests/Fixtures/tensorflow-2.15/chapter-6.2-parameter-management.json"
        ).path
        let program = """
            import json, os, sys
            os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"
            cells = json.load(open(sys.argv[1]))["cells"]
            namespace = {}
            for cell in cells:
                try:
                    exec(compile(cell["code"], "<cell>", "exec"), namespace)
                except Exception:
                    pass
            """
        guard Bench.python("import tensorflow") != nil,
            let tensorflow = measure(
                "/usr/bin/env", [interpreter, "-c", program, cells], in: workspace, repeats: 2),
            tensorflow.status == 0
        else {
            Bench.row("TensorFlow 2.15, one chapter", "not importable (set LIT_BENCH_PYTHON)")
            return
        }
        report("TensorFlow 2.15, chapter 6.2's cells", tensorflow)
        Bench.row(
            "  lit test Chapters (both chapters) vs it",
            "\(Bench.fixed(tensorflow.seconds / ours.seconds, 0))x faster, "
                + "\(Bench.fixed(Double(tensorflow.peakKiB) / Double(ours.peakKiB), 1))x less memory"
        )
    }

    /// Runs `executable` `repeats` times in `directory`, output discarded; the best time and
    /// the largest peak resident size.
    private static func measure(
        _ executable: String, _ arguments: [String], in directory: String, repeats: Int
    ) -> Measurement? {
        var best: Measurement?
        for _ in 0..<repeats {
            guard let run = spawn(executable, arguments, in: directory) else { return nil }
            if let current = best {
                best = Measurement(
                    seconds: min(current.seconds, run.seconds),
                    peakKiB: max(current.peakKiB, run.peakKiB), status: run.status)
            } else {
                best = run
            }
        }
        return best
    }

    private static func spawn(_ executable: String, _ arguments: [String], in directory: String)
        -> Measurement?
    {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The child starts in `directory` (its .lit-cache goes there): the benchmark runs on one
        // thread, so moving the parent's working folder around the spawn is safe.
        let previous = FileManager.default.currentDirectoryPath
        guard FileManager.default.changeCurrentDirectoryPath(directory) else { return nil }
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        var pid = pid_t()
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { return nil }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Measurement(seconds: seconds, peakKiB: usage.ru_maxrss, status: exitStatus)
    }

    private static func litExecutable() -> String? {
        let folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        let path = folder.appendingPathComponent("lit").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    private static func makeWorkspace() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lit-bench-runner-\(getpid())"
        ).path
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A book of `size` chapters, alternating copies of 6.2 and 6.3 numbered 1 to `size`.
    private static func syntheticBook(_ size: Int, from chapters: String, in workspace: String)
        throws -> String
    {
        let book = workspace + "/book-\(size)"
        try FileManager.default.createDirectory(atPath: book, withIntermediateDirectories: true)
        let sources = try ["6.2-parameter-management.md", "6.3-parameter-initialization.md"].map {
            try String(contentsOfFile: chapters + "/" + $0, encoding: .utf8)
        }
        for index in 1...size {
            let text = sources[index % 2]
            try text.write(
                toFile: book + "/\(index)-chapter.md", atomically: false, encoding: .utf8)
        }
        return book
    }
}
