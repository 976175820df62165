import Tensors

extension Model {
    /// Trains the model (`model.fit`): `epochs` passes over the data, one optimizer step per
    /// batch, as Keras 2.15 does, and returns the history of each epoch's logs.
    ///
    /// Tensors are cut into batches of `batchSize` (32 by default), reshuffled each epoch from
    /// the session's generator unless `shuffle` is false; a dataset gives its own batches. The
    /// progress is written to `progress` as a notebook shows Keras's: `Epoch 2/5` lines (when
    /// `epochs` > 1) and each epoch's finished bar (`verbose` 1) or summary line (`verbose` 2),
    /// with the validation values when `validationData` is given.
    ///
    /// ```swift
    /// try model.compile(optimizer: SGD(learningRate: 0.1, context: context),
    ///                   loss: MeanSquaredError(context: context))
    /// let history = try model.fit(.tensors(x: x, y: y), epochs: 3) { print($0, terminator: "") }
    /// // Epoch 1/3
    /// // 4/4 [==============================] - 0s 1ms/step - loss: 0.4107
    /// // …
    /// history["loss"]     // [0.41…, 0.30…, 0.24…]
    /// ```
    ///
    /// - Parameters:
    ///   - validationSplit: the fraction of the tensors, taken from their end before shuffling,
    ///     held out for validation.
    ///   - stepsPerEpoch: the batches per epoch (required for an endless dataset).
    ///   - callbacks: called around epochs and batches (`model` is set on each).
    /// - Throws: Keras's errors: not compiled, no loss, missing targets, shapes the layers or
    ///   the loss reject; and the callbacks' errors.
    @discardableResult
    public func fit(
        _ input: TrainingInput, batchSize: Int? = nil, epochs: Int = 1, verbose: Int = 1,
        callbacks: [Callback] = [], validationSplit: Double = 0,
        validationData: TrainingInput? = nil, shuffle: Bool = true, initialEpoch: Int = 0,
        stepsPerEpoch: Int? = nil, validationBatchSize: Int? = nil,
        progress: ((String) -> Void)? = nil
    ) throws -> History {
        let compiled = try requireCompiled()
        var trainingInput = input
        var validation = validationData
        if validationSplit > 0, validation == nil, case .tensors(let x, let y, let w) = input {
            let count = x.shape.first ?? 0
            let split = Int((Double(count) * (1 - validationSplit)).rounded(.down))
            func part(_ t: Tensor?, _ a: Int, _ b: Int) throws -> Tensor? {
                try t.map { try RowGather.range($0, a, b) }
            }
            trainingInput = .tensors(
                x: try RowGather.range(x, 0, split), y: try part(y, 0, split),
                sampleWeight: try part(w, 0, split))
            validation = .tensors(
                x: try RowGather.range(x, split, count), y: try part(y, split, count),
                sampleWeight: try part(w, split, count))
        }
        let handler = try DataHandler(
            input: trainingInput, batchSize: batchSize, stepsPerEpoch: stepsPerEpoch,
            shuffle: shuffle, context: context)
        let history = History()
        history.begin(verbose: verbose, epochs: epochs, steps: handler.steps)
        for callback in callbacks { callback.model = self }
        stopTraining = false
        var trainingLogs = TrainingLogs()
        for callback in callbacks { try callback.onTrainBegin(logs: trainingLogs) }
        for epoch in initialEpoch..<Swift.max(epochs, initialEpoch) {
            resetMetrics()
            for callback in callbacks { try callback.onEpochBegin(epoch, logs: TrainingLogs()) }
            if verbose != 0 && epochs > 1 { progress?("Epoch \(epoch + 1)/\(epochs)\n") }
            let clock = Stopwatch()
            var bar = ProgressBar(target: handler.steps, verbose: verbose, now: clock.seconds)
            var logs: TrainingLogs?
            var step = 0
            let next = try handler.epoch()
            while let batch = try next() {
                for callback in callbacks {
                    try callback.onTrainBatchBegin(step, logs: TrainingLogs())
                }
                let batchLogs = try trainStep(batch, compiled)
                logs = batchLogs
                bar.stepEnded(step + 1, now: clock.seconds)
                for callback in callbacks { try callback.onTrainBatchEnd(step, logs: batchLogs) }
                step += 1
                if stopTraining { break }
            }
            guard var epochLogs = logs else {
                throw LayerError(
                    .value,
                    "Unexpected result of `train_function` (Empty logs). This could be due to "
                        + "issues in input pipeline that resulted in an empty dataset. Otherwise, "
                        + "please use `Model.compile(..., run_eagerly=True)`, or "
                        + "`tf.config.run_functions_eagerly(True)` for more information of where "
                        + "went wrong, or file a issue/bug to `tf.keras`.")
            }
            if let validation {
                let validationLogs = try evaluateLogs(
                    validation, batchSize: validationBatchSize ?? batchSize, verbose: 0,
                    callbacks: callbacks, progress: nil)
                for (name, value) in validationLogs.entries {
                    epochLogs.set("val_" + name, value)
                }
            }
            if verbose != 0 {
                progress?(bar.finish(current: step, values: epochLogs, now: clock.seconds))
            }
            for callback in callbacks { try callback.onEpochEnd(epoch, logs: epochLogs) }
            history.record(epoch: epoch, logs: epochLogs)
            trainingLogs = epochLogs
            if stopTraining { break }
        }
        for callback in callbacks { try callback.onTrainEnd(logs: trainingLogs) }
        return history
    }

    /// One training step on one batch (`model.train_on_batch(x, y)`), returning the metrics'
    /// values (a single value shows as a scalar in Keras, several as a list).
    ///
    /// - Parameter resetMetrics: whether the metrics start from zero (Keras's default), or
    ///   accumulate over calls.
    public func trainOnBatch(
        x: Tensor, y: Tensor? = nil, sampleWeight: Tensor? = nil, resetMetrics: Bool = true
    ) throws -> TrainingLogs {
        let compiled = try requireCompiled()
        if resetMetrics { self.resetMetrics() }
        return try trainStep(Batch(x: x, y: y, sampleWeight: sampleWeight), compiled)
    }

    /// One evaluation step on one batch (`model.test_on_batch(x, y)`).
    public func testOnBatch(
        x: Tensor, y: Tensor? = nil, sampleWeight: Tensor? = nil, resetMetrics: Bool = true
    ) throws -> TrainingLogs {
        let compiled = try requireCompiled()
        if resetMetrics { self.resetMetrics() }
        return try testStep(Batch(x: x, y: y, sampleWeight: sampleWeight), compiled)
    }
}
