import Tensors

/// Keras's loss functions (`tf.keras.losses.mean_squared_error`, …): one loss per sample, the
/// last axis reduced, computed as Keras composes them so the printed digits agree.
///
/// The crossentropies on probabilities clip them to `[1e-7, 1 − 1e-7]` as Keras does, unless
/// the probabilities are the output of Keras's own `sigmoid` or `softmax` activation in this
/// session: then, as Keras does with the `_keras_logits` it keeps on such outputs, they compute
/// from the logits (no clipping, and gradients that don't vanish when the output saturates).
///
/// ```swift
/// try LossFunctions.meanSquaredError(Tensor([[0.0, 1.0]]), Tensor([[1.0, 1.0]]))   // [0.5]
/// ```
public enum LossFunctions {
    /// Keras's `epsilon()`, which clips probabilities.
    public static let epsilon = 1e-7

    /// The mean of `(y_pred − y_true)²` over the last axis (`mse`).
    public static func meanSquaredError(_ yTrue: Tensor, _ yPred: Tensor) throws -> Tensor {
        let truth = yTrue.cast(to: yPred.dtype)
        return try yPred.squaredDifference(truth).reduced(.mean, axes: [-1])
    }

    /// The mean of `|y_pred − y_true|` over the last axis (`mae`).
    public static func meanAbsoluteError(_ yTrue: Tensor, _ yPred: Tensor) throws -> Tensor {
        let truth = yTrue.cast(to: yPred.dtype)
        return try (yPred - truth).abs().reduced(.mean, axes: [-1])
    }

    /// The Huber loss over the last axis: `½e²` where `|e| ≤ delta`, `delta·|e| − ½delta²`
    /// elsewhere, averaged (`huber`), in float32 as Keras computes it.
    public static func huber(_ yTrue: Tensor, _ yPred: Tensor, delta: Double = 1) throws
        -> Tensor
    {
        let pred = yPred.cast(to: .float32)
        let truth = yTrue.cast(to: .float32)
        let d = Tensor(scalar: Float(delta))
        let error = try pred - truth
        let absError = try error.abs()
        let half = Tensor(scalar: Float(0.5))
        let small = try half * error.square()
        let large = try d * absError - half * d.square()
        let inside = try Tensor.binary(.lessEqual, absError, d)
        return try Tensor.select(inside, small, large).reduced(.mean, axes: [-1])
    }

    /// The binary crossentropy averaged over `axis` (`binary_crossentropy`).
    ///
    /// - Parameters:
    ///   - fromLogits: whether `yPred` holds logits rather than probabilities.
    ///   - labelSmoothing: labels move towards ½ by this much: `y·(1 − s) + ½s`.
    ///   - context: the session whose Keras `sigmoid` outputs are recognised.
    public static func binaryCrossentropy(
        _ yTrue: Tensor, _ yPred: Tensor, fromLogits: Bool = false, labelSmoothing: Double = 0,
        axis: Int = -1, context: KerasContext? = nil
    ) throws -> Tensor {
        let dtype = yPred.dtype
        var truth = yTrue.cast(to: dtype)
        if labelSmoothing != 0 {
            let s = Tensor(scalar: labelSmoothing).cast(to: dtype)
            let half = Tensor(scalar: 0.5).cast(to: dtype)
            truth = try truth * (Tensor(scalar: 1.0).cast(to: dtype) - s) + half * s
        }
        let elementwise: Tensor
        if let logits = logits(of: yPred, fromLogits: fromLogits, kind: .sigmoid, context) {
            elementwise = try Tensor.sigmoidCrossEntropyWithLogits(labels: truth, logits: logits)
        } else {
            elementwise = try binaryCrossentropyOfProbabilities(truth, yPred)
        }
        return try elementwise.reduced(.mean, axes: [axis])
    }

    /// The categorical crossentropy along `axis` (`categorical_crossentropy`); `yTrue` holds
    /// one distribution (usually one-hot) per sample.
    ///
    /// - Parameters:
    ///   - labelSmoothing: labels move towards uniform: `y·(1 − s) + s/classes`.
    ///   - context: the session whose Keras `softmax` outputs are recognised.
    public static func categoricalCrossentropy(
        _ yTrue: Tensor, _ yPred: Tensor, fromLogits: Bool = false, labelSmoothing: Double = 0,
        axis: Int = -1, context: KerasContext? = nil
    ) throws -> Tensor {
        let dtype = yPred.dtype
        var truth = yTrue.cast(to: dtype)
        if labelSmoothing != 0 {
            let s = Tensor(scalar: labelSmoothing).cast(to: dtype)
            let classAxis = axis < 0 ? axis + truth.rank : axis
            let classes = Tensor(scalar: Double(truth.shape[classAxis])).cast(to: dtype)
            truth = try truth * (Tensor(scalar: 1.0).cast(to: dtype) - s) + s / classes
        }
        guard truth.shape == yPred.shape else {
            throw LayerError(
                .value,
                "Shapes \(TensorShape(truth.shape)) and \(TensorShape(yPred.shape)) are "
                    + "incompatible")
        }
        if let logits = logits(of: yPred, fromLogits: fromLogits, kind: .softmax, context) {
            return try Tensor.softmaxCrossEntropyWithLogits(
                labels: truth, logits: logits, axis: axis)
        }
        let output = try yPred / yPred.reduced(.sum, axes: [axis], keepDims: true)
        let clipped = try clipProbabilities(output)
        return try (truth * clipped.log()).reduced(.sum, axes: [axis]).negated()
    }

    /// The categorical crossentropy against integer class indices
    /// (`sparse_categorical_crossentropy`): `yTrue` has `yPred`'s shape without the class
    /// axis (or with it of size 1).
    public static func sparseCategoricalCrossentropy(
        _ yTrue: Tensor, _ yPred: Tensor, fromLogits: Bool = false, axis: Int = -1,
        context: KerasContext? = nil
    ) throws -> Tensor {
        var output = yPred
        var fromLogits = fromLogits
        if let logits = logits(of: yPred, fromLogits: fromLogits, kind: .softmax, context) {
            output = logits
            fromLogits = true
        }
        if !fromLogits {
            output = try clipProbabilities(output).log()
        }
        let rank = output.rank
        let classAxis = ((axis % Swift.max(rank, 1)) + Swift.max(rank, 1)) % Swift.max(rank, 1)
        if classAxis != rank - 1 {
            let perm = (0..<rank).filter { $0 != classAxis } + [classAxis]
            output = try output.transposed(perm)
        }
        var target = yTrue.cast(to: .int64)
        let outputShape = output.shape
        let reshape = target.rank != rank - 1
        if reshape {
            target = try target.reshaped([-1])
            output = try output.reshaped([-1, outputShape.last ?? 1])
        }
        var result = try Tensor.sparseSoftmaxCrossEntropyWithLogits(labels: target, logits: output)
        if reshape && rank >= 3 {
            result = try result.reshaped(Array(outputShape.dropLast()))
        }
        return result
    }

    /// Keras's binary crossentropy of probabilities: clipped, with `epsilon` added inside the
    /// logarithms too.
    static func binaryCrossentropyOfProbabilities(_ target: Tensor, _ output: Tensor) throws
        -> Tensor
    {
        let dtype = output.dtype
        let clipped = try clipProbabilities(output)
        let eps = Tensor(scalar: epsilon).cast(to: dtype)
        let one = Tensor(scalar: 1.0).cast(to: dtype)
        var bce = try target * (clipped + eps).log()
        bce = try bce + (one - target) * (one - clipped + eps).log()
        return try bce.negated()
    }

    /// `output` clipped to `[ε, 1 − ε]`, both bounds in its dtype.
    static func clipProbabilities(_ output: Tensor) throws -> Tensor {
        let eps = Tensor(scalar: epsilon).cast(to: output.dtype)
        let high = try Tensor(scalar: 1.0).cast(to: output.dtype) - eps
        return try output.clipped(low: eps, high: high)
    }

    /// The logits to compute from: `yPred` itself when `fromLogits`, the logits behind it when
    /// it is a Keras activation's output in `context`, otherwise `nil`.
    static func logits(
        of yPred: Tensor, fromLogits: Bool, kind: ActivationKind, _ context: KerasContext?
    ) -> Tensor? {
        if let remembered = context?.activationLogits.logits(of: yPred, kind: kind) {
            return remembered
        }
        return fromLogits ? yPred : nil
    }
}
