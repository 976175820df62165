import Layers
import Tensors

/// The layer library's forward passes, in microseconds per call: the engine's share of a
/// notebook's `Dense(4)(X)` (issue budget: the whole interpreted call ≤ 12 µs; real
/// TensorFlow takes about 190 µs), and the book's three-layer `Sequential`.
enum LayerBenchmarks {
    static func run() {
        Bench.section("Layers (µs per call, best of 5 runs)")
        do {
            let context = KerasContext(seed: 0)
            let x = try Tensor.randomUniform([2, 4], using: &context.generator)
            let dense = try Dense(units: 4, context: context)
            _ = try dense(x)
            Bench.row("Dense(4) on (2, 4)", Bench.fixed(try perCall { _ = try dense(x) }, 3))
            let relu = try Dense(units: 4, activation: .relu, context: context)
            _ = try relu(x)
            Bench.row("Dense(4, relu) on (2, 4)", Bench.fixed(try perCall { _ = try relu(x) }, 3))
            let net = try Sequential(
                [
                    Flatten(context: context),
                    Dense(units: 4, activation: .relu, context: context),
                    Dense(units: 1, context: context),
                ], context: context)
            _ = try net(x)
            Bench.row(
                "Sequential(Flatten, Dense(4), Dense(1)) (2, 4)",
                Bench.fixed(try perCall { _ = try net(x) }, 3))
            let fresh = try perCall(iterations: 2_000) {
                let layer = try Dense(units: 4, context: context)
                _ = try layer(x)
            }
            Bench.row("new Dense(4): build + first call", Bench.fixed(fresh, 3))
        } catch {
            print("  layer benchmarks failed: \(error)")
        }
    }

    /// The best time of one call of `body` over `iterations` calls, in microseconds.
    private static func perCall(iterations: Int = 100_000, _ body: () throws -> Void) throws
        -> Double
    {
        let seconds = try Bench.best {
            for _ in 0..<iterations { try body() }
        }
        return seconds / Double(iterations) * 1e6
    }
}
