import Tensors

/// How often predictions equal labels (`tf.keras.metrics.Accuracy`).
public final class Accuracy: MeanMetricWrapper {
    /// Creates the metric, named `accuracy` by default.
    public init(name: String = "accuracy", context: KerasContext) throws {
        try super.init(
            name: name, className: "Accuracy", moduleName: "keras.src.metrics.accuracy_metrics",
            context: context, function: MetricFunctions.accuracy)
    }
}

/// How often thresholded predictions match binary labels (`tf.keras.metrics.BinaryAccuracy`).
public final class BinaryAccuracy: MeanMetricWrapper {
    /// The probability above which a prediction counts as 1.
    public let threshold: Double

    /// Creates the metric, named `binary_accuracy` by default.
    public init(name: String = "binary_accuracy", threshold: Double = 0.5, context: KerasContext)
        throws
    {
        self.threshold = threshold
        try super.init(
            name: name, className: "BinaryAccuracy",
            moduleName: "keras.src.metrics.accuracy_metrics",
            arguments: [("threshold", .float(threshold))], context: context
        ) { try MetricFunctions.binaryAccuracy($0, $1, threshold: threshold) }
    }
}

/// How often the most likely class is the one-hot label's (`tf.keras.metrics.CategoricalAccuracy`).
public final class CategoricalAccuracy: MeanMetricWrapper {
    /// Creates the metric, named `categorical_accuracy` by default.
    public init(name: String = "categorical_accuracy", context: KerasContext) throws {
        try super.init(
            name: name, className: "CategoricalAccuracy",
            moduleName: "keras.src.metrics.accuracy_metrics", context: context,
            function: MetricFunctions.categoricalAccuracy)
    }
}

/// How often the most likely class is the integer label
/// (`tf.keras.metrics.SparseCategoricalAccuracy`).
public final class SparseCategoricalAccuracy: MeanMetricWrapper {
    /// Creates the metric, named `sparse_categorical_accuracy` by default.
    public init(name: String = "sparse_categorical_accuracy", context: KerasContext) throws {
        try super.init(
            name: name, className: "SparseCategoricalAccuracy",
            moduleName: "keras.src.metrics.accuracy_metrics", context: context,
            function: MetricFunctions.sparseCategoricalAccuracy)
    }
}

/// The mean squared error as a metric (`tf.keras.metrics.MeanSquaredError`; the Swift name
/// keeps it apart from the loss).
public final class MeanSquaredErrorMetric: MeanMetricWrapper {
    /// Creates the metric, named `mean_squared_error` by default.
    public init(name: String = "mean_squared_error", context: KerasContext) throws {
        try super.init(
            name: name, className: "MeanSquaredError",
            moduleName: "keras.src.metrics.regression_metrics", context: context,
            function: LossFunctions.meanSquaredError)
    }
}

/// The mean absolute error as a metric (`tf.keras.metrics.MeanAbsoluteError`).
public final class MeanAbsoluteErrorMetric: MeanMetricWrapper {
    /// Creates the metric, named `mean_absolute_error` by default.
    public init(name: String = "mean_absolute_error", context: KerasContext) throws {
        try super.init(
            name: name, className: "MeanAbsoluteError",
            moduleName: "keras.src.metrics.regression_metrics", context: context,
            function: LossFunctions.meanAbsoluteError)
    }
}
