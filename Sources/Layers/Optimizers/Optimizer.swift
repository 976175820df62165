import Tensors

/// The base of Keras 2.15's optimizers (`tf.keras.optimizers.Optimizer`, the class behind
/// `SGD`, `Adam`, `RMSprop` and `Adagrad`): a learning rate held in a variable, an iteration
/// counter, slot variables made for the variables it trains, and `applyGradients`.
///
/// Subclasses make their slots in `makeSlots(for:)` and update one variable in
/// `updateStep(gradient:variable:index:)`; the base does what Keras's base does around them:
/// builds the slots on the first call, skips variables without a gradient (with Keras's
/// warning), clips and decays as configured, and counts iterations.
///
/// ```swift
/// let context = KerasContext(seed: 0)
/// let w = Variable(Tensor(scalars: [Float(1), 2]), name: "w")
/// let sgd = try SGD(learningRate: 0.1, momentum: 0.9, context: context)
/// try sgd.applyGradients([(Tensor(scalars: [Float(1), 1]), w)])
/// sgd.variables.map(\.name)      // ["iteration:0", "SGD/m/w:0"]
/// try sgd.minimize({ try (w.read(in: context) * w.read(in: context)).reduced(.sum) },
///                  variables: [w])
/// ```
open class Optimizer {
    /// The optimizer's name (`SGD`), which prefixes its slot variables' names.
    public let name: String
    /// The Python class name (`SGD`).
    public let className: String
    /// The Python module of the class (`keras.src.optimizers.sgd`), for its repr.
    public let moduleName: String
    /// The session the optimizer's variables belong to.
    public let context: KerasContext
    /// The learning rate, a non-trainable float32 variable named `learning_rate:0`.
    public let learningRateVariable: Variable
    /// How many times `applyGradients` updated variables, an int64 variable named
    /// `iteration:0`.
    public let iterations: Variable
    /// Every variable of the optimizer in creation order: the iteration counter, then the
    /// slots (`optimizer.variables`).
    public private(set) var variables: [Variable]
    /// Keras's `weight_decay`: each step first subtracts `variable · decay · learning rate`.
    public let weightDecay: Double?
    /// Keras's `clipnorm`: each gradient is rescaled to this L2 norm at most.
    public let clipnorm: Double?
    /// Keras's `clipvalue`: each gradient is clipped to `[-clipvalue, clipvalue]`.
    public let clipvalue: Double?
    /// Keras's `global_clipnorm`: all gradients are rescaled together to this global norm at
    /// most.
    public let globalClipnorm: Double?
    /// Keras's `ema_momentum` (reported by `config`; lit does not implement `use_ema`).
    public let emaMomentum: Double
    /// Keras's `ema_overwrite_frequency` (reported by `config`).
    public let emaOverwriteFrequency: Int?

    /// Whether the slots exist (made on the first `applyGradients` or by `build(_:)`).
    public private(set) var built = false
    /// The position of each trained variable in the list the slots were built for.
    private var indices: [ObjectIdentifier: Int] = [:]

    /// Creates the optimizer's learning-rate and iteration variables.
    ///
    /// - Throws: Keras's `ValueError`s: `At most one of `clipnorm` and `global_clipnorm` can be
    ///   set. …`; `NotImplementedError` for `useEMA`, which lit does not implement.
    public init(
        name: String, className: String, moduleName: String, learningRate: Double,
        weightDecay: Double? = nil, clipnorm: Double? = nil, clipvalue: Double? = nil,
        globalClipnorm: Double? = nil, useEMA: Bool = false, emaMomentum: Double = 0.99,
        emaOverwriteFrequency: Int? = nil, context: KerasContext
    ) throws {
        self.name = name
        self.className = className
        self.moduleName = moduleName
        self.context = context
        self.weightDecay = weightDecay
        self.clipnorm = clipnorm
        self.clipvalue = clipvalue
        self.globalClipnorm = globalClipnorm
        self.emaMomentum = emaMomentum
        self.emaOverwriteFrequency = emaOverwriteFrequency
        iterations = Variable(
            value: Tensor(scalar: Int64(0)), fullName: "iteration:0", trainable: false)
        learningRateVariable = Variable(
            value: Tensor(scalar: Float(learningRate)), fullName: "learning_rate:0",
            trainable: false)
        variables = [iterations]
        if useEMA {
            throw LayerError(
                .notImplemented,
                "lit does not implement tf.keras.optimizers.\(className)(use_ema=True) yet")
        }
        if let clipnorm, let globalClipnorm {
            throw LayerError(
                .value,
                "At most one of `clipnorm` and `global_clipnorm` can be set. Received: "
                    + "clipnorm=\(ConfigValue.float(clipnorm).pythonRepr), "
                    + "global_clipnorm=\(ConfigValue.float(globalClipnorm).pythonRepr).")
        }
    }

    /// The learning rate as a number (the float32 value of `learningRateVariable`).
    public var learningRate: Double {
        Double(learningRateVariable.value.scalar(as: Float.self) ?? 0)
    }

    /// Sets the learning rate (`optimizer.learning_rate = 0.5`), stored as float32.
    public func setLearningRate(_ value: Double) throws {
        try learningRateVariable.assign(Tensor(scalar: Float(value)))
    }

    /// The number of updates so far.
    public var iterationCount: Int {
        Int(iterations.value.scalar(as: Int64.self) ?? 0)
    }

    // MARK: - Subclass hooks

    /// Makes the optimizer's slot variables for `variables` (with `addSlot`), in Keras's order.
    ///
    /// The default makes none.
    open func makeSlots(for variables: [Variable]) throws {}

    /// Updates `variable` from its `gradient`; `index` is the variable's position in the list
    /// the slots were made for.
    open func updateStep(gradient: Tensor, variable: Variable, index: Int) throws {
        throw LayerError(.notImplemented, "Must be implemented in subclasses.")
    }

    /// The subclass's own entries of `config`, after the base's.
    open var hyperparameterConfig: [(key: String, value: ConfigValue)] { [] }

    // MARK: - Building

    /// Makes the slot variables for `variables` unless they exist (`optimizer.build(var_list)`).
    public func build(_ variables: [Variable]) throws {
        if built { return }
        indices = [:]
        for (index, variable) in variables.enumerated() {
            indices[ObjectIdentifier(variable)] = index
        }
        try makeSlots(for: variables)
        built = true
    }

    /// A slot variable for `variable`: zeros of its shape and dtype (or `initialValue`),
    /// non-trainable, named `<scope>/<slot>/<variable name>:0` (`Adam/m/dense/kernel:0`), and
    /// listed in `variables`.
    public func addSlot(_ slot: String, for variable: Variable, initialValue: Tensor? = nil)
        throws -> Variable
    {
        let value = try initialValue ?? Tensor.zeros(variable.shape, dtype: variable.dtype)
        let shared =
            variable.name.hasSuffix(":0") ? String(variable.name.dropLast(2)) : variable.name
        let fullName = context.withNameScope(currentScope) {
            context.variableName(slot + "/" + shared)
        }
        let created = Variable(
            value: value.dtype == variable.dtype ? value : value.cast(to: variable.dtype),
            fullName: fullName, trainable: false)
        variables.append(created)
        return created
    }

    /// The name scope slots are created in (`applyGradients`'s `name`, or the optimizer's).
    private var currentScope = ""

    // MARK: - Applying gradients

    /// Applies one update to each variable from its gradient (`apply_gradients(zip(grads,
    /// vars))`).
    ///
    /// As Keras does, it builds the slots for all the variables on the first call, skips
    /// the pairs without a gradient (warning `Gradients do not exist for variables ['w:0'] when
    /// minimizing the loss. …`), clips, applies weight decay, updates each variable and adds 1
    /// to `iterations`. An empty list does nothing.
    ///
    /// - Parameter name: the name scope of slots made now (the optimizer's name by default).
    /// - Returns: the `iterations` variable.
    /// - Throws: Keras's `ValueError` when no pair has a gradient (`No gradients provided for any
    ///   variable: (['w:0'],). Provided `grads_and_vars` is ((None, <tf.Variable 'w:0' …>),).`),
    ///   `KeyError` text as `ValueError` for a variable the slots weren't built for, and the
    ///   tensor errors of mismatched gradients.
    @discardableResult
    public func applyGradients(
        _ pairs: [(gradient: Tensor?, variable: Variable)], name scope: String? = nil
    ) throws -> Variable {
        if pairs.isEmpty { return iterations }
        currentScope = scope ?? name
        try build(pairs.map(\.variable))
        let present = try filterEmptyGradients(pairs)
        var gradients = present.map { $0.gradient.stopGradient() }
        let trained = present.map(\.variable)
        gradients = try clipGradients(gradients)
        try applyWeightDecay(trained)
        for (gradient, variable) in zip(gradients, trained) {
            guard let index = indices[ObjectIdentifier(variable)] else {
                throw LayerError(
                    .value,
                    "The optimizer cannot recognize variable \(variable.name). This usually "
                        + "means you are trying to call the optimizer to update different parts "
                        + "of the model separately. Please call `optimizer.build(variables)` "
                        + "with the full list of trainable variables before the training loop "
                        + "or use legacy optimizer `tf.keras.optimizers.legacy.\(className).")
            }
            try updateStep(gradient: gradient, variable: variable, index: index)
        }
        try iterations.assignAdd(Tensor(scalar: Int64(1)))
        return iterations
    }

    /// The pairs that have a gradient; warns about the others, and fails when none has one.
    private func filterEmptyGradients(_ pairs: [(gradient: Tensor?, variable: Variable)]) throws
        -> [(gradient: Tensor, variable: Variable)]
    {
        var present: [(gradient: Tensor, variable: Variable)] = []
        var missing: [Variable] = []
        for pair in pairs {
            if let gradient = pair.gradient {
                present.append((gradient, pair.variable))
            } else {
                missing.append(pair.variable)
            }
        }
        if present.isEmpty {
            let names = Self.pythonList(pairs.map { "'" + $0.variable.name + "'" })
            let provided = Self.pythonTuple(
                pairs.map { pair in
                    Self.pythonTuple([
                        pair.gradient?.tensorflowRepr ?? "None", pair.variable.tensorflowRepr,
                    ])
                })
            throw LayerError(
                .value,
                "No gradients provided for any variable: (\(names),). Provided "
                    + "`grads_and_vars` is \(provided).")
        }
        if !missing.isEmpty {
            let names = Self.pythonList(missing.map { "'" + $0.name + "'" })
            context.warn(
                "Gradients do not exist for variables \(names) when minimizing the loss. If "
                    + "you're using `model.compile()`, did you forget to provide a `loss` "
                    + "argument?")
        }
        return present
    }

    /// The gradients clipped as configured (`clipnorm`, else `global_clipnorm`, else
    /// `clipvalue`).
    private func clipGradients(_ gradients: [Tensor]) throws -> [Tensor] {
        if let clipnorm, clipnorm > 0 {
            return try gradients.map { try GradientClipping.clipByNorm($0, clipnorm) }
        }
        if let globalClipnorm, globalClipnorm > 0 {
            return try GradientClipping.clipByGlobalNorm(gradients, globalClipnorm)
        }
        if let clipvalue, clipvalue > 0 {
            return try gradients.map {
                try $0.clipped(
                    low: Self.constant(-clipvalue, $0.dtype),
                    high: Self.constant(clipvalue, $0.dtype))
            }
        }
        return gradients
    }

    /// Keras's decoupled weight decay: `variable -= variable · decay · learning rate`.
    private func applyWeightDecay(_ variables: [Variable]) throws {
        guard let weightDecay else { return }
        for variable in variables {
            let lr = learningRate(for: variable)
            try variable.assignSub(
                variable.value * Self.constant(weightDecay, variable.dtype) * lr)
        }
    }

    // MARK: - Minimizing

    /// Computes the gradients of `loss()` with respect to `variables` on a gradient tape that
    /// watches them, and applies them (`optimizer.minimize(loss_fn, var_list)`).
    ///
    /// - Throws: the errors of `loss` and of `applyGradients`.
    public func minimize(_ loss: () throws -> Tensor, variables: [Variable]) throws {
        let tape = GradientTape(context: context.differentiation)
        let value = try tape.record {
            for variable in variables { try tape.watch(variable) }
            return try loss()
        }
        let gradients = try tape.gradient(value, variables)
        try applyGradients(Array(zip(gradients, variables)).map { ($0, $1) })
    }

    /// Applies the gradients of a loss a tape recorded (`optimizer.minimize(loss, var_list,
    /// tape=tape)`).
    ///
    /// - Throws: Keras's `ValueError` without a tape (`` `tape` is required when a `Tensor` loss
    ///   is passed. Received: loss=5.760000228881836, tape=None.``), and the errors of the tape
    ///   and of `applyGradients`.
    public func minimize(_ loss: Tensor, variables: [Variable], tape: GradientTape?) throws {
        guard let tape else {
            throw LayerError(
                .value,
                "`tape` is required when a `Tensor` loss is passed. Received: "
                    + "loss=\(Self.pythonFormat(loss)), tape=None.")
        }
        let gradients = try tape.gradient(loss, variables)
        try applyGradients(Array(zip(gradients, variables)).map { ($0, $1) })
    }

    // MARK: - Configuration

    /// Keras's `get_config()`, in its order: the base entries (`name`, `weight_decay`,
    /// `clipnorm`, …, `is_legacy_optimizer`), then the subclass's (`learning_rate`, …).
    public var config: [(key: String, value: ConfigValue)] {
        let base: [(key: String, value: ConfigValue)] = [
            ("name", .string(name)),
            ("weight_decay", weightDecay.map(ConfigValue.float) ?? .none),
            ("clipnorm", clipnorm.map(ConfigValue.float) ?? .none),
            ("global_clipnorm", globalClipnorm.map(ConfigValue.float) ?? .none),
            ("clipvalue", clipvalue.map(ConfigValue.float) ?? .none),
            ("use_ema", .bool(false)),
            ("ema_momentum", .float(emaMomentum)),
            ("ema_overwrite_frequency", emaOverwriteFrequency.map(ConfigValue.int) ?? .none),
            ("jit_compile", .bool(false)),
            ("is_legacy_optimizer", .bool(false)),
        ]
        return base + hyperparameterConfig
    }

    /// The learning rate entry of `config`: the variable's float32 value.
    var learningRateConfig: (key: String, value: ConfigValue) {
        ("learning_rate", .float32(learningRateVariable.value.scalar(as: Float.self) ?? 0))
    }

    // MARK: - Helpers for subclasses

    /// The learning rate cast to `variable`'s dtype (`tf.cast(self.learning_rate, dtype)`).
    public func learningRate(for variable: Variable) -> Tensor {
        let value = learningRateVariable.value
        return value.dtype == variable.dtype ? value : value.cast(to: variable.dtype)
    }

    /// A Python float as a 0-d tensor of `dtype` (how TensorFlow converts `0.9` in
    /// `m * 0.9`).
    public static func constant(_ value: Double, _ dtype: DType) -> Tensor {
        Tensor(scalar: value).cast(to: dtype)
    }

    /// Python's list display of already-quoted items: `['a', 'b']`.
    static func pythonList(_ items: [String]) -> String {
        "[" + items.joined(separator: ", ") + "]"
    }

    /// Python's tuple display: `(a,)`, `(a, b)`.
    static func pythonTuple(_ items: [String]) -> String {
        "(" + items.joined(separator: ", ") + (items.count == 1 ? "," : "") + ")"
    }

    /// How Python formats a tensor in an f-string: a scalar as its Python number, otherwise
    /// numpy's `str`.
    static func pythonFormat(_ tensor: Tensor) -> String {
        if tensor.count == 1 && tensor.rank == 0, let element = try? tensor.element(at: 0) {
            switch element {
            case .float(let value): return Tensor.numpyScalarRepr(.float(value), dtype: .float64)
            case .int(let value): return String(value)
            case .bool(let value): return value ? "True" : "False"
            }
        }
        return tensor.numpyStr
    }
}
