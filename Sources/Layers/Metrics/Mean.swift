import Tensors

/// The weighted mean of every value given so far (`tf.keras.metrics.Mean`): state `total` (the
/// weighted sum) and `count` (the sum of the weights), result `total / count` (0 when no weight
/// was given).
public class Mean: Metric {
    /// The weighted sum of the values.
    public private(set) var total: Variable
    /// The sum of the weights.
    public private(set) var count: Variable

    /// Creates the metric, named `mean` by default.
    public init(
        name: String = "mean", className: String = "Mean",
        moduleName: String = "keras.src.metrics.base_metric", context: KerasContext
    ) throws {
        total = Variable(value: Tensor(scalar: Float(0)), fullName: "total:0", trainable: false)
        count = total
        super.init(name: name, className: className, moduleName: moduleName, context: context)
        total = try addStateVariable("total")
        count = try addStateVariable("count")
    }

    /// Adds `values` weighted by `sampleWeight` (Keras's `Reduce.update_state` for a weighted
    /// mean): the weights take the values' shape as Keras aligns them (a trailing axis of 1
    /// added or dropped, then broadcast, or the values averaged over the axes the weights lack).
    public func updateState(_ values: Tensor, sampleWeight: Tensor? = nil) throws {
        var values = values.cast(to: dtype)
        var weightSum: Tensor
        if var weights = sampleWeight?.cast(to: dtype) {
            if weights.rank > 0 {
                if weights.rank - values.rank == 1 {
                    weights = try weights.squeezed([-1])
                } else if values.rank - weights.rank == 1 {
                    weights = try weights.expandingDims(-1)
                }
            }
            if let broadcast = try? weights * values.onesLike() {
                weights = broadcast
            } else {
                let extra = Array(weights.rank..<values.rank)
                values = try values.reduced(.mean, axes: extra)
            }
            values = try values * weights
            weightSum = try weights.reduced(.sum)
        } else {
            weightSum = Tensor(scalar: Double(values.count)).cast(to: dtype)
        }
        try total.assignAdd(values.reduced(.sum).stopGradient())
        try count.assignAdd(weightSum.stopGradient())
    }

    /// A mean of the predictions' values is not defined by labels; `Mean` takes `yPred`.
    public override func updateState(yTrue: Tensor, yPred: Tensor, sampleWeight: Tensor? = nil)
        throws
    {
        try updateState(yPred, sampleWeight: sampleWeight)
    }

    /// `total / count`, or 0 before any weight.
    public override func result() throws -> Tensor {
        try Loss.divideNoNaN(total.value, count.value)
    }

    /// Updates with `values` and returns the mean (calling the metric object).
    public func callAsFunction(_ values: Tensor, sampleWeight: Tensor? = nil) throws -> Tensor {
        try updateState(values, sampleWeight: sampleWeight)
        return try result()
    }
}

/// A mean of a function of each batch's labels and predictions (Keras's `MeanMetricWrapper`):
/// what `compile(metrics=['mse'])` makes of a metric function, and the base of the accuracy
/// and error metrics.
///
/// Labels and predictions are cast to float32 and their ranks lined up as the losses do before
/// the function is called.
public class MeanMetricWrapper: Mean {
    /// The function's keyword arguments, for `config`.
    public let functionArguments: [(key: String, value: ConfigValue)]
    private let function: (Tensor, Tensor) throws -> Tensor

    /// Wraps `function`, named `name`.
    public init(
        name: String, className: String = "MeanMetricWrapper",
        moduleName: String = "keras.src.metrics.base_metric",
        arguments: [(key: String, value: ConfigValue)] = [], context: KerasContext,
        function: @escaping (Tensor, Tensor) throws -> Tensor
    ) throws {
        self.functionArguments = arguments
        self.function = function
        try super.init(name: name, className: className, moduleName: moduleName, context: context)
    }

    /// Adds the mean of `function(yTrue, yPred)`, weighted by `sampleWeight`.
    public override func updateState(yTrue: Tensor, yPred: Tensor, sampleWeight: Tensor? = nil)
        throws
    {
        let (pred, truth) = try LossShapes.squeezeOrExpand(
            yPred.cast(to: dtype), yTrue.cast(to: dtype))
        let matches = try function(truth, pred)
        try updateState(matches, sampleWeight: sampleWeight)
    }

    /// `name`, `dtype`, then the function's arguments.
    public override var config: [(key: String, value: ConfigValue)] {
        super.config + functionArguments
    }
}
