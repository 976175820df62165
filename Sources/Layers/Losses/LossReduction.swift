/// How a loss object reduces the per-sample losses (`tf.keras.losses.Reduction`).
public enum LossReduction: String, Sendable, CaseIterable {
    /// Keras's default, `sum_over_batch_size` outside distribution strategies.
    case auto
    /// The weighted losses, unreduced.
    case none
    /// The sum of the weighted losses.
    case sum
    /// The sum of the weighted losses divided by their count.
    case sumOverBatchSize = "sum_over_batch_size"

    /// The reduction named `name` (`'auto'`, `'none'`, `'sum'`, `'sum_over_batch_size'`).
    ///
    /// - Throws: Keras's `ValueError` for another name (`Invalid Reduction Key: bad. Expected
    ///   keys are "('auto', 'none', 'sum', 'sum_over_batch_size')"`).
    public init(kerasName name: String) throws {
        guard let reduction = LossReduction(rawValue: name) else {
            throw LayerError(
                .value,
                "Invalid Reduction Key: \(name). Expected keys are "
                    + "\"('auto', 'none', 'sum', 'sum_over_batch_size')\"")
        }
        self = reduction
    }

    /// The reduction a loss applies: `auto` means `sum_over_batch_size`.
    var resolved: LossReduction { self == .auto ? .sumOverBatchSize : self }
}
