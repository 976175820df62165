import Layers
import Tensors

/// The engine model of a script class that extends `tf.keras.Model` (`class MLP(
/// tf.keras.Model)`): the model's own state is the host's, and the script's `call` and `build`
/// replace the engine's where the script defines them.
final class ScriptModel: Model, ScriptHost {
    let script: ScriptOverrides

    init(script: ScriptOverrides, setup: LayerSetup, context: KerasContext) {
        self.script = script
        super.init(
            name: setup.name, className: setup.className, dtype: setup.dtype, context: context)
        // Keras's rule: a model that defines `build` has no weights until it is built.
        weightsNeedBuild = script.definesBuild
    }

    var engineLayer: Layer { self }

    override func build(inputShape: TensorShape) throws { try dispatchBuild(inputShape) }

    override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        try dispatchCall(input, training: training)
    }

    /// The script's `call` arguments, or `Model.call`'s (`inputs`, `training`, `mask`).
    override func callArguments(input: Tensor, training: Bool?) -> [(name: String, value: String)] {
        if script.definesCall { return script.callArguments(input: input, training: training) }
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

/// The engine model of a script class that extends `tf.keras.Sequential`.
final class ScriptSequential: Sequential, ScriptHost {
    let script: ScriptOverrides

    init(script: ScriptOverrides, layers: [Layer], setup: LayerSetup, context: KerasContext)
        throws
    {
        self.script = script
        try super.init(layers, name: setup.name, className: setup.className, context: context)
    }

    var engineLayer: Layer { self }

    override func build(inputShape: TensorShape) throws { try dispatchBuild(inputShape) }

    override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        try dispatchCall(input, training: training)
    }

    override func callArguments(input: Tensor, training: Bool?) -> [(name: String, value: String)] {
        script.definesCall
            ? script.callArguments(input: input, training: training)
            : super.callArguments(input: input, training: training)
    }

    func engineCall(_ input: Tensor, training: Bool?) throws -> Tensor {
        try super.call(input, training: training)
    }

    func engineBuild(_ inputShape: TensorShape) throws {
        try super.build(inputShape: inputShape)
    }
}
