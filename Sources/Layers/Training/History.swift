/// What `fit` returns (`keras.callbacks.History`): each epoch's logs, collected by name in the
/// order the names first appeared (`loss`, the metrics, `val_loss`, `val_…`).
public final class History {
    /// The values of each log name, one per epoch (`history.history`).
    public private(set) var history: [(key: String, values: [Double])] = []
    /// The epochs run, counted from 0 (`history.epoch`).
    public private(set) var epoch: [Int] = []
    /// `fit`'s parameters as Keras records them: `verbose`, `epochs`, `steps`
    /// (`history.params`).
    public private(set) var params: [(key: String, value: Int?)] = []

    /// An empty history.
    public init() {}

    /// Starts a new `fit` with these parameters.
    func begin(verbose: Int, epochs: Int, steps: Int?) {
        params = [("verbose", verbose), ("epochs", epochs), ("steps", steps)]
        epoch = []
    }

    /// Records the logs of epoch `index`.
    func record(epoch index: Int, logs: TrainingLogs) {
        epoch.append(index)
        for (name, value) in logs.entries {
            if let position = history.firstIndex(where: { $0.key == name }) {
                history[position].values.append(value)
            } else {
                history.append((name, [value]))
            }
        }
    }

    /// The values of `name`, if recorded.
    public subscript(name: String) -> [Double]? {
        history.first { $0.key == name }?.values
    }
}
