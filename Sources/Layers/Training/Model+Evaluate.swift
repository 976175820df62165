import Tensors

extension Model {
    /// The loss and metrics over the data in inference mode (`model.evaluate`), written to
    /// `progress` as Keras's bar (`verbose` 1) or summary line (`verbose` 2).
    ///
    /// Keras returns one value as a scalar and several as a list, in `metricsNames` order (or a
    /// dict with `return_dict=True`); the logs carry the names for all three.
    ///
    /// - Throws: Keras's errors: not compiled, no loss, missing targets, rejected shapes.
    public func evaluate(
        _ input: TrainingInput, batchSize: Int? = nil, verbose: Int = 1, steps: Int? = nil,
        callbacks: [Callback] = [], progress: ((String) -> Void)? = nil
    ) throws -> TrainingLogs {
        try evaluateLogs(
            input, batchSize: batchSize, verbose: verbose, steps: steps, callbacks: callbacks,
            progress: progress)
    }

    /// `evaluate`, also run silently for `fit`'s validation.
    func evaluateLogs(
        _ input: TrainingInput, batchSize: Int?, verbose: Int, steps: Int? = nil,
        callbacks: [Callback], progress: ((String) -> Void)?
    ) throws -> TrainingLogs {
        let compiled = try requireCompiled()
        let handler = try DataHandler(
            input: input, batchSize: batchSize, stepsPerEpoch: steps, shuffle: false,
            context: context)
        for callback in callbacks { callback.model = self }
        for callback in callbacks { try callback.onTestBegin(logs: TrainingLogs()) }
        let clock = Stopwatch()
        var bar = ProgressBar(target: handler.steps, verbose: verbose, now: clock.seconds)
        resetMetrics()
        var logs = TrainingLogs()
        var step = 0
        let next = try handler.epoch()
        while let batch = try next() {
            logs = try testStep(batch, compiled)
            step += 1
            bar.stepEnded(step, now: clock.seconds)
        }
        if verbose != 0 {
            progress?(bar.finish(current: step, values: logs, now: clock.seconds))
        }
        for callback in callbacks { try callback.onTestEnd(logs: logs) }
        return logs
    }

    /// The model's outputs for the inputs, computed in batches in inference mode and joined
    /// along the first axis (`model.predict`); `verbose` 1 writes the bar to `progress`
    /// (`4/4 [==============================] - 0s 1ms/step`), 2 the summary line.
    ///
    /// - Throws: Keras's `ValueError` for an empty input, and the layers' errors.
    public func predict(
        _ input: TrainingInput, batchSize: Int? = nil, verbose: Int = 1, steps: Int? = nil,
        callbacks: [Callback] = [], progress: ((String) -> Void)? = nil
    ) throws -> Tensor {
        let handler = try DataHandler(
            input: input, batchSize: batchSize, stepsPerEpoch: steps, shuffle: false,
            context: context)
        for callback in callbacks { callback.model = self }
        for callback in callbacks { try callback.onPredictBegin(logs: TrainingLogs()) }
        let clock = Stopwatch()
        var bar = ProgressBar(target: handler.steps, verbose: verbose, now: clock.seconds)
        var outputs: [Tensor] = []
        let next = try handler.epoch()
        while let batch = try next() {
            outputs.append(try self(batch.x, training: false))
            context.forgetActivationLogits()
            bar.stepEnded(outputs.count, now: clock.seconds)
        }
        guard !outputs.isEmpty else {
            throw LayerError(
                .value,
                "Unexpected result of `predict_function` (Empty batch_outputs). Please use "
                    + "`Model.compile(..., run_eagerly=True)`, or "
                    + "`tf.config.run_functions_eagerly(True)` for more information of where went "
                    + "wrong, or file a issue/bug to `tf.keras`.")
        }
        if verbose != 0 {
            progress?(
                bar.finish(current: outputs.count, values: TrainingLogs(), now: clock.seconds))
        }
        for callback in callbacks { try callback.onPredictEnd(logs: TrainingLogs()) }
        return outputs.count == 1 ? outputs[0] : try Tensor.concat(outputs, axis: 0)
    }
}
