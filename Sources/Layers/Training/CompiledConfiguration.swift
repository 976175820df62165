import Tensors

/// What `Model.compile` sets up: the optimizer, the loss and the metrics, with Keras's
/// bookkeeping around them (the `loss` mean, metrics built from the first batch's shapes).
public final class CompiledConfiguration {
    /// The optimizer `fit` steps.
    public let optimizer: Optimizer
    /// The loss, or `nil` when compiled without one (`fit` then fails as Keras does).
    public let loss: Loss?
    /// How the loss was given, for messages (`'mse'`).
    public let lossDescription: String
    /// The metrics as given to `compile`.
    public let metricSpecs: [MetricSpec]
    /// The running mean of the total loss, named `loss`.
    public let lossMean: Mean
    /// The compiled metrics, made on the first batch (Keras resolves `'accuracy'` from the
    /// shapes of labels and predictions).
    public private(set) var builtMetrics: [Metric]?

    init(
        optimizer: Optimizer, loss: Loss?, lossDescription: String, metrics: [MetricSpec],
        context: KerasContext
    ) throws {
        self.optimizer = optimizer
        self.loss = loss
        self.lossDescription = lossDescription
        self.metricSpecs = metrics
        self.lossMean = try Mean(name: "loss", context: context)
    }

    /// The metrics `fit` reports, in order: `loss`, then the compiled ones once built
    /// (`model.metrics`).
    public var metrics: [Metric] {
        guard let builtMetrics else { return [] }
        return [lossMean] + builtMetrics
    }

    /// Keras's `LossesContainer.__call__`: the loss of the batch plus the regularization losses,
    /// whose total also updates the `loss` mean weighted by the batch size.
    func totalLoss(
        _ yTrue: Tensor, _ yPred: Tensor, sampleWeight: Tensor?, regularization: [Tensor]
    ) throws -> Tensor {
        guard let loss else {
            throw LayerError(
                .value,
                "No loss found. You may have forgotten to provide a `loss` argument in the "
                    + "`compile()` method.")
        }
        let (truth, prediction, weights) = try Self.matchDTypeAndRank(yTrue, yPred, sampleWeight)
        let value = try loss(truth, prediction, sampleWeight: weights)
        var total = value
        if !regularization.isEmpty {
            var penalty = regularization[0]
            for extra in regularization.dropFirst() { penalty = try penalty + extra }
            if penalty.dtype != total.dtype { penalty = penalty.cast(to: total.dtype) }
            total = try total + penalty
        }
        let batch = Tensor(scalar: Double(truth.shape.first ?? 1))
        try lossMean.updateState(total.stopGradient(), sampleWeight: batch)
        return total
    }

    /// Keras's `MetricsContainer.update_state`: builds the metrics on the first batch, then
    /// updates each with the batch (compiled metrics don't take the sample weights).
    func updateMetrics(_ yTrue: Tensor, _ yPred: Tensor, context: KerasContext) throws {
        if builtMetrics == nil {
            let built = try metricSpecs.map {
                try $0.resolve(yTrue: yTrue, yPred: yPred, context: context)
            }
            var seen = Set<String>()
            for metric in built where !seen.insert(metric.name).inserted {
                throw LayerError(
                    .value,
                    "Found two metrics with the same name: \(metric.name). All the metrics added "
                        + "to the model need to have unique names.")
            }
            builtMetrics = built
        }
        let (truth, prediction, _) = try Self.matchDTypeAndRank(yTrue, yPred, nil)
        for metric in builtMetrics ?? [] {
            try metric.updateState(yTrue: truth, yPred: prediction)
        }
    }

    /// Every metric's result, by name (Keras's `get_metrics_result`).
    func results() throws -> TrainingLogs {
        var logs = TrainingLogs()
        for metric in metrics {
            let value = try metric.result()
            logs.set(metric.name, (try? value.element(at: 0))?.doubleValue ?? .nan)
        }
        return logs
    }

    /// Sets every metric back to zero (`model.reset_metrics()`).
    func resetMetrics() {
        for metric in metrics { metric.resetState() }
        if builtMetrics == nil { lossMean.resetState() }
    }

    /// Keras's `match_dtype_and_rank`: 1-D labels (and weights) against 2-D predictions get a
    /// trailing axis; labels take the predictions' dtype when both are floats or both integers;
    /// weights take it always.
    static func matchDTypeAndRank(_ yTrue: Tensor, _ yPred: Tensor, _ weights: Tensor?) throws
        -> (Tensor, Tensor, Tensor?)
    {
        var truth = yTrue
        var weights = weights
        if truth.rank == 1 && yPred.rank == 2 { truth = try truth.expandingDims(-1) }
        if let w = weights, w.rank == 1 && yPred.rank == 2 { weights = try w.expandingDims(-1) }
        if (truth.dtype.isFloatingPoint && yPred.dtype.isFloatingPoint)
            || (truth.dtype.isInteger && yPred.dtype.isInteger)
        {
            truth = truth.cast(to: yPred.dtype)
        }
        weights = weights.map { $0.cast(to: yPred.dtype) }
        return (truth, yPred, weights)
    }
}
