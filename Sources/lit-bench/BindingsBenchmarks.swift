import Bindings
import Foundation
import Interpreter

/// The script modules through the interpreter, in microseconds per operation: a cell's loop
/// runs `x + y` on (2, 4) float32 tensors, a `Dense(4)` call on a (2, 4) input and the book's
/// three-layer `Sequential` call; the cost of the empty loop is subtracted.
///
/// Issue targets: at least 15× faster than real TensorFlow 2.15 through its interpreter
/// (about 15 µs for `x + y`, about 190 µs for the `Dense(4)` call). When
/// `LIT_BENCH_TF_PYTHON` names a Python with TensorFlow, the same loops are timed there in the
/// same run; otherwise those reference figures are printed.
enum BindingsBenchmarks {
    /// One measured statement.
    struct Case {
        let name: String
        let statement: String
        let reference: Double?
    }

    static let setup = """
        import tensorflow as tf
        x = tf.random.uniform((2, 4))
        y = tf.random.uniform((2, 4))
        dense = tf.keras.layers.Dense(4)
        dense(x)
        net = tf.keras.models.Sequential([
            tf.keras.layers.Flatten(),
            tf.keras.layers.Dense(4, activation=tf.nn.relu),
            tf.keras.layers.Dense(1),
        ])
        net(x)
        """

    static let cases = [
        Case(name: "x + y, (2, 4) float32", statement: "z = x + y", reference: 15),
        Case(name: "Dense(4) call on (2, 4)", statement: "z = dense(x)", reference: 190),
        Case(
            name: "Sequential(Flatten, Dense, Dense) call", statement: "z = net(x)", reference: nil),
    ]

    static func run() {
        Bench.section(
            "Bindings through the interpreter (µs per op, best of 5, empty loop subtracted; "
                + "CPU = process CPU time)")
        let ours = measureOurs()
        let tensorflow = measureTensorFlow()
        for (index, item) in cases.enumerated() {
            guard let (time, cpu) = ours[item.name] else {
                Bench.row(item.name, "failed")
                continue
            }
            var figures = "ours \(Bench.fixed(time, 3)) µs (CPU \(Bench.fixed(cpu, 3)))"
            if let (real, realCPU) = tensorflow?[index] {
                figures +=
                    "   tensorflow \(Bench.fixed(real, 1)) µs (CPU \(Bench.fixed(realCPU, 1)))"
                    + "   speed-up \(Bench.fixed(real / time, 0))×"
            } else if let reference = item.reference {
                figures +=
                    "   tensorflow ≈\(Bench.fixed(reference, 0)) µs (issue's figure)   speed-up "
                    + "\(Bench.fixed(reference / time, 0))×"
            }
            Bench.row(item.name, figures)
        }
        if tensorflow == nil {
            print("  (set LIT_BENCH_TF_PYTHON to a Python with TensorFlow to time it side by side)")
        }
    }

    /// Times each case in one session: the loop with the statement minus the empty loop, in
    /// wall-clock and in process CPU time (the steadier figure on a shared machine).
    private static func measureOurs() -> [String: (wall: Double, cpu: Double)] {
        var options = SessionOptions()
        options.modules = engineModules(EngineConfiguration(seed: 0))
        options.timeLimit = 600
        let session = Session(options: options)
        defer { session.close() }
        if let error = session.run(setup).error {
            print("  setup failed: \(error)")
            return [:]
        }
        let iterations = 200_000
        let empty = loopTime(session, "pass", iterations)
        var result: [String: (wall: Double, cpu: Double)] = [:]
        for item in cases {
            let loop = loopTime(session, item.statement, iterations)
            result[item.name] = (
                max(0, loop.wall - empty.wall) / Double(iterations) * 1e6,
                max(0, loop.cpu - empty.cpu) / Double(iterations) * 1e6
            )
        }
        return result
    }

    /// The best of 5 runs of the loop, in wall-clock and CPU seconds.
    private static func loopTime(_ session: Session, _ statement: String, _ n: Int)
        -> (wall: Double, cpu: Double)
    {
        let program = "for _ in range(\(n)):\n    \(statement)\n"
        var cpu = Double.infinity
        let wall = Bench.best {
            let start = cpuSeconds()
            if let error = session.run(program).error { print("  error: \(error)") }
            cpu = min(cpu, cpuSeconds() - start)
        }
        return (wall, cpu)
    }

    /// The CPU time the process has used, user and system, in seconds.
    private static func cpuSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// The same loops in real TensorFlow, in µs per op (wall-clock and CPU), or `nil` without
    /// it.
    private static func measureTensorFlow() -> [(Double, Double)]? {
        guard let python = ProcessInfo.processInfo.environment["LIT_BENCH_TF_PYTHON"] else {
            return nil
        }
        let statements = cases.map { "'\($0.statement)'" }.joined(separator: ", ")
        let program = """
            import os, time
            os.environ['TF_CPP_MIN_LOG_LEVEL'] = '3'
            \(setup)
            def loop(stmt, n):
                code = compile('for _ in range(%d):\\n    %s\\n' % (n, stmt), '<bench>', 'exec')
                best, cpu = float('inf'), float('inf')
                for _ in range(5):
                    t, c = time.perf_counter(), time.process_time()
                    exec(code, globals())
                    best = min(best, time.perf_counter() - t)
                    cpu = min(cpu, time.process_time() - c)
                return best, cpu
            n = 2000
            empty = loop('pass', n)
            for s in [\(statements)]:
                wall, cpu = loop(s, n)
                print((wall - empty[0]) / n * 1e6, (cpu - empty[1]) / n * 1e6)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, "-c", program]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        let values = text.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
        guard values.count == 2 * cases.count else { return nil }
        return cases.indices.map { (values[2 * $0], values[2 * $0 + 1]) }
    }
}
