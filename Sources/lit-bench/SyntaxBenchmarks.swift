import Foundation
import Syntax

/// Lexing and parsing cells, from a typical 100-line cell to 10 MB pathological lines, with
/// CPython's own parser (`ast.parse`) on the same sources where Python is installed.
enum SyntaxBenchmarks {
    static func run() {
        Bench.section("Syntax: lexer, parser, highlighter")
        let cell = typicalCell(lines: 100)
        report("parse a 100-line cell", source: cell, repeats: 200)
        report("highlight a 100-line cell", repeats: 200) { _ = highlightTokens(cell) }
        python("CPython ast.parse, same cell", source: pythonLiteral(cell), repeats: 200)

        let list = "x = [" + String(repeating: "1, ", count: 330_000) + "]"
        report("parse a 1 MB line (330,000-item list)", source: list, repeats: 3)
        python(
            "CPython ast.parse, same line", source: "'x = [' + '1, ' * 330_000 + ']'", repeats: 3)
        let longString = "s = '" + String(repeating: "a", count: 10_000_000) + "'"
        report("parse a 10 MB string literal", source: longString, repeats: 3)
        let tenMegabytes = "x = [" + String(repeating: "1, ", count: 3_300_000) + "]"
        report("parse a 10 MB line (3.3M-item list)", source: tenMegabytes, repeats: 1)
        let brackets = "x = " + String(repeating: "(", count: 100_000)
        report("reject 100,000 nested brackets", source: brackets, repeats: 20)
        let minus = "x = " + String(repeating: "-", count: 100_000) + "1"
        report("reject 100,000 unary minus signs", source: minus, repeats: 20)
    }

    /// A realistic notebook cell of about `lines` lines: imports, a model, a function, a loop,
    /// f-strings and comprehensions.
    static func typicalCell(lines: Int) -> String {
        let block = """
            import tensorflow as tf
            net = tf.keras.models.Sequential([
                tf.keras.layers.Flatten(),
                tf.keras.layers.Dense(4, activation=tf.nn.relu),
                tf.keras.layers.Dense(1),
            ])
            X = tf.random.uniform((2, 4))
            def init_normal(module, scale=0.01, *, seed=None):
                if type(module) == tf.keras.layers.Dense:
                    module.kernel.assign(tf.random.normal(module.kernel.shape) * scale)
                return {name: w.numpy() for name, w in zip(["w", "b"], module.weights)}
            for i, layer in enumerate(net.layers):
                print(f"layer {i}: {layer.name!r:>12} shape={layer.output_shape}")
            shared = [x ** 2 for x in range(10) if x % 3 != 0]
            net.layers[1].weights[0][:, 0:2], net.get_weights()[1:]

            """
        var text = ""
        while text.split(separator: "\n", omittingEmptySubsequences: false).count < lines {
            text += block
        }
        return text
    }

    /// Prints the best time of one parse of `source`.
    private static func report(_ name: String, source: String, repeats: Int) {
        report(name, repeats: repeats) {
            _ = try? parse(source)
        }
    }

    /// Prints the best time of `body` (averaged over `repeats` calls per sample).
    private static func report(_ name: String, repeats: Int, _ body: () -> Void) {
        let seconds = Bench.best(repeats: 5) {
            for _ in 0..<repeats { body() }
        }
        Bench.row(name, format(seconds / Double(repeats)))
    }

    /// Times CPython's `ast.parse` on the source that the Python expression `source` builds,
    /// when Python is installed.
    private static func python(_ name: String, source: String, repeats: Int) {
        let program = """
            import ast, time
            src = \(source)
            best = float("inf")
            for _ in range(5):
                start = time.perf_counter()
                for _ in range(\(repeats)):
                    ast.parse(src)
                best = min(best, (time.perf_counter() - start) / \(repeats))
            print(best)
            """
        guard let printed = Bench.python(program), let seconds = Double(printed) else {
            Bench.row(name, "python3 not available")
            return
        }
        Bench.row(name, format(seconds))
    }

    /// A Python string literal holding `text`.
    private static func pythonLiteral(_ text: String) -> String {
        var literal = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": literal += "\\\\"
            case "'": literal += "\\'"
            case "\n": literal += "\\n"
            default: literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "'"
    }

    private static func format(_ seconds: Double) -> String {
        seconds < 1e-3
            ? "\(Bench.fixed(seconds * 1e6, 1)) µs" : "\(Bench.fixed(seconds * 1e3, 2)) ms"
    }
}
