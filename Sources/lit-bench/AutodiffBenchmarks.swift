import Layers
import Tensors

/// Gradients in the engine, side by side with TensorFlow eager (`LIT_BENCH_PYTHON` pointing at
/// a Python with TensorFlow 2.15; its import is not timed): a convolution step, a
/// from-scratch linear-regression training loop, and what recording costs an op.
///
/// Issue targets: Conv2D forward + backward on a (32, 28, 28, 1) batch with 6 filters of 5×5
/// within 2× of TensorFlow's time per step; the 300-step loop at least 100× faster than
/// TensorFlow eager (about 2 s there).
enum AutodiffBenchmarks {
    static func run() {
        Bench.section("Autodiff: engine gradients (best of 5 runs)")
        let reference = tensorflowFigures()
        if reference.isEmpty {
            print(
                "  TensorFlow is not importable by python3 (set LIT_BENCH_PYTHON): our figures only"
            )
        }
        do {
            let conv = try convolutionStep()
            Bench.row("conv2d 5x5x6 on (32,28,28,1), fwd+bwd", perStep(conv, reference["conv"]))
            let (regression, error) = try linearRegression()
            var line = "\(Bench.fixed(regression * 1e3)) ms (|w - w*| \(Bench.fixed(error, 4)))"
            if let tf = reference["regression"] {
                line +=
                    "   TensorFlow \(Bench.fixed(tf * 1e3)) ms   \(Bench.fixed(tf / regression, 0))x"
            }
            Bench.row("linear regression, 300 SGD steps", line)
            let (plain, recorded) = try recordingCost()
            Bench.row("add (2, 4), no tape", "\(Bench.fixed(plain * 1e9, 0)) ns per op")
            Bench.row(
                "add (2, 4), recorded on a tape", "\(Bench.fixed(recorded * 1e9, 0)) ns per op")
        } catch {
            print("  autodiff benchmarks failed: \(error)")
        }
    }

    private static func perStep(_ seconds: Double, _ reference: Double?) -> String {
        var line = "\(Bench.fixed(seconds * 1e3, 3)) ms per step"
        if let reference {
            line +=
                "   TensorFlow \(Bench.fixed(reference * 1e3, 3)) ms   ratio \(Bench.fixed(seconds / reference))"
        }
        return line
    }

    /// One forward and backward pass of a 'same' 5×5 convolution with 6 filters (LeNet's
    /// first layer) on a batch of 32 MNIST-sized images: the gradients with respect to the
    /// images and the filters.
    private static func convolutionStep() throws -> Double {
        var generator = RandomGenerator(seed: 1)
        let images = try Tensor.randomUniform([32, 28, 28, 1], using: &generator)
        let filters = try Tensor.randomNormal([5, 5, 1, 6], stddev: 0.1, using: &generator)
        let context = DifferentiationContext()
        let step = {
            let tape = GradientTape(context: context)
            var x = images
            var w = filters
            let y = try tape.record {
                x = try tape.watch(x)
                w = try tape.watch(w)
                return try x.conv2d(w, padding: .same).reduced(.sum)
            }
            _ = try tape.gradient(y, [x, w])
        }
        try step()
        let repeats = 20
        return try Bench.best { for _ in 0..<repeats { try step() } } / Double(repeats)
    }

    /// The best time of the book's linear regression from scratch over five trainings.
    ///
    /// 1000 examples of 2 features, minibatches of 10 in a shuffled order, 3 epochs: 300 steps
    /// of forward pass, squared loss, gradient and SGD update on two variables. Also returns
    /// how far the learned weights end from the true ones.
    private static func linearRegression() throws -> (seconds: Double, error: Double) {
        var generator = RandomGenerator(seed: 2)
        let trueW = try Tensor([[2.0], [-3.4]])
        let features = try Tensor.randomNormal([1000, 2], using: &generator)
        let noise = try Tensor.randomNormal([1000, 1], stddev: 0.01, using: &generator)
        let labels = try features.matmul(trueW) + Tensor(scalar: Float(4.2)) + noise
        let context = KerasContext(seed: 3)
        let rate = Tensor(scalar: Float(0.03))
        let batch = 10
        var learned = try Tensor.zeros([2, 1])
        let train = {
            let w = Variable(try Tensor.randomNormal([2, 1], stddev: 0.01, using: &generator))
            defer { learned = w.value }
            let b = Variable(try Tensor.zeros([1]))
            for _ in 0..<3 {
                let order = try Tensor.range(limit: .int(1000), dtype: .int32)
                    .shuffled(using: &generator)
                for start in stride(from: 0, to: 1000, by: batch) {
                    let rows = try order.slice([.slice(start: start, stop: start + batch, step: 1)])
                    let x = try features.gather(rows)
                    let y = try labels.gather(rows)
                    let tape = GradientTape(context: context.differentiation)
                    let loss = try tape.record {
                        let prediction = try x.matmul(w.read(in: context)) + b.read(in: context)
                        return try (prediction - y).square() / Tensor(scalar: Float(2))
                    }
                    let gradients = try tape.gradient(loss, [w, b])
                    let scale = try rate / Tensor(scalar: Float(batch))
                    if let dw = gradients[0], let db = gradients[1] {
                        try w.assignSub(dw * scale)
                        try b.assignSub(db * scale)
                    }
                }
            }
        }
        try train()
        let seconds = try Bench.best { try train() }
        let error =
            try (learned - trueW).abs().reduced(.max).scalar(as: Float.self).map(Double.init)
            ?? .nan
        return (seconds, error)
    }

    /// One small add without a tape, and one recorded on a tape that watches an input.
    private static func recordingCost() throws -> (Double, Double) {
        let x = try Tensor([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]])
        let y = try Tensor([[0.5, 0.5, 0.5, 0.5], [1.5, 1.5, 1.5, 1.5]])
        let iterations = 100_000
        let plain = try Bench.best { for _ in 0..<iterations { _ = try x + y } }
        let context = DifferentiationContext()
        let recorded = try Bench.best {
            let tape = GradientTape(context: context)
            try tape.record {
                let watched = try tape.watch(x)
                for _ in 0..<iterations { _ = try watched + y }
            }
        }
        return (plain / Double(iterations), recorded / Double(iterations))
    }

    /// TensorFlow's figures for the same work, in seconds, or none without TensorFlow.
    private static func tensorflowFigures() -> [String: Double] {
        let program = """
            import os, time
            os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"
            import tensorflow as tf
            images = tf.random.uniform((32, 28, 28, 1))
            filters = tf.random.normal((5, 5, 1, 6), stddev=0.1)
            def step():
                with tf.GradientTape() as tape:
                    tape.watch(images); tape.watch(filters)
                    y = tf.reduce_sum(tf.nn.conv2d(images, filters, 1, "SAME"))
                tape.gradient(y, [images, filters])
            step()
            best = float("inf")
            for _ in range(5):
                start = time.perf_counter()
                for _ in range(20):
                    step()
                best = min(best, (time.perf_counter() - start) / 20)
            print("conv", best)
            true_w = tf.constant([[2.0], [-3.4]])
            features = tf.random.normal((1000, 2))
            labels = tf.matmul(features, true_w) + 4.2 + tf.random.normal((1000, 1), stddev=0.01)
            def train():
                w = tf.Variable(tf.random.normal((2, 1), stddev=0.01))
                b = tf.Variable(tf.zeros(1))
                for _ in range(3):
                    order = tf.random.shuffle(tf.range(1000))
                    for start in range(0, 1000, 10):
                        rows = order[start:start + 10]
                        x = tf.gather(features, rows)
                        y = tf.gather(labels, rows)
                        with tf.GradientTape() as tape:
                            loss = (tf.matmul(x, w) + b - y) ** 2 / 2
                        dw, db = tape.gradient(loss, [w, b])
                        w.assign_sub(0.03 * dw / 10)
                        b.assign_sub(0.03 * db / 10)
            train()
            best = float("inf")
            for _ in range(3):
                start = time.perf_counter()
                train()
                best = min(best, time.perf_counter() - start)
            print("regression", best)
            """
        guard let output = Bench.python(program) else { return [:] }
        var figures: [String: Double] = [:]
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2, let value = Double(parts[1]) { figures[String(parts[0])] = value }
        }
        return figures
    }
}
