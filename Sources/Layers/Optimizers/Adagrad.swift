import Tensors

/// Adagrad (`tf.keras.optimizers.Adagrad`) with Keras 2.15's update rule.
///
/// Epsilon goes inside the root:
///
/// ```text
/// a = a + g²
/// w = w − lr·g / √(a + ε)
/// ```
///
/// Slot: `accumulator` per variable, starting at `initial_accumulator_value`.
public final class Adagrad: Optimizer {
    /// The accumulators' starting value.
    public let initialAccumulatorValue: Double
    /// The constant added under the root.
    public let epsilon: Double
    private var accumulators: [Variable] = []

    /// Creates the optimizer (Keras's defaults: 0.001, 0.1, 1e-7).
    public init(
        learningRate: Double = 0.001, initialAccumulatorValue: Double = 0.1,
        epsilon: Double = 1e-7, weightDecay: Double? = nil, clipnorm: Double? = nil,
        clipvalue: Double? = nil, globalClipnorm: Double? = nil, useEMA: Bool = false,
        emaMomentum: Double = 0.99, emaOverwriteFrequency: Int? = nil,
        name: String = "Adagrad", context: KerasContext
    ) throws {
        self.initialAccumulatorValue = initialAccumulatorValue
        self.epsilon = epsilon
        try super.init(
            name: name, className: "Adagrad", moduleName: "keras.src.optimizers.adagrad",
            learningRate: learningRate, weightDecay: weightDecay, clipnorm: clipnorm,
            clipvalue: clipvalue, globalClipnorm: globalClipnorm, useEMA: useEMA,
            emaMomentum: emaMomentum, emaOverwriteFrequency: emaOverwriteFrequency,
            context: context)
    }

    /// One `accumulator` per variable, filled with `initialAccumulatorValue`.
    public override func makeSlots(for variables: [Variable]) throws {
        accumulators = try variables.map { variable in
            let start = try Tensor.fill(
                variable.shape, value: .float(initialAccumulatorValue), dtype: variable.dtype)
            return try addSlot("accumulator", for: variable, initialValue: start)
        }
    }

    /// Keras's dense Adagrad step.
    public override func updateStep(gradient: Tensor, variable: Variable, index: Int) throws {
        let dtype = variable.dtype
        let lr = learningRate(for: variable)
        let accumulator = accumulators[index]
        try accumulator.assignAdd(gradient * gradient)
        try variable.assignSub(
            lr * gradient / (accumulator.value + Self.constant(epsilon, dtype)).sqrt())
    }

    /// `learning_rate`, `initial_accumulator_value`, `epsilon`.
    public override var hyperparameterConfig: [(key: String, value: ConfigValue)] {
        [
            learningRateConfig, ("initial_accumulator_value", .float(initialAccumulatorValue)),
            ("epsilon", .float(epsilon)),
        ]
    }
}
