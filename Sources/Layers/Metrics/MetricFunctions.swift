import Tensors

/// Keras's metric functions (`tf.keras.metrics.binary_accuracy`, …): one value per sample,
/// which `MeanMetricWrapper` averages.
public enum MetricFunctions {
    /// 1 where `yTrue` equals `yPred`, else 0 (`accuracy`).
    ///
    /// - Throws: Keras's `ValueError` for shapes that can't be compared (`Shapes (2,) and (3,)
    ///   are incompatible`).
    public static func accuracy(_ yTrue: Tensor, _ yPred: Tensor) throws -> Tensor {
        guard yTrue.shape == yPred.shape else {
            throw LayerError(
                .value,
                "Shapes \(TensorShape(yTrue.shape)) and \(TensorShape(yPred.shape)) are "
                    + "incompatible")
        }
        let pred = yPred.dtype == yTrue.dtype ? yPred : yPred.cast(to: yTrue.dtype)
        return try Tensor.binary(.equal, yTrue, pred).cast(to: .float32)
    }

    /// The fraction of the last axis where `yPred > threshold` agrees with `yTrue`
    /// (`binary_accuracy`).
    public static func binaryAccuracy(_ yTrue: Tensor, _ yPred: Tensor, threshold: Double = 0.5)
        throws -> Tensor
    {
        let cut = Tensor(scalar: threshold).cast(to: yPred.dtype)
        let predicted = try Tensor.binary(.greater, yPred, cut).cast(to: yPred.dtype)
        let truth = yTrue.dtype == predicted.dtype ? yTrue : yTrue.cast(to: predicted.dtype)
        let matches = try Tensor.binary(.equal, truth, predicted).cast(to: .float32)
        return try matches.reduced(.mean, axes: [-1])
    }

    /// 1 where the largest prediction is at the label's largest entry (`categorical_accuracy`).
    public static func categoricalAccuracy(_ yTrue: Tensor, _ yPred: Tensor) throws -> Tensor {
        try sparseCategoricalMatches(yTrue.argmax(axis: -1), yPred)
    }

    /// 1 where the largest prediction is at the integer label (`sparse_categorical_accuracy`).
    public static func sparseCategoricalAccuracy(_ yTrue: Tensor, _ yPred: Tensor) throws
        -> Tensor
    {
        let matches = try sparseCategoricalMatches(yTrue, yPred)
        if matches.rank > 1, matches.shape.last == 1 {
            return try matches.squeezed([-1])
        }
        return matches
    }

    /// Keras's `sparse_categorical_matches`: labels of the predictions' rank lose their last
    /// axis; the argmax of the predictions is compared in the labels' dtype; the matches take
    /// the labels' original shape.
    static func sparseCategoricalMatches(_ yTrue: Tensor, _ yPred: Tensor) throws -> Tensor {
        var truth = yTrue
        let originalShape = yTrue.shape
        let reshape = yTrue.rank == yPred.rank
        if reshape {
            truth = try truth.squeezed([-1])
        }
        var predicted = try yPred.argmax(axis: -1)
        if predicted.dtype != truth.dtype {
            predicted = predicted.cast(to: truth.dtype)
        }
        var matches = try Tensor.binary(.equal, truth, predicted).cast(to: .float32)
        if reshape {
            matches = try matches.reshaped(originalShape)
        }
        return matches
    }
}
