import Layers
import Tensors

/// Keras's `fit` in the engine, side by side with TensorFlow 2.15's `fit`
/// (`LIT_BENCH_PYTHON` pointing at a Python with TensorFlow; its import and the model's
/// construction are not timed): a 2-layer MLP (256 hidden units) on 1000 examples of 20
/// features, batches of 32, 5 epochs, SGD and squared loss, silent.
///
/// Issue target: lit at least 10× faster than TensorFlow's `fit`, loop alone. TensorFlow's
/// first `fit` traces and compiles a graph; its second reuses it, and both are shown.
enum TrainingBenchmarks {
    static func run() {
        Bench.section("Training: Keras fit (best of 5 runs)")
        let reference = tensorflowFigures()
        if reference.isEmpty {
            print(
                "  TensorFlow is not importable by python3 (set LIT_BENCH_PYTHON): our figures only"
            )
        }
        do {
            let seconds = try mlpFit()
            var line = "\(Bench.fixed(seconds * 1e3)) ms"
            if let first = reference["first"], let warm = reference["warm"] {
                line +=
                    "   TensorFlow \(Bench.fixed(first * 1e3)) ms first fit "
                    + "(\(Bench.fixed(first / seconds, 0))x), \(Bench.fixed(warm * 1e3)) ms "
                    + "again (\(Bench.fixed(warm / seconds, 0))x)"
            }
            Bench.row("fit MLP 20-256-1, 1000 examples, 5 epochs", line)
            Bench.row("  per step (160 steps)", "\(Bench.fixed(seconds / 160 * 1e6, 0)) µs")
        } catch {
            print("  training benchmarks failed: \(error)")
        }
    }

    /// The best time of `fit` on a freshly made and compiled model (after one untimed run,
    /// which starts BLAS's threads).
    private static func mlpFit() throws -> Double {
        let context = KerasContext(seed: 4)
        let x = try Tensor.randomUniform([1000, 20], using: &context.generator)
        let y = try Tensor.randomUniform([1000, 1], using: &context.generator)
        var best = Double.infinity
        for run in 0..<6 {
            let model = try Sequential(
                [
                    Dense(units: 256, activation: .relu, context: context),
                    Dense(units: 1, context: context),
                ], context: context)
            try model.compile(
                optimizer: SGD(learningRate: 0.01, context: context),
                loss: MeanSquaredError(context: context))
            let seconds = try Bench.best(repeats: 1) {
                try model.fit(.tensors(x: x, y: y), batchSize: 32, epochs: 5, verbose: 0)
            }
            if run > 0 { best = min(best, seconds) }
        }
        return best
    }

    /// TensorFlow's figures for the same work, in seconds, or none without TensorFlow.
    private static func tensorflowFigures() -> [String: Double] {
        let program = """
            import os, time
            os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"
            import numpy as np
            import tensorflow as tf
            x = np.random.rand(1000, 20).astype("float32")
            y = np.random.rand(1000, 1).astype("float32")
            first = warm = float("inf")
            for _ in range(5):
                model = tf.keras.Sequential([
                    tf.keras.layers.Dense(256, activation="relu"), tf.keras.layers.Dense(1)])
                model.compile(optimizer=tf.keras.optimizers.SGD(0.01), loss="mse")
                start = time.perf_counter()
                model.fit(x, y, batch_size=32, epochs=5, verbose=0)
                first = min(first, time.perf_counter() - start)
                start = time.perf_counter()
                model.fit(x, y, batch_size=32, epochs=5, verbose=0)
                warm = min(warm, time.perf_counter() - start)
            print("first", first)
            print("warm", warm)
            """
        guard let output = Bench.python(program) else { return [:] }
        var figures: [String: Double] = [:]
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2, let value = Double(parts[1]) {
                figures[String(parts[0])] = value
            }
        }
        return figures
    }
}
