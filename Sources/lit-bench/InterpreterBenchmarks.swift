import Foundation
import Interpreter

/// The interpreter against CPython on the same programs: a module-level loop, recursive calls and
/// method calls.
///
/// Prints both times and the ratio ours/CPython (target ≤ 1.0).
enum InterpreterBenchmarks {
    /// One program: setup run once, then the timed statement(s) at module level.
    struct Program {
        let name: String
        let setup: String
        let body: String
    }

    static let programs: [Program] = [
        Program(
            name: "loop s += i*i % 7 (3M, module level)", setup: "",
            body: "s = 0\nfor i in range(3_000_000):\n    s += i*i % 7\n"),
        Program(
            name: "recursive fib(27)",
            setup: "def fib(n):\n    if n < 2: return n\n    return fib(n-1) + fib(n-2)\n",
            body: "fib(27)\n"),
        Program(
            name: "1M method calls p.inc(1)",
            setup:
                "class P:\n    def __init__(self):\n        self.n = 0\n    def inc(self, k):\n        self.n += k\np = P()\n",
            body: "for i in range(1_000_000):\n    p.inc(1)\n"),
    ]

    static func run() {
        Bench.section("Interpreter vs CPython 3.11 (best of 3)")
        for program in programs {
            let ours = measureOurs(program)
            let theirs = measurePython(program)
            var figures = "ours \(Bench.fixed(ours, 3)) s"
            if let t = theirs {
                figures += "   cpython \(Bench.fixed(t, 3)) s   ratio \(Bench.fixed(ours / t, 2))"
            } else {
                figures += "   (python3 not available)"
            }
            Bench.row(program.name, figures)
        }
    }

    private static func measureOurs(_ program: Program) -> Double {
        var options = SessionOptions()
        options.timeLimit = 600
        let session = Session(options: options)
        defer { session.close() }
        _ = session.run(program.setup)
        return Bench.best(repeats: 3) {
            let outcome = session.run(program.body)
            if let e = outcome.error { print("  error: \(e)") }
        }
    }

    private static func measurePython(_ program: Program) -> Double? {
        let script = """
            import time
            g = {}
            exec(compile(\(pythonLiteral(program.setup)), '<setup>', 'exec'), g)
            body = compile(\(pythonLiteral(program.body)), '<bench>', 'exec')
            best = float('inf')
            for _ in range(3):
                t = time.perf_counter()
                exec(body, g)
                best = min(best, time.perf_counter() - t)
            print(best)
            """
        return Bench.python(script).flatMap { Double($0) }
    }

    private static func pythonLiteral(_ text: String) -> String {
        "'"
            + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
                of: "\n", with: "\\n"
            )
            .replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
