import Interpreter
import Layers

extension ClassBinding {
    /// `tf.keras.layers.Dense`.
    static let dense = ClassBinding(
        "Dense", module: "keras.src.layers.core.dense", base: .bound(.layer),
        exports: ["tf.keras.layers.Dense"], shows: Dense.self
    ) { engine, c in engine.defineDense(c) }
}

extension Engine {
    /// `tf.keras.layers.Dense(units, activation, use_bias, kernel_initializer,
    /// bias_initializer)` and its attributes.
    fileprivate func defineDense(_ c: ClassMembers) {
        defineLayerConstructor(
            c,
            "units, activation=None, use_bias=True, kernel_initializer='glorot_uniform', "
                + "bias_initializer='zeros', kernel_regularizer=None, bias_regularizer=None, "
                + "activity_regularizer=None, kernel_constraint=None, bias_constraint=None, "
                + "**kwargs"
        ) { [self] args, setup in
            let layer = try Dense(
                units: try denseUnits(args["units"]),
                activation: try activation(args["activation"]), useBias: try flag(args["use_bias"]),
                kernelInitializer: try initializer(args["kernel_initializer"]),
                biasInitializer: try initializer(args["bias_initializer"]),
                inputShape: setup.inputShape, name: setup.name, className: setup.className,
                context: keras)
            if rt.isCallable(args["activation"]) {
                activationObjects[ObjectIdentifier(layer)] = args["activation"]
            }
            return layer
        }
        c.property("units") { [self] this in .int(try layer(this, as: Dense.self).units) }
        c.property("use_bias") { [self] this in .bool(try layer(this, as: Dense.self).useBias) }
        c.property("kernel") { [self] this in
            try layer(this, as: Dense.self).kernel.map(wrapVariable) ?? .none
        }
        c.property("bias") { [self] this in
            try layer(this, as: Dense.self).bias.map(wrapVariable) ?? .none
        }
        c.property("kernel_initializer") { [self] this in
            initializerObject(try layer(this, as: Dense.self).kernelInitializer)
        }
        c.property("bias_initializer") { [self] this in
            initializerObject(try layer(this, as: Dense.self).biasInitializer)
        }
        c.property("activation") { [self] this in
            let dense = try layer(this, as: Dense.self)
            if let given = activationObjects[ObjectIdentifier(dense)] { return given }
            return kerasActivationObjects[dense.activation.name] ?? .none
        }
    }

    /// `units` as Keras reads it: `int(units)`, then a check that it is positive (the check
    /// is the engine layer's).
    private func denseUnits(_ value: Value) throws(PyError) -> Int {
        if case .int(let i) = value { return i }
        let converted = try rt.call(rt.builtinsModule["int"] ?? .none, [value])
        return try rt.intValue(converted)
    }
}
