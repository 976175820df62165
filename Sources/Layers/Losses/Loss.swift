import Tensors

/// The base of Keras's loss objects (`tf.keras.losses.Loss`): `call` gives one loss per sample,
/// and calling the object weights them by `sampleWeight` and reduces them as `reduction` says.
///
/// ```swift
/// let mse = MeanSquaredError(context: context)
/// try mse(Tensor([[0.0, 1.0]]), Tensor([[1.0, 1.0]]))     // 0.5
/// let perSample = MeanSquaredError(reduction: .none, context: context)
/// ```
///
/// Subclass it and override `call(_:_:)` (the bindings do for a script's `Loss` subclass), or
/// wrap a function in a `LossFunctionWrapper`.
open class Loss {
    /// The loss's name (`mean_squared_error`).
    public let name: String
    /// The Python class name (`MeanSquaredError`).
    public let className: String
    /// How the weighted per-sample losses are reduced.
    public let reduction: LossReduction
    /// The session, whose record of Keras activations lets the crossentropies use logits.
    public let context: KerasContext

    /// Creates a loss.
    ///
    /// - Parameters:
    ///   - name: the name; by default the class name.
    ///   - className: the Python class name; by default the Swift class's own name.
    public init(
        reduction: LossReduction = .auto, name: String? = nil, className: String? = nil,
        context: KerasContext
    ) {
        let resolvedClass = className ?? String(describing: type(of: self))
        self.className = resolvedClass
        self.name = name ?? resolvedClass
        self.reduction = reduction
        self.context = context
    }

    /// The loss of each sample (Keras's `call(y_true, y_pred)`), before weighting and
    /// reduction.
    ///
    /// - Throws: `NotImplementedError` unless a subclass overrides it.
    open func call(_ yTrue: Tensor, _ yPred: Tensor) throws -> Tensor {
        throw LayerError(.notImplemented, "Must be implemented in subclasses.")
    }

    /// The weighted, reduced loss (`loss(y_true, y_pred, sample_weight=None)`).
    ///
    /// `sampleWeight` scales each sample's loss: a scalar scales them all; a vector of the batch
    /// size scales each sample (a trailing axis of size 1 is added or removed to fit, as Keras
    /// does). `sum_over_batch_size` divides the weighted sum by the number of losses.
    ///
    /// - Throws: the errors of `call` and of the weighting (incompatible shapes).
    public func callAsFunction(_ yTrue: Tensor, _ yPred: Tensor, sampleWeight: Tensor? = nil)
        throws -> Tensor
    {
        let losses = try call(yTrue, yPred)
        return try Self.weightedLoss(losses, sampleWeight: sampleWeight, reduction: reduction)
    }

    /// Keras's `get_config()`: `reduction` and `name`.
    open var config: [(key: String, value: ConfigValue)] {
        [("reduction", .string(reduction.rawValue)), ("name", .string(name))]
    }

    /// Keras's `compute_weighted_loss`: `losses · sampleWeight`, reduced.
    public static func weightedLoss(
        _ losses: Tensor, sampleWeight: Tensor?, reduction: LossReduction
    ) throws -> Tensor {
        var values = losses
        if !values.dtype.isFloatingPoint { values = values.cast(to: .float32) }
        // Without weights Keras multiplies by 1.0, which changes no value: skipped.
        var weighted = values
        if var weights = sampleWeight.map({ $0.cast(to: values.dtype) }) {
            if weights.rank > 0 {
                if weights.rank - values.rank == 1 {
                    weights = try weights.squeezed([-1])
                } else if values.rank - weights.rank == 1 {
                    weights = try weights.expandingDims(-1)
                }
            }
            weighted = try values * weights
        }
        let reduced = try reduce(weighted, reduction.resolved)
        return losses.dtype.isFloatingPoint ? reduced : reduced.cast(to: losses.dtype)
    }

    /// `sum` or `sum_over_batch_size` of `weighted` (`none` leaves it).
    static func reduce(_ weighted: Tensor, _ reduction: LossReduction) throws -> Tensor {
        switch reduction {
        case .none: return weighted
        case .sum: return try weighted.reduced(.sum)
        case .auto, .sumOverBatchSize:
            let total = try weighted.reduced(.sum)
            // `divide_no_nan` by the number of losses: a plain division unless there are none.
            guard weighted.count > 0 else { return try total * total.zerosLike() }
            return try total / Tensor(scalar: Double(weighted.count)).cast(to: weighted.dtype)
        }
    }

    /// `a / b`, or 0 where `b` is 0 (`tf.math.divide_no_nan`).
    static func divideNoNaN(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        // Scalars no tape watches (a metric's total and count): computed directly.
        if a.rank == 0, b.rank == 0, !a.hasTapeIdentity, !b.hasTapeIdentity,
            let x = a.scalar(as: Float.self), let y = b.scalar(as: Float.self)
        {
            return Tensor(scalar: y == 0 ? 0 : x / y)
        }
        let zero = try b.zerosLike()
        let isZero = try Tensor.binary(.equal, b, zero)
        let safe = try Tensor.select(isZero, b.onesLike(), b)
        return try Tensor.select(isZero, (a * zero), a / safe)
    }
}

/// A loss made from a function of `(y_true, y_pred)` (Keras's `LossFunctionWrapper`): the base
/// of the built-in loss classes, and what `compile(loss=some_function)` makes.
///
/// Before calling the function it lines up the ranks as Keras does: a trailing axis of size 1
/// is dropped from whichever of `y_true` and `y_pred` has one more axis.
open class LossFunctionWrapper: Loss {
    /// The function's name (`mean_squared_error`), the `fn` entry of `config`.
    public let functionName: String
    /// The keyword arguments the function is called with, for `config`.
    public let functionArguments: [(key: String, value: ConfigValue)]
    private let function: (Tensor, Tensor) throws -> Tensor

    /// Wraps `function`.
    public init(
        functionName: String, arguments: [(key: String, value: ConfigValue)] = [],
        reduction: LossReduction = .auto, name: String? = nil, className: String? = nil,
        context: KerasContext, function: @escaping (Tensor, Tensor) throws -> Tensor
    ) {
        self.functionName = functionName
        self.functionArguments = arguments
        self.function = function
        super.init(
            reduction: reduction, name: name ?? functionName,
            className: className ?? "LossFunctionWrapper", context: context)
    }

    /// The function's per-sample losses, after Keras's rank alignment.
    open override func call(_ yTrue: Tensor, _ yPred: Tensor) throws -> Tensor {
        let (pred, truth) = try LossShapes.squeezeOrExpand(yPred, yTrue)
        return try function(truth, pred)
    }

    /// `reduction`, `name`, the function's arguments, then `fn`.
    open override var config: [(key: String, value: ConfigValue)] {
        super.config + functionArguments + [("fn", .string(functionName))]
    }
}

/// Keras's rank alignment of labels and predictions (`squeeze_or_expand_dimensions`).
enum LossShapes {
    /// `yPred` and `yTrue` with a trailing axis of size 1 dropped from the one that has one
    /// axis more (when their ranks differ by other than one, or the prediction's last axis is
    /// 1).
    static func squeezeOrExpand(_ yPred: Tensor, _ yTrue: Tensor) throws -> (Tensor, Tensor) {
        let predRank = yPred.rank
        let trueRank = yTrue.rank
        guard predRank - trueRank != 1 || yPred.shape.last == 1 else { return (yPred, yTrue) }
        let difference = predRank - trueRank
        if difference == 1, yPred.shape.last == 1 {
            return (try yPred.squeezed([-1]), yTrue)
        }
        if difference == -1, yTrue.shape.last == 1 {
            return (yPred, try yTrue.squeezed([-1]))
        }
        return (yPred, yTrue)
    }
}
