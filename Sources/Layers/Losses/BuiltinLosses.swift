import Tensors

/// The mean squared error (`tf.keras.losses.MeanSquaredError`).
public final class MeanSquaredError: LossFunctionWrapper {
    /// Creates the loss, named `mean_squared_error` by default.
    public init(
        reduction: LossReduction = .auto, name: String = "mean_squared_error",
        context: KerasContext
    ) {
        super.init(
            functionName: "mean_squared_error", reduction: reduction, name: name,
            className: "MeanSquaredError", context: context,
            function: LossFunctions.meanSquaredError)
    }
}

/// The mean absolute error (`tf.keras.losses.MeanAbsoluteError`).
public final class MeanAbsoluteError: LossFunctionWrapper {
    /// Creates the loss, named `mean_absolute_error` by default.
    public init(
        reduction: LossReduction = .auto, name: String = "mean_absolute_error",
        context: KerasContext
    ) {
        super.init(
            functionName: "mean_absolute_error", reduction: reduction, name: name,
            className: "MeanAbsoluteError", context: context,
            function: LossFunctions.meanAbsoluteError)
    }
}

/// The Huber loss (`tf.keras.losses.Huber`): quadratic within `delta`, linear beyond.
public final class Huber: LossFunctionWrapper {
    /// Where the loss turns from quadratic to linear.
    public let delta: Double

    /// Creates the loss, named `huber_loss` by default.
    public init(
        delta: Double = 1, reduction: LossReduction = .auto, name: String = "huber_loss",
        context: KerasContext
    ) {
        self.delta = delta
        super.init(
            functionName: "huber", arguments: [("delta", .float(delta))], reduction: reduction,
            name: name, className: "Huber", context: context
        ) { try LossFunctions.huber($0, $1, delta: delta) }
    }
}

/// The binary crossentropy (`tf.keras.losses.BinaryCrossentropy`).
public final class BinaryCrossentropy: LossFunctionWrapper {
    /// Whether predictions are logits.
    public let fromLogits: Bool
    /// How far labels move towards ½.
    public let labelSmoothing: Double
    /// The axis averaged over.
    public let axis: Int

    /// Creates the loss, named `binary_crossentropy` by default.
    public init(
        fromLogits: Bool = false, labelSmoothing: Double = 0, axis: Int = -1,
        reduction: LossReduction = .auto, name: String = "binary_crossentropy",
        context: KerasContext
    ) {
        self.fromLogits = fromLogits
        self.labelSmoothing = labelSmoothing
        self.axis = axis
        super.init(
            functionName: "binary_crossentropy",
            arguments: [
                ("from_logits", .bool(fromLogits)), ("label_smoothing", .float(labelSmoothing)),
                ("axis", .int(axis)),
            ], reduction: reduction, name: name, className: "BinaryCrossentropy",
            context: context
        ) {
            try LossFunctions.binaryCrossentropy(
                $0, $1, fromLogits: fromLogits, labelSmoothing: labelSmoothing, axis: axis,
                context: context)
        }
    }
}

/// The categorical crossentropy against one distribution per sample
/// (`tf.keras.losses.CategoricalCrossentropy`).
public final class CategoricalCrossentropy: LossFunctionWrapper {
    /// Whether predictions are logits.
    public let fromLogits: Bool
    /// How far labels move towards uniform.
    public let labelSmoothing: Double
    /// The class axis.
    public let axis: Int

    /// Creates the loss, named `categorical_crossentropy` by default.
    public init(
        fromLogits: Bool = false, labelSmoothing: Double = 0, axis: Int = -1,
        reduction: LossReduction = .auto, name: String = "categorical_crossentropy",
        context: KerasContext
    ) {
        self.fromLogits = fromLogits
        self.labelSmoothing = labelSmoothing
        self.axis = axis
        super.init(
            functionName: "categorical_crossentropy",
            arguments: [
                ("from_logits", .bool(fromLogits)), ("label_smoothing", .float(labelSmoothing)),
                ("axis", .int(axis)),
            ], reduction: reduction, name: name, className: "CategoricalCrossentropy",
            context: context
        ) {
            try LossFunctions.categoricalCrossentropy(
                $0, $1, fromLogits: fromLogits, labelSmoothing: labelSmoothing, axis: axis,
                context: context)
        }
    }
}

/// The categorical crossentropy against integer class indices
/// (`tf.keras.losses.SparseCategoricalCrossentropy`).
public final class SparseCategoricalCrossentropy: LossFunctionWrapper {
    /// Whether predictions are logits.
    public let fromLogits: Bool

    /// Creates the loss, named `sparse_categorical_crossentropy` by default.
    public init(
        fromLogits: Bool = false, reduction: LossReduction = .auto,
        name: String = "sparse_categorical_crossentropy", context: KerasContext
    ) {
        self.fromLogits = fromLogits
        super.init(
            functionName: "sparse_categorical_crossentropy",
            arguments: [("from_logits", .bool(fromLogits)), ("ignore_class", .none)],
            reduction: reduction, name: name, className: "SparseCategoricalCrossentropy",
            context: context
        ) {
            try LossFunctions.sparseCategoricalCrossentropy(
                $0, $1, fromLogits: fromLogits, context: context)
        }
    }
}
