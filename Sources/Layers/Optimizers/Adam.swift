import Tensors

/// Adam (`tf.keras.optimizers.Adam`) with Keras 2.15's update rule.
///
/// The bias correction is folded into the step size and epsilon is added after the square
/// root:
///
/// ```text
/// t = iterations + 1
/// α = lr·√(1 − β₂ᵗ) / (1 − β₁ᵗ)
/// m = m + (g − m)·(1 − β₁)
/// v = v + (g² − v)·(1 − β₂)
/// v̂ = max(v̂, v)                  (amsgrad; then v̂ stands for v)
/// w = w − m·α / (√v + ε)
/// ```
///
/// Slots: `m` and `v` for each variable in turn (`Adam/m/w:0`, `Adam/v/w:0`, …), then `vhat`
/// for each with `amsgrad`.
public final class Adam: Optimizer {
    /// The decay of the first moment.
    public let beta1: Double
    /// The decay of the second moment.
    public let beta2: Double
    /// The constant added to `√v`.
    public let epsilon: Double
    /// Whether the AMSGrad variant is used.
    public let amsgrad: Bool
    private var momentums: [Variable] = []
    private var velocities: [Variable] = []
    private var velocityHats: [Variable] = []

    /// Creates the optimizer (Keras's defaults: 0.001, 0.9, 0.999, 1e-7).
    public init(
        learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999,
        epsilon: Double = 1e-7, amsgrad: Bool = false, weightDecay: Double? = nil,
        clipnorm: Double? = nil, clipvalue: Double? = nil, globalClipnorm: Double? = nil,
        useEMA: Bool = false, emaMomentum: Double = 0.99, emaOverwriteFrequency: Int? = nil,
        name: String = "Adam", context: KerasContext
    ) throws {
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.amsgrad = amsgrad
        try super.init(
            name: name, className: "Adam", moduleName: "keras.src.optimizers.adam",
            learningRate: learningRate, weightDecay: weightDecay, clipnorm: clipnorm,
            clipvalue: clipvalue, globalClipnorm: globalClipnorm, useEMA: useEMA,
            emaMomentum: emaMomentum, emaOverwriteFrequency: emaOverwriteFrequency,
            context: context)
    }

    /// `m` and `v` per variable, then `vhat` per variable with `amsgrad`.
    public override func makeSlots(for variables: [Variable]) throws {
        momentums = []
        velocities = []
        for variable in variables {
            momentums.append(try addSlot("m", for: variable))
            velocities.append(try addSlot("v", for: variable))
        }
        if amsgrad {
            velocityHats = try variables.map { try addSlot("vhat", for: $0) }
        }
    }

    /// Keras's dense Adam step.
    public override func updateStep(gradient: Tensor, variable: Variable, index: Int) throws {
        let dtype = variable.dtype
        let lr = learningRate(for: variable)
        let localStep = try (iterations.value + Tensor(scalar: Int64(1))).cast(to: dtype)
        let beta1Power = try Self.constant(beta1, dtype).raised(to: localStep)
        let beta2Power = try Self.constant(beta2, dtype).raised(to: localStep)
        let one = Self.constant(1, dtype)
        let alpha = try lr * (one - beta2Power).sqrt() / (one - beta1Power)
        let m = momentums[index]
        var v = velocities[index]
        try m.assignAdd((gradient - m.value) * Self.constant(1 - beta1, dtype))
        try v.assignAdd((gradient.square() - v.value) * Self.constant(1 - beta2, dtype))
        if amsgrad {
            let vHat = velocityHats[index]
            try vHat.assign(vHat.value.maximum(v.value))
            v = vHat
        }
        try variable.assignSub(
            (m.value * alpha) / (v.value.sqrt() + Self.constant(epsilon, dtype)))
    }

    /// `learning_rate`, `beta_1`, `beta_2`, `epsilon`, `amsgrad`.
    public override var hyperparameterConfig: [(key: String, value: ConfigValue)] {
        [
            learningRateConfig, ("beta_1", .float(beta1)), ("beta_2", .float(beta2)),
            ("epsilon", .float(epsilon)), ("amsgrad", .bool(amsgrad)),
        ]
    }
}
