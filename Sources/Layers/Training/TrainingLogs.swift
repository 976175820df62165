/// The values `fit`, `evaluate` and the callbacks report, in Keras's order (`loss`, the
/// compiled metrics, then `val_loss`, `val_…`): Python floats made from the metrics' float32
/// results.
public struct TrainingLogs: Equatable, Sendable {
    /// The entries in order.
    public private(set) var entries: [(name: String, value: Double)] = []

    /// Empty logs.
    public init() {}

    /// Logs of `entries`, in order.
    public init(_ entries: [(name: String, value: Double)]) {
        self.entries = entries
    }

    /// The value named `name`.
    public subscript(name: String) -> Double? {
        entries.first { $0.name == name }?.value
    }

    /// Sets `name` to `value`, keeping its place or adding it at the end.
    public mutating func set(_ name: String, _ value: Double) {
        if let index = entries.firstIndex(where: { $0.name == name }) {
            entries[index].value = value
        } else {
            entries.append((name, value))
        }
    }

    /// The names in order.
    public var names: [String] { entries.map(\.name) }

    /// Two logs are equal when their names and values are, in order.
    public static func == (a: TrainingLogs, b: TrainingLogs) -> Bool {
        a.entries.map(\.name) == b.entries.map(\.name)
            && a.entries.map(\.value) == b.entries.map(\.value)
    }
}
