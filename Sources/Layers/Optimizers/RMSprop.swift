import Tensors

/// RMSprop (`tf.keras.optimizers.RMSprop`) with Keras 2.15's update rule.
///
/// Epsilon goes inside the root:
///
/// ```text
/// s = ρ·s + (1 − ρ)·g²
/// a = ρ·a + (1 − ρ)·g;  d = s − a² + ε     (centered)
/// d = s + ε                                (otherwise)
/// Δ = lr·g·rsqrt(d)
/// m = momentum·m + Δ;  w = w − m          (momentum > 0)
/// w = w − Δ                                (otherwise)
/// ```
///
/// Slots: `velocity` for each variable, then `momentum` for each (momentum > 0), then
/// `average_gradient` for each (centered).
///
/// TensorFlow computes `rsqrt` of a vector with the processor's approximate instruction and
/// one Newton step, so its last bit can differ from `1/√d`, which lit computes exactly.
public final class RMSprop: Optimizer {
    /// The decay of the squared-gradient average.
    public let rho: Double
    /// The momentum.
    public let momentum: Double
    /// The constant added under the root.
    public let epsilon: Double
    /// Whether gradients are centered by their running mean.
    public let centered: Bool
    private var velocities: [Variable] = []
    private var momentums: [Variable] = []
    private var averageGradients: [Variable] = []

    /// Creates the optimizer (Keras's defaults: 0.001, ρ 0.9, no momentum, 1e-7, and
    /// `ema_overwrite_frequency` 100).
    public init(
        learningRate: Double = 0.001, rho: Double = 0.9, momentum: Double = 0,
        epsilon: Double = 1e-7, centered: Bool = false, weightDecay: Double? = nil,
        clipnorm: Double? = nil, clipvalue: Double? = nil, globalClipnorm: Double? = nil,
        useEMA: Bool = false, emaMomentum: Double = 0.99, emaOverwriteFrequency: Int? = 100,
        name: String = "RMSprop", context: KerasContext
    ) throws {
        self.rho = rho
        self.momentum = momentum
        self.epsilon = epsilon
        self.centered = centered
        try super.init(
            name: name, className: "RMSprop", moduleName: "keras.src.optimizers.rmsprop",
            learningRate: learningRate, weightDecay: weightDecay, clipnorm: clipnorm,
            clipvalue: clipvalue, globalClipnorm: globalClipnorm, useEMA: useEMA,
            emaMomentum: emaMomentum, emaOverwriteFrequency: emaOverwriteFrequency,
            context: context)
    }

    /// `velocity` per variable, then `momentum` and `average_gradient` when used.
    public override func makeSlots(for variables: [Variable]) throws {
        velocities = try variables.map { try addSlot("velocity", for: $0) }
        momentums = momentum > 0 ? try variables.map { try addSlot("momentum", for: $0) } : []
        averageGradients =
            centered ? try variables.map { try addSlot("average_gradient", for: $0) } : []
    }

    /// Keras's dense RMSprop step.
    public override func updateStep(gradient: Tensor, variable: Variable, index: Int) throws {
        let dtype = variable.dtype
        let lr = learningRate(for: variable)
        let velocity = velocities[index]
        let rho = Self.constant(self.rho, dtype)
        let rest = Self.constant(1 - self.rho, dtype)
        let epsilon = Self.constant(self.epsilon, dtype)
        try velocity.assign(rho * velocity.value + rest * gradient.square())
        let denominator: Tensor
        if centered {
            let average = averageGradients[index]
            try average.assign(rho * average.value + rest * gradient)
            denominator = try velocity.value - average.value.square() + epsilon
        } else {
            denominator = try velocity.value + epsilon
        }
        let increment = try lr * gradient * denominator.unary(.rsqrt)
        if momentum > 0 {
            let m = momentums[index]
            try m.assign(Self.constant(momentum, dtype) * m.value + increment)
            try variable.assignAdd(m.value.negated())
        } else {
            try variable.assignAdd(increment.negated())
        }
    }

    /// `learning_rate`, `rho`, `momentum`, `epsilon`, `centered`.
    public override var hyperparameterConfig: [(key: String, value: ConfigValue)] {
        [
            learningRateConfig, ("rho", .float(rho)), ("momentum", .float(momentum)),
            ("epsilon", .float(epsilon)), ("centered", .bool(centered)),
        ]
    }
}
