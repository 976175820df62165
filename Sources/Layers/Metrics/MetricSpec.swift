import Tensors

/// A metric as `compile(metrics=[…])` receives it: a name Keras resolves (`'accuracy'`,
/// `'mse'`, `'BinaryAccuracy'`), a metric object, or a function of `(y_true, y_pred)` with the
/// name it is logged under.
public enum MetricSpec {
    /// A metric or metric-function name.
    case name(String)
    /// A metric object, used as it is.
    case metric(Metric)
    /// A function of labels and predictions, averaged over the samples under `name`.
    case function(name: String, (Tensor, Tensor) throws -> Tensor)

    /// The metric `compile` makes of this spec for labels like `yTrue` and predictions like
    /// `yPred` (Keras's `MetricsContainer`, which resolves on the first batch).
    ///
    /// `accuracy` and `acc` become binary accuracy when the predictions' last axis is 1, sparse
    /// categorical accuracy when the labels have one axis less (or a last axis of 1 against
    /// several classes), categorical accuracy otherwise; `crossentropy` and `ce` choose the
    /// crossentropy the same way. The metric keeps the name as written.
    ///
    /// - Throws: Keras's `TypeError` for an unknown name (`'str' object is not callable`, as Keras
    ///   fails when it calls the name), `NotImplementedError` for a Keras metric lit lacks.
    public func resolve(yTrue: Tensor, yPred: Tensor, context: KerasContext) throws -> Metric {
        switch self {
        case .metric(let metric):
            return metric
        case .function(let name, let body):
            return try MeanMetricWrapper(name: name, context: context, function: body)
        case .name(let name):
            let lowered = name.lowercased()
            if ["accuracy", "acc", "crossentropy", "ce"].contains(lowered) {
                return try MeanMetricWrapper(
                    name: name, context: context,
                    function: Self.shapeChosen(
                        accuracy: lowered == "accuracy" || lowered == "acc", yTrue: yTrue,
                        yPred: yPred, context: context))
            }
            if let metric = try Self.metricClass(name, context: context) {
                return metric
            }
            if let function = Self.metricFunction(name, context: context) {
                return try MeanMetricWrapper(name: name, context: context, function: function)
            }
            if let known = Self.unimplementedNames.first(where: { $0 == name }) {
                throw LayerError(
                    .notImplemented, "lit does not implement tf.keras.metrics.\(known) yet")
            }
            throw LayerError(.type, "'str' object is not callable")
        }
    }

    /// The accuracy or crossentropy function Keras picks from the shapes.
    private static func shapeChosen(
        accuracy: Bool, yTrue: Tensor, yPred: Tensor, context: KerasContext
    ) -> (Tensor, Tensor) throws -> Tensor {
        let trueLast = yTrue.shape.last
        let predLast = yPred.shape.last
        let isBinary = predLast == 1
        let isSparse = yTrue.rank < yPred.rank || (trueLast == 1 && (predLast ?? 0) > 1)
        if accuracy {
            if isBinary { return { try MetricFunctions.binaryAccuracy($0, $1) } }
            if isSparse { return MetricFunctions.sparseCategoricalAccuracy }
            return MetricFunctions.categoricalAccuracy
        }
        if isBinary { return { try LossFunctions.binaryCrossentropy($0, $1, context: context) } }
        if isSparse {
            return { try LossFunctions.sparseCategoricalCrossentropy($0, $1, context: context) }
        }
        return { try LossFunctions.categoricalCrossentropy($0, $1, context: context) }
    }

    /// The metric class Keras finds under `name`, with its defaults.
    private static func metricClass(_ name: String, context: KerasContext) throws -> Metric? {
        switch name {
        case "Mean": return try Mean(context: context)
        case "Accuracy": return try Accuracy(context: context)
        case "BinaryAccuracy": return try BinaryAccuracy(context: context)
        case "CategoricalAccuracy": return try CategoricalAccuracy(context: context)
        case "SparseCategoricalAccuracy": return try SparseCategoricalAccuracy(context: context)
        case "MeanSquaredError": return try MeanSquaredErrorMetric(context: context)
        case "MeanAbsoluteError": return try MeanAbsoluteErrorMetric(context: context)
        default: return nil
        }
    }

    /// The metric function Keras finds under `name` (its name or an alias).
    private static func metricFunction(_ name: String, context: KerasContext) -> (
        (Tensor, Tensor) throws -> Tensor
    )? {
        switch name {
        case "binary_accuracy": return { try MetricFunctions.binaryAccuracy($0, $1) }
        case "categorical_accuracy": return MetricFunctions.categoricalAccuracy
        case "sparse_categorical_accuracy": return MetricFunctions.sparseCategoricalAccuracy
        default: return LossFunctions.named(name, context: context)?.body
        }
    }

    /// Keras 2.15's other metric names, which lit does not implement.
    private static let unimplementedNames = [
        "AUC", "Precision", "Recall", "TopKCategoricalAccuracy", "SparseTopKCategoricalAccuracy",
        "top_k_categorical_accuracy", "sparse_top_k_categorical_accuracy", "RootMeanSquaredError",
        "MeanAbsolutePercentageError", "mape", "MAPE", "MeanSquaredLogarithmicError", "msle",
        "MSLE", "Hinge", "hinge", "KLDivergence", "kld", "KLD", "Poisson", "poisson",
        "CosineSimilarity", "cosine_similarity", "LogCoshError", "logcosh", "log_cosh", "Sum",
        "BinaryCrossentropy", "CategoricalCrossentropy", "SparseCategoricalCrossentropy",
        "FalsePositives", "FalseNegatives", "TruePositives", "TrueNegatives", "MeanIoU",
        "F1Score", "FBetaScore", "R2Score",
    ]
}
