import Interpreter
import Layers

extension ClassBinding {
    /// `tf.keras.layers.Dense(units, activation, use_bias, kernel_initializer,
    /// bias_initializer)` and its attributes.
    static let dense = ClassBinding.layer(
        "Dense", module: "keras.src.layers.core.dense", exports: ["tf.keras.layers.Dense"],
        shows: Dense.self,
        parameters: "units, activation=None, use_bias=True, kernel_initializer='glorot_uniform', "
            + "bias_initializer='zeros', kernel_regularizer=None, bias_regularizer=None, "
            + "activity_regularizer=None, kernel_constraint=None, bias_constraint=None, **kwargs"
    ) { engine, args, setup in
        let layer = try Dense(
            units: try engine.denseUnits(args["units"]),
            activation: try engine.activation(args["activation"]),
            useBias: try engine.flag(args["use_bias"]),
            kernelInitializer: try engine.initializer(args["kernel_initializer"]),
            biasInitializer: try engine.initializer(args["bias_initializer"]),
            inputShape: setup.inputShape, name: setup.name, className: setup.className,
            context: engine.keras)
        engine.keepActivationObject(args["activation"], of: layer)
        return layer
    } members: { engine, c in
        c.property("units", of: Dense.self) { .int($0.units) }
        c.property("use_bias", of: Dense.self) { .bool($0.useBias) }
        c.property("kernel", of: Dense.self) { $0.kernel.map(engine.wrapVariable) ?? .none }
        c.property("bias", of: Dense.self) { $0.bias.map(engine.wrapVariable) ?? .none }
        c.property("kernel_initializer", of: Dense.self) {
            engine.initializerObject($0.kernelInitializer)
        }
        c.property("bias_initializer", of: Dense.self) {
            engine.initializerObject($0.biasInitializer)
        }
        c.property("activation", of: Dense.self) { engine.activationObject(of: $0, $0.activation) }
    }
}

extension Engine {
    /// `units` as Keras reads it: `int(units)`, then a check that it is positive (the check
    /// is the engine layer's).
    fileprivate func denseUnits(_ value: Value) throws(PyError) -> Int {
        if case .int(let i) = value { return i }
        let converted = try rt.call(rt.builtinsModule["int"] ?? .none, [value])
        return try rt.intValue(converted)
    }
}
