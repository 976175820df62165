import Tensors

/// Normalizes each feature over the batch (`tf.keras.layers.BatchNormalization`).
///
/// In training it uses the batch's mean and variance, which also move the running averages;
/// otherwise those running averages. Then it scales by `gamma` and shifts by `beta`.
///
/// Weights, in Keras's order and names: `gamma` and `beta` (trainable), `moving_mean` and
/// `moving_variance` (not trained, updated by training calls: `moving ← moving − (moving −
/// batch)·(1 − momentum)`).
///
/// A call is in training mode only when asked (`training: true`, or inside `fit`), and never
/// when the layer isn't trainable, as in Keras. For images (rank 4, channels last) Keras uses
/// TensorFlow's fused kernel, whose arithmetic differs slightly (a mean taken as a sum times
/// `1/n`, the running variance fed the batch variance with Bessel's correction); this layer
/// follows it there.
///
/// ```swift
/// let bn = try BatchNormalization(context: context)
/// let y = try bn(x, training: true)     // standardized per feature; moving stats updated
/// ```
open class BatchNormalization: Layer {
    /// The feature axis (-1: the last).
    public let axis: Int
    /// How much of the running averages each training batch keeps.
    public let momentum: Double
    /// The constant added to the variance.
    public let epsilon: Double
    /// Whether `beta` is added.
    public let center: Bool
    /// Whether `gamma` multiplies.
    public let scale: Bool
    /// How `beta` starts (zeros).
    public let betaInitializer: Initializer
    /// How `gamma` starts (ones).
    public let gammaInitializer: Initializer
    /// How the running mean starts (zeros).
    public let movingMeanInitializer: Initializer
    /// How the running variance starts (ones).
    public let movingVarianceInitializer: Initializer
    /// The penalty on `beta`, if any.
    public let betaRegularizer: Regularizer?
    /// The penalty on `gamma`, if any.
    public let gammaRegularizer: Regularizer?
    /// The scale, once built (with `scale`).
    public private(set) var gamma: Variable?
    /// The offset, once built (with `center`).
    public private(set) var beta: Variable?
    /// The running mean, once built.
    public private(set) var movingMean: Variable?
    /// The running variance, once built.
    public private(set) var movingVariance: Variable?
    /// Whether calls follow TensorFlow's fused kernel (rank-4 inputs normalized over the last
    /// or second axis), decided when built.
    public private(set) var fused = false
    /// The axis, made non-negative when built.
    private var resolvedAxis = 0

    /// Creates the layer (Keras's defaults: momentum 0.99, epsilon 0.001).
    public init(
        axis: Int = -1, momentum: Double = 0.99, epsilon: Double = 1e-3, center: Bool = true,
        scale: Bool = true, betaInitializer: Initializer? = nil,
        gammaInitializer: Initializer? = nil, movingMeanInitializer: Initializer? = nil,
        movingVarianceInitializer: Initializer? = nil, betaRegularizer: Regularizer? = nil,
        gammaRegularizer: Regularizer? = nil, inputShape: [Int?]? = nil, name: String? = nil,
        className: String? = nil, context: KerasContext
    ) {
        self.axis = axis
        self.momentum = momentum
        self.epsilon = epsilon
        self.center = center
        self.scale = scale
        self.betaInitializer = betaInitializer ?? Zeros()
        self.gammaInitializer = gammaInitializer ?? Ones()
        self.movingMeanInitializer = movingMeanInitializer ?? Zeros()
        self.movingVarianceInitializer = movingVarianceInitializer ?? Ones()
        self.betaRegularizer = betaRegularizer
        self.gammaRegularizer = gammaRegularizer
        super.init(name: name, className: className, inputShape: inputShape, context: context)
    }

    /// Creates the four weights for the size of the feature axis.
    ///
    /// - Throws: Keras's `ValueError`s for an axis out of range or of unknown size.
    open override func build(inputShape: TensorShape) throws {
        guard let dims = inputShape.dimensions else {
            throw LayerError(
                .value, "Input has undefined rank. Received: input_shape=\(inputShape).")
        }
        let rank = dims.count
        let resolved = axis < 0 ? axis + rank : axis
        guard resolved >= 0 && resolved < rank else {
            throw LayerError(
                .value,
                "Invalid axis. Expected 0 <= axis < inputs.rank (with inputs.rank=\(rank)). "
                    + "Received: layer.axis=[\(axis)]")
        }
        guard let size = dims[resolved] else {
            throw LayerError(
                .value,
                "Axis \(resolved) of input tensor should have a defined dimension but the layer "
                    + "received an input with shape \(inputShape).")
        }
        resolvedAxis = resolved
        fused = rank == 4 && (resolved == 3 || resolved == 1)
        inputSpec = InputSpec(ndim: rank, axes: [resolved: size])
        if scale {
            gamma = try addWeight(
                name: "gamma", shape: [size], initializer: gammaInitializer,
                regularizer: gammaRegularizer)
        }
        if center {
            beta = try addWeight(
                name: "beta", shape: [size], initializer: betaInitializer,
                regularizer: betaRegularizer)
        }
        movingMean = try addWeight(
            name: "moving_mean", shape: [size], initializer: movingMeanInitializer,
            trainable: false)
        movingVariance = try addWeight(
            name: "moving_variance", shape: [size], initializer: movingVarianceInitializer,
            trainable: false)
    }

    /// The normalized input; in training also updates the running averages.
    open override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        guard let movingMean, let movingVariance else {
            throw LayerError(.runtime, "The layer \"\(name)\" was called before being built.")
        }
        let isTraining = training == true && trainable
        let x = input
        let rank = x.rank
        let reduction = (0..<rank).filter { $0 != resolvedAxis }
        // Per-feature vectors broadcast against the input along the feature axis.
        var broadcastShape = Array(repeating: 1, count: rank)
        broadcastShape[resolvedAxis] = x.shape[resolvedAxis]
        func aligned(_ v: Tensor) throws -> Tensor {
            resolvedAxis == rank - 1 ? v : try v.reshaped(broadcastShape)
        }
        let gammaValue = try gamma.map { try aligned($0.read(in: context)) }
        let betaValue = try beta.map { try aligned($0.read(in: context)) }
        let eps = Tensor(scalar: epsilon).cast(to: x.dtype)
        if fused {
            let count = x.count / Swift.max(x.shape[resolvedAxis], 1)
            let mean: Tensor
            let variance: Tensor
            let centered: Tensor
            if isTraining {
                // TensorFlow's fused kernel: sums times 1/n.
                let inverse = Tensor(scalar: Float(1) / Float(count)).cast(to: x.dtype)
                mean = try x.reduced(.sum, axes: reduction) * inverse
                centered = try x - aligned(mean)
                variance = try centered.square().reduced(.sum, axes: reduction) * inverse
                try updateFused(
                    mean: mean.stopGradient(), variance: variance.stopGradient(), count: count)
            } else {
                mean = movingMean.value
                variance = movingVariance.value
                centered = try x - aligned(mean)
            }
            var factor = try aligned((variance + eps).unary(.rsqrt))
            if let gammaValue { factor = try factor * gammaValue }
            var output = try centered * factor
            if let betaValue { output = try output + betaValue }
            return output
        }
        let mean: Tensor
        let variance: Tensor
        if isTraining {
            (mean, variance) = try x.moments(axes: reduction)
            try updateMovingAverage(movingMean, with: mean.stopGradient())
            try updateMovingAverage(movingVariance, with: variance.stopGradient())
        } else {
            mean = movingMean.value
            variance = movingVariance.value
        }
        return try Tensor.batchNormalization(
            x, mean: aligned(mean), variance: aligned(variance), offset: betaValue,
            scale: gammaValue, varianceEpsilon: epsilon)
    }

    /// Keras's `_assign_moving_average`: `moving −= (moving − value)·(1 − momentum)`.
    private func updateMovingAverage(_ variable: Variable, with value: Tensor) throws {
        let decay = Tensor(scalar: 1 - momentum).cast(to: variable.dtype)
        try variable.assignSub((variable.value - value.cast(to: variable.dtype)) * decay)
    }

    /// The running averages as TensorFlow's fused kernel updates them: the batch variance
    /// enters with Bessel's correction (`n / (n − 1)`), which Keras 2.15 leaves in.
    private func updateFused(mean: Tensor, variance: Tensor, count: Int) throws {
        guard let movingMean, let movingVariance else { return }
        let dtype = movingMean.dtype
        let factor = Tensor(scalar: Float(1 - momentum)).cast(to: dtype)
        let keep = try Tensor(scalar: 1.0).cast(to: dtype) - factor
        let adjust = Tensor(scalar: Float(count) / Float(Swift.max(count - 1, 1))).cast(to: dtype)
        let newMean = try keep * movingMean.value + factor * mean
        let newVariance = try keep * movingVariance.value + (factor * adjust) * variance
        try movingMean.assign(newMean)
        try movingVariance.assign(newVariance)
    }

    /// The input shape.
    open override func computeOutputShape(_ inputShape: TensorShape) throws -> TensorShape {
        inputShape
    }

    /// `inputs`, `training` and `mask`, as Keras lists `BatchNormalization.call`'s arguments.
    open override func callArguments(input: Tensor, training: Bool?) -> [(
        name: String, value: String
    )] {
        [
            ("inputs", Self.describeArgument(input)),
            ("training", Self.describeArgument(training)), ("mask", "None"),
        ]
    }
}
