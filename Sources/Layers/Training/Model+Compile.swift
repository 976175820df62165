import Tensors

extension Model {
    /// Configures the model for training (`model.compile(optimizer, loss, metrics)`).
    ///
    /// - Parameters:
    ///   - optimizer: the optimizer; Keras's default is a new `RMSprop`.
    ///   - loss: the loss; `fit` fails without one, as in Keras.
    ///   - lossDescription: how the loss was written, for messages (`'mse'`); by default the
    ///     loss's name quoted.
    ///   - metrics: what `fit` reports besides the loss.
    public func compile(
        optimizer: Optimizer? = nil, loss: Loss? = nil, lossDescription: String? = nil,
        metrics: [MetricSpec] = []
    ) throws {
        compiled = try CompiledConfiguration(
            optimizer: optimizer ?? RMSprop(context: context), loss: loss,
            lossDescription: lossDescription ?? loss.map { "'\($0.name)'" } ?? "None",
            metrics: metrics, context: context)
    }

    /// The optimizer given to `compile`, if compiled.
    public var optimizer: Optimizer? { compiled?.optimizer }

    /// The metrics `fit` and `evaluate` report (`model.metrics`): the `loss` mean and the
    /// compiled metrics, once a batch has built them; empty before.
    public var metrics: [Metric] { compiled?.metrics ?? [] }

    /// The names of `metrics` (`model.metrics_names`).
    public var metricsNames: [String] { metrics.map(\.name) }

    /// Sets every metric back to zero (`model.reset_metrics()`).
    public func resetMetrics() {
        compiled?.resetMetrics()
    }

    /// The configuration, or Keras's error when `compile` wasn't called.
    func requireCompiled() throws -> CompiledConfiguration {
        guard let compiled else {
            throw LayerError(
                .runtime,
                "You must compile your model before training/testing. Use "
                    + "`model.compile(optimizer, loss)`.")
        }
        return compiled
    }

    /// One training step (Keras's `train_step`): the forward pass and the loss recorded on a
    /// gradient tape, one optimizer update of the trainable weights, the metrics updated.
    func trainStep(_ batch: Batch, _ compiled: CompiledConfiguration) throws -> TrainingLogs {
        guard let y = batch.y else {
            if compiled.loss != nil {
                throw LayerError(
                    .value,
                    "Target data is missing. Your model was compiled with "
                        + "loss=\(compiled.lossDescription), and therefore expects target data "
                        + "to be provided in `fit()`.")
            }
            throw LayerError(
                .value,
                "No loss found. You may have forgotten to provide a `loss` argument in the "
                    + "`compile()` method.")
        }
        let tape = GradientTape(context: context.differentiation)
        var prediction = Tensor(scalar: Float(0))
        let loss = try tape.record {
            prediction = try self(batch.x, training: true)
            return try compiled.totalLoss(
                y, prediction, sampleWeight: batch.sampleWeight, regularization: losses())
        }
        let weights = trainableWeights
        let gradients = try tape.gradient(loss, weights)
        try compiled.optimizer.applyGradients(Array(zip(gradients, weights)).map { ($0, $1) })
        try compiled.updateMetrics(y, prediction.stopGradient(), context: context)
        context.forgetActivationLogits()
        return try compiled.results()
    }

    /// One evaluation step (Keras's `test_step`): the forward pass in inference mode, the loss
    /// and the metrics updated.
    func testStep(_ batch: Batch, _ compiled: CompiledConfiguration) throws -> TrainingLogs {
        let prediction = try self(batch.x, training: false)
        guard let y = batch.y else {
            throw LayerError(
                .value,
                "Target data is missing. Your model was compiled with "
                    + "loss=\(compiled.lossDescription), and therefore expects target data to be "
                    + "provided in `evaluate()`.")
        }
        _ = try compiled.totalLoss(
            y, prediction, sampleWeight: batch.sampleWeight, regularization: losses())
        try compiled.updateMetrics(y, prediction, context: context)
        context.forgetActivationLogits()
        return try compiled.results()
    }
}

/// Seconds since a starting instant, for the progress bar.
struct Stopwatch {
    private let origin = ContinuousClock.now

    /// The seconds elapsed since the stopwatch was made.
    var seconds: Double {
        let elapsed = ContinuousClock.now - origin
        let parts = elapsed.components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
