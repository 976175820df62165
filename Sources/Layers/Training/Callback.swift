/// Code that `fit`, `evaluate` and `predict` call around training, epochs and batches
/// (`tf.keras.callbacks.Callback`).
///
/// Subclass it and override the hooks you need (the bindings do for a script's callback); set
/// `model.stopTraining` to end `fit` after the current batch. Hooks receive the running logs
/// (`loss` and metric values so far, as `fit` reports them).
open class Callback {
    /// The model being trained, set by `fit`, `evaluate` and `predict` before the first hook.
    public weak var model: Model?

    /// A callback with no behaviour.
    public init() {}

    /// Before the first epoch.
    open func onTrainBegin(logs: TrainingLogs) throws {}
    /// After the last epoch, with the last epoch's logs.
    open func onTrainEnd(logs: TrainingLogs) throws {}
    /// Before epoch `epoch` (counted from 0).
    open func onEpochBegin(_ epoch: Int, logs: TrainingLogs) throws {}
    /// After epoch `epoch`, with its logs (validation values included).
    open func onEpochEnd(_ epoch: Int, logs: TrainingLogs) throws {}
    /// Before training batch `batch` of the epoch.
    open func onTrainBatchBegin(_ batch: Int, logs: TrainingLogs) throws {}
    /// After training batch `batch`, with the running logs.
    open func onTrainBatchEnd(_ batch: Int, logs: TrainingLogs) throws {}
    /// Before `evaluate`, and before the validation at the end of each `fit` epoch.
    open func onTestBegin(logs: TrainingLogs) throws {}
    /// After `evaluate` (or `fit`'s validation), with its logs.
    open func onTestEnd(logs: TrainingLogs) throws {}
    /// Before `predict`.
    open func onPredictBegin(logs: TrainingLogs) throws {}
    /// After `predict`.
    open func onPredictEnd(logs: TrainingLogs) throws {}
}
