import Interpreter
import Layers
import Tensors

/// The script side of an engine layer whose class a script defines (`class MLP(
/// tf.keras.Model)`): the script instance, and which of `call` and `build` the script
/// overrides.
///
/// The engine layer's overridden hooks call back into the script's methods (re-entrantly,
/// on the session's thread); hooks the script doesn't define fall back to the engine's own.
final class ScriptHooks {
    unowned(unsafe) let engine: Engine
    /// The script instance (held until the session ends, since the engine may hold the layer
    /// after the script drops it, as a `Sequential` does).
    var instance: PyInstance?
    /// Whether the script class defines `call`.
    let definesCall: Bool
    /// Whether the script class defines `build`.
    let definesBuild: Bool
    /// The name of `call`'s first parameter after `self` (Keras names the argument with it in
    /// error context).
    let callParameterName: String
    /// Whether `call` takes `training`.
    let callTakesTraining: Bool

    init(engine: Engine, instance: PyInstance) {
        self.engine = engine
        self.instance = instance
        let cls = instance.cls
        // The nearest engine class: a script `Model` inherits `Model`'s own native methods,
        // which are not overrides.
        let classes = engine.classes
        let engineClasses = [
            classes.layer, classes.model, classes.sequential, classes.dense, classes.flatten,
            classes.dropout,
        ]
        let native =
            cls.mro.first { c in engineClasses.contains { $0 === c } } ?? classes.layer
        let callMethod = engine.scriptOverride(cls, "call", native: native)
        definesCall = callMethod != nil
        definesBuild = engine.scriptOverride(cls, "build", native: native) != nil
        let call = engine.scriptFunction(callMethod)
        let names = call?.parameterNames ?? []
        callParameterName = names.count > 1 ? names[1] : "inputs"
        callTakesTraining = names.contains("training") || (call?.acceptsAnyKeyword ?? false)
    }

    /// Runs the script's `call` on `input`.
    func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        let rt = engine.rt
        guard let instance else {
            throw LayerError(.runtime, "The layer's script object is gone (the session ended).")
        }
        var keywords: [(String, Value)] = []
        if callTakesTraining, let training { keywords.append(("training", .bool(training))) }
        let result = try rt.callMethod(
            .object(instance), "call", [engine.wrap(input)], keywords: keywords)
        return try engine.callResult(result, layer: instance.cls.name)
    }

    /// Runs the script's `build` with the input shape as a `TensorShape`.
    func build(_ inputShape: TensorShape) throws {
        guard let instance else { return }
        _ = try engine.rt.callMethod(.object(instance), "build", [engine.shapeObject(inputShape)])
    }

    /// How Keras lists the arguments of a failed call of the script's `call`.
    func callArguments(input: Tensor, training: Bool?) -> [(name: String, value: String)] {
        var arguments = [(callParameterName, Layer.describeArgument(input))]
        if callTakesTraining { arguments.append(("training", Layer.describeArgument(training))) }
        return arguments
    }
}

/// An engine layer whose class a script defines.
protocol ScriptLayer: ScriptBacked {
    /// The script side.
    var hooks: ScriptHooks { get }
    /// The engine's own `call` (for `super().call(x)` in the script).
    func engineCall(_ input: Tensor, training: Bool?) throws -> Tensor
    /// The engine's own `build` (for `super().build(input_shape)` in the script).
    func engineBuild(_ inputShape: TensorShape) throws
}

extension ScriptLayer {
    func releaseScriptObject() {
        hooks.instance = nil
    }

    /// Builds with the script's `build` when its class defines one, else with the engine's.
    func dispatchBuild(_ inputShape: TensorShape) throws {
        if hooks.definesBuild { try hooks.build(inputShape) } else { try engineBuild(inputShape) }
    }

    /// Calls the script's `call` when its class defines one, else the engine's.
    func dispatchCall(_ input: Tensor, training: Bool?) throws -> Tensor {
        hooks.definesCall
            ? try hooks.call(input, training: training) : try engineCall(input, training: training)
    }
}

/// A script subclass of `tf.keras.layers.Layer`.
final class ScriptedLayer: Layer, ScriptLayer {
    let hooks: ScriptHooks

    init(
        hooks: ScriptHooks, name: String?, inputShape: [Int?]?, dtype: DType,
        context: KerasContext
    ) {
        self.hooks = hooks
        super.init(
            name: name, className: hooks.instance?.cls.name, inputShape: inputShape, dtype: dtype,
            context: context)
    }

    override func build(inputShape: TensorShape) throws { try dispatchBuild(inputShape) }

    override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        try dispatchCall(input, training: training)
    }

    override func callArguments(input: Tensor, training: Bool?) -> [(name: String, value: String)] {
        hooks.definesCall
            ? hooks.callArguments(input: input, training: training)
            : super.callArguments(input: input, training: training)
    }

    func engineCall(_ input: Tensor, training: Bool?) throws -> Tensor {
        try super.call(input, training: training)
    }

    func engineBuild(_ inputShape: TensorShape) throws {
        try super.build(inputShape: inputShape)
    }
}

/// A script subclass of `tf.keras.Model`.
final class ScriptedModel: Model, ScriptLayer {
    let hooks: ScriptHooks

    init(hooks: ScriptHooks, name: String?, dtype: DType, context: KerasContext) {
        self.hooks = hooks
        super.init(name: name, className: hooks.instance?.cls.name, dtype: dtype, context: context)
        weightsNeedBuild = hooks.definesBuild
    }

    override func build(inputShape: TensorShape) throws { try dispatchBuild(inputShape) }

    override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        try dispatchCall(input, training: training)
    }

    override func callArguments(input: Tensor, training: Bool?) -> [(name: String, value: String)] {
        if hooks.definesCall { return hooks.callArguments(input: input, training: training) }
        return [
            ("inputs", Layer.describeArgument(input)),
            ("training", Layer.describeArgument(training)), ("mask", "None"),
        ]
    }

    func engineCall(_ input: Tensor, training: Bool?) throws -> Tensor {
        try super.call(input, training: training)
    }

    func engineBuild(_ inputShape: TensorShape) throws {
        try super.build(inputShape: inputShape)
    }
}

/// A script subclass of `tf.keras.Sequential`.
final class ScriptedSequential: Sequential, ScriptLayer {
    let hooks: ScriptHooks

    init(hooks: ScriptHooks, layers: [Layer], name: String?, context: KerasContext) throws {
        self.hooks = hooks
        try super.init(layers, name: name, className: hooks.instance?.cls.name, context: context)
    }

    override func build(inputShape: TensorShape) throws { try dispatchBuild(inputShape) }

    override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        try dispatchCall(input, training: training)
    }

    func engineCall(_ input: Tensor, training: Bool?) throws -> Tensor {
        try super.call(input, training: training)
    }

    func engineBuild(_ inputShape: TensorShape) throws {
        try super.build(inputShape: inputShape)
    }
}

/// A script subclass of `tf.keras.layers.Dense`.
final class ScriptedDense: Dense, ScriptLayer {
    let hooks: ScriptHooks

    init(hooks: ScriptHooks, arguments: DenseArguments, context: KerasContext) throws {
        self.hooks = hooks
        try super.init(
            units: arguments.units, activation: arguments.activation,
            useBias: arguments.useBias, kernelInitializer: arguments.kernelInitializer,
            biasInitializer: arguments.biasInitializer, inputShape: arguments.common.inputShape,
            name: arguments.common.name, className: hooks.instance?.cls.name, context: context)
    }

    override func build(inputShape: TensorShape) throws { try dispatchBuild(inputShape) }

    override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        try dispatchCall(input, training: training)
    }

    override func callArguments(input: Tensor, training: Bool?) -> [(name: String, value: String)] {
        hooks.definesCall
            ? hooks.callArguments(input: input, training: training)
            : super.callArguments(input: input, training: training)
    }

    func engineCall(_ input: Tensor, training: Bool?) throws -> Tensor {
        try super.call(input, training: training)
    }

    func engineBuild(_ inputShape: TensorShape) throws {
        try super.build(inputShape: inputShape)
    }
}

/// The arguments of a `Dense` layer as a script gives them.
struct DenseArguments {
    var units: Int
    var activation: Activation
    var useBias: Bool
    var kernelInitializer: Initializer?
    var biasInitializer: Initializer?
    var common: LayerArguments
}

/// The keyword arguments every Keras layer takes (`name`, `input_shape`, `dtype`,
/// `trainable`).
struct LayerArguments {
    var name: String?
    var inputShape: [Int?]?
    var dtype: DType = .float32
    var trainable = true
}
