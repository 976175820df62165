import Foundation
import TestSupport
import Testing

/// Runs `lit` on hostile input: like ``LitProcess`` but it also says whether the process ended
/// by itself or by a signal, and kills it (counting as a failure) when it outlives a deadline,
/// so a hang fails the test instead of stalling the suite.
enum HostileRun {
    /// How a run of `lit` ended and what it printed.
    struct Outcome {
        /// The exit status, or the signal number when ``signaled``.
        var status: Int32
        /// Whether a signal ended the process (a crash, or the deadline's kill).
        var signaled: Bool
        /// Whether the deadline ran out and the process was killed.
        var timedOut: Bool
        var output: String
        var errorOutput: String
        /// The output bytes, for cases that measure them.
        var outputBytes: Int
    }

    /// A started `lit` process whose output is being read.
    final class Running: @unchecked Sendable {
        let process: Process
        private let lock = NSLock()
        private var outData = Data()
        private var errData = Data()
        private var finishedReaders = 0
        private let group = DispatchGroup()

        init(_ arguments: [String], in directory: String, environment: [String: String]) throws {
            process = Process()
            process.executableURL = URL(fileURLWithPath: LitProcess.executable)
            process.arguments = arguments
            process.currentDirectoryURL = URL(fileURLWithPath: directory)
            var variables = ProcessInfo.processInfo.environment
            variables["NO_COLOR"] = nil
            for (name, value) in environment { variables[name] = value }
            process.environment = variables
            let output = Pipe()
            let errors = Pipe()
            process.standardOutput = output
            process.standardError = errors
            process.standardInput = FileHandle.nullDevice
            try process.run()
            read(output.fileHandleForReading) { self.outData = $0 }
            read(errors.fileHandleForReading) { self.errData = $0 }
        }

        private func read(_ handle: FileHandle, into store: @escaping @Sendable (Data) -> Void) {
            group.enter()
            let thread = Thread { [self] in
                let data = handle.readDataToEndOfFile()
                lock.withLock { store(data) }
                group.leave()
            }
            thread.start()
        }

        /// Sends `signal` to the process.
        func kill(_ signal: Int32) {
            Foundation.kill(process.processIdentifier, signal)
        }

        /// Waits for the end (killing the process after `deadline` seconds) and collects it.
        func finish(deadline: Double) -> Outcome {
            let end = Date().addingTimeInterval(deadline)
            var timedOut = false
            while process.isRunning {
                if Date() > end {
                    timedOut = true
                    kill(SIGKILL)
                    break
                }
                Thread.sleep(forTimeInterval: 0.005)
            }
            process.waitUntilExit()
            group.wait()
            return lock.withLock {
                Outcome(
                    status: process.terminationStatus,
                    signaled: process.terminationReason == .uncaughtSignal,
                    timedOut: timedOut,
                    output: String(decoding: outData, as: UTF8.self),
                    errorOutput: String(decoding: errData, as: UTF8.self),
                    outputBytes: outData.count)
            }
        }
    }

    /// Runs `lit` to its end (or kills it after `deadline` seconds).
    static func run(
        _ arguments: [String], in directory: String, environment: [String: String] = [:],
        deadline: Double = 40
    ) throws -> Outcome {
        try Running(arguments, in: directory, environment: environment).finish(
            deadline: deadline)
    }
}

/// The bad-input fixtures, `Tests/LitTests/Fixtures/bad-inputs`, and their golden files.
enum BadInputFixtures {
    /// The fixture folder.
    static let root = LitProcess.fixtures + "/bad-inputs"

    /// A workspace holding a copy of the fixture families and the companion chapter.
    static func workspace() throws -> Workspace {
        let workspace = try Workspace()
        for family in ["files", "code", "cell-files", "updates", "companion"] {
            try FileManager.default.copyItem(
                atPath: root + "/" + family, toPath: workspace.path + "/" + family)
        }
        return workspace
    }

    /// The text a run's golden file holds: its status, then standard output and error.
    static func transcript(_ outcome: HostileRun.Outcome) -> String {
        "status: \(outcome.status)\n--- standard output\n\(outcome.output)"
            + "--- standard error\n\(outcome.errorOutput)"
    }

    /// Compares `text` with the golden file `relative` (or rewrites it under `make golden`);
    /// returns the golden text, or `nil` when it matches or was rewritten.
    static func mismatch(_ text: String, golden relative: String) throws -> String? {
        FixtureFolder(URL(fileURLWithPath: root)).mismatch(text, golden: relative)
    }
}
