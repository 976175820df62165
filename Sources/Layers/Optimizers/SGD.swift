import Tensors

/// Gradient descent with momentum (`tf.keras.optimizers.SGD`), Keras 2.15's update rule.
///
/// The step is:
///
/// ```text
/// m = -lr·g + momentum·m
/// w = w + m                      (plain)
/// w = w + (-lr·g + momentum·m)   (nesterov)
/// ```
///
/// Keras makes the slot `m` (`SGD/m/<variable>:0`) for every variable even without momentum,
/// so with `momentum` 0 it holds the last step.
///
/// ```swift
/// let sgd = try SGD(learningRate: 0.1, context: context)
/// try sgd.applyGradients([(gradient, w)])
/// ```
public final class SGD: Optimizer {
    /// The momentum, in [0, 1].
    public let momentum: Double
    /// Whether the step uses Nesterov momentum.
    public let nesterov: Bool
    private var momentums: [Variable] = []

    /// Creates the optimizer (Keras's defaults: learning rate 0.01, no momentum).
    ///
    /// - Throws: Keras's `ValueError` for a momentum outside [0, 1] (`` `momentum` must be
    ///   between [0, 1].``), and the base's errors.
    public init(
        learningRate: Double = 0.01, momentum: Double = 0, nesterov: Bool = false,
        weightDecay: Double? = nil, clipnorm: Double? = nil, clipvalue: Double? = nil,
        globalClipnorm: Double? = nil, useEMA: Bool = false, emaMomentum: Double = 0.99,
        emaOverwriteFrequency: Int? = nil, name: String = "SGD", context: KerasContext
    ) throws {
        self.momentum = momentum
        self.nesterov = nesterov
        try super.init(
            name: name, className: "SGD", moduleName: "keras.src.optimizers.sgd",
            learningRate: learningRate, weightDecay: weightDecay, clipnorm: clipnorm,
            clipvalue: clipvalue, globalClipnorm: globalClipnorm, useEMA: useEMA,
            emaMomentum: emaMomentum, emaOverwriteFrequency: emaOverwriteFrequency,
            context: context)
        guard momentum >= 0 && momentum <= 1 else {
            throw LayerError(.value, "`momentum` must be between [0, 1].")
        }
    }

    /// One `m` slot per variable.
    public override func makeSlots(for variables: [Variable]) throws {
        momentums = try variables.map { try addSlot("m", for: $0) }
    }

    /// Keras's dense SGD step.
    public override func updateStep(gradient: Tensor, variable: Variable, index: Int) throws {
        let lr = learningRate(for: variable)
        let m = momentums[index]
        let momentum = Self.constant(self.momentum, variable.dtype)
        let step = try gradient.negated() * lr
        try m.assign(step + m.value * momentum)
        if nesterov {
            try variable.assignAdd(step + m.value * momentum)
        } else {
            try variable.assignAdd(m.value)
        }
    }

    /// `learning_rate`, `momentum`, `nesterov`.
    public override var hyperparameterConfig: [(key: String, value: ConfigValue)] {
        [learningRateConfig, ("momentum", .float(momentum)), ("nesterov", .bool(nesterov))]
    }
}
