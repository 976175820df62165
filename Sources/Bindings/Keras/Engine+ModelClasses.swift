import Foundation
import Interpreter
import Layers
import Tensors

extension Engine {
    /// `tf.keras.Model`: sub-layers tracked from attributes, `layers`, `summary()`,
    /// `build(input_shape)`, and weights saved to and loaded from files in the working folder.
    func installModelClass() {
        let cls = classes.model
        method(cls, "__init__", "*args, **kwargs") { [self] this, args in
            guard let inst = this.asInstance else { return .none }
            let common = try layerArguments(args, allowed: ["inputs", "outputs"])
            if args.extraKeywords.contains(where: { $0.0 == "inputs" || $0.0 == "outputs" })
                || !args.extraPositional.isEmpty
            {
                throw typeError(
                    "this engine has no functional API: subclass tf.keras.Model or use "
                        + "tf.keras.Sequential")
            }
            let model: Model
            if inst.cls === classes.model {
                model = Model(name: common.name, className: "Model", context: keras)
            } else {
                model = ScriptedModel(
                    hooks: hooks(for: inst), name: common.name, dtype: common.dtype,
                    context: keras)
            }
            model.trainable = common.trainable
            attach(model, to: inst)
            return .none
        }
        property(cls, "layers") { [self] this in
            rt.list(try modelPayload(this).layers.map(layerObject))
        }
        method(
            cls, "summary",
            "line_length=None, positions=None, print_fn=None, expand_nested=False, "
                + "show_trainable=False, layer_range=None"
        ) { [self] this, args in
            let model = try modelPayload(this)
            let width = args["line_length"].isNone ? 65 : try axis(args["line_length"])
            let text = try model.summary(lineLength: width)
            let printer = args["print_fn"]
            if printer.isNone {
                rt.write(text)
            } else {
                for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                {
                    _ = try rt.call(printer, [Value(String(line))])
                }
            }
            return .none
        }
        method(cls, "build", "input_shape") { [self] this, args in
            let model = try modelPayload(this)
            let shape = try partialShape(args["input_shape"])
            if let scripted = model as? ScriptLayer, scripted.hooks.definesBuild {
                try scripted.engineBuild(shape)
                model.built = true
            } else {
                try model.build(shape)
            }
            return .none
        }
        method(
            cls, "save_weights", "filepath, overwrite=True, save_format=None, options=None"
        ) { [self] this, args in
            let model = try modelPayload(this)
            let url = try rt.resolvePath(try rt.stringValue(args["filepath"]))
            // Keras creates the folders of the path, as TensorFlow's checkpoint writer does.
            try? FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try model.saveWeights(to: url.path)
            return .none
        }
        method(
            cls, "load_weights", "filepath, skip_mismatch=False, by_name=False, options=None"
        ) { [self] this, args in
            let model = try modelPayload(this)
            let url = try rt.resolvePath(try rt.stringValue(args["filepath"]))
            try model.loadWeights(from: url.path)
            return .none
        }
        method(cls, "get_layer", "name=None, index=None") { [self] this, args in
            let model = try modelPayload(this)
            if !args["index"].isNone {
                let index = try axis(args["index"], name: "index")
                guard index >= 0 && index < model.layers.count else {
                    throw valueError(
                        "Was asked to retrieve layer at index \(index) but model only has "
                            + "\(model.layers.count) layers.")
                }
                return layerObject(model.layers[index])
            }
            let name = try optionalString(args["name"], name: "name") ?? ""
            guard let layer = model.layers.first(where: { $0.name == name }) else {
                throw valueError(
                    "No such layer: \(name). Existing layers are: "
                        + "\((try? rt.repr(rt.list(model.layers.map { Value($0.name) }))) ?? "[]")."
                )
            }
            return layerObject(layer)
        }
    }

    /// `tf.keras.Sequential(layers=None, name=None)`, `add` and `pop`.
    func installSequentialClass() {
        let cls = classes.sequential
        method(cls, "__init__", "layers=None, name=None") { [self] this, args in
            guard let inst = this.asInstance else { return .none }
            var layers: [Layer] = []
            if !args["layers"].isNone {
                for item in try rt.collect(args["layers"]) {
                    layers.append(try layerArgument(item))
                }
            }
            let name = try optionalString(args["name"], name: "name")
            let model: Sequential
            if inst.cls === classes.sequential {
                model = try Sequential(layers, name: name, context: keras)
            } else {
                model = try ScriptedSequential(
                    hooks: hooks(for: inst), layers: layers, name: name, context: keras)
            }
            attach(model, to: inst)
            return .none
        }
        method(cls, "add", "layer") { [self] this, args in
            guard let model = try modelPayload(this) as? Sequential else { return .none }
            try model.add(try layerArgument(args["layer"]))
            return .none
        }
        method(cls, "pop", "") { [self] this, _ in
            guard let model = try modelPayload(this) as? Sequential else { return .none }
            try model.pop()
            return .none
        }
    }

    /// A layer argument, with Keras's error for anything else.
    private func layerArgument(_ value: Value) throws(PyError) -> Layer {
        if let layer = value.asInstance?.payload as? Layer { return layer }
        if let inst = value.asInstance, inst.cls.isSubclass(of: classes.layer) {
            throw rt.error(
                .runtimeError, "You must call `super().__init__()` in the layer constructor.")
        }
        throw typeError(
            "The added layer must be an instance of class Layer. Received: layer="
                + "\((try? rt.repr(value)) ?? "?") of type \(rt.typeOf(value).displayNameForKeras)."
        )
    }

    /// The engine model of a model object.
    func modelPayload(_ value: Value) throws(PyError) -> Model {
        guard let model = try layerPayload(value) as? Model else {
            throw typeError("expected a Keras model, got '\(rt.typeName(value))'")
        }
        return model
    }

    // MARK: - Built-in layers

    /// `tf.keras.layers.Dense`.
    func installDenseClass() {
        let cls = classes.dense
        method(
            cls, "__init__",
            "units, activation=None, use_bias=True, kernel_initializer='glorot_uniform', "
                + "bias_initializer='zeros', kernel_regularizer=None, bias_regularizer=None, "
                + "activity_regularizer=None, kernel_constraint=None, bias_constraint=None, "
                + "**kwargs"
        ) { [self] this, args in
            guard let inst = this.asInstance else { return .none }
            let common = try layerArguments(args, allowed: [])
            let className = inst.cls === classes.dense ? "Dense" : inst.cls.name
            // Keras names the layer before it reads its arguments, so a rejected layer still
            // takes a name.
            let arguments: DenseArguments
            do {
                arguments = DenseArguments(
                    units: try denseUnits(args["units"]),
                    activation: try activation(args["activation"]),
                    useBias: try flag(args["use_bias"]),
                    kernelInitializer: try initializer(args["kernel_initializer"]),
                    biasInitializer: try initializer(args["bias_initializer"]), common: common)
            } catch {
                if common.name == nil {
                    _ = keras.uniqueName(for: KerasContext.snakeCase(className))
                }
                throw error
            }
            let layer: Dense
            if inst.cls === classes.dense {
                layer = try Dense(
                    units: arguments.units, activation: arguments.activation,
                    useBias: arguments.useBias, kernelInitializer: arguments.kernelInitializer,
                    biasInitializer: arguments.biasInitializer,
                    inputShape: arguments.common.inputShape, name: arguments.common.name,
                    context: keras)
            } else {
                layer = try ScriptedDense(
                    hooks: hooks(for: inst), arguments: arguments, context: keras)
            }
            layer.trainable = arguments.common.trainable
            attach(layer, to: inst)
            if rt.isCallable(args["activation"]) {
                activationObjects[ObjectIdentifier(layer)] = args["activation"]
            }
            return .none
        }
        property(cls, "units") { [self] this in .int(try dense(this).units) }
        property(cls, "use_bias") { [self] this in .bool(try dense(this).useBias) }
        property(cls, "kernel") { [self] this in
            try dense(this).kernel.map(wrapVariable) ?? .none
        }
        property(cls, "bias") { [self] this in try dense(this).bias.map(wrapVariable) ?? .none }
        property(cls, "kernel_initializer") { [self] this in
            initializerObject(try dense(this).kernelInitializer)
        }
        property(cls, "bias_initializer") { [self] this in
            initializerObject(try dense(this).biasInitializer)
        }
        property(cls, "activation") { [self] this in
            let layer = try dense(this)
            if let given = activationObjects[ObjectIdentifier(layer)] { return given }
            return kerasActivationObjects[layer.activation.name] ?? .none
        }
    }

    /// `units` as Keras reads it: `int(units)`, then a check that it is positive (the check
    /// is the engine layer's).
    private func denseUnits(_ value: Value) throws(PyError) -> Int {
        if case .int(let i) = value { return i }
        let converted = try rt.call(rt.builtinsModule["int"] ?? .none, [value])
        return try rt.intValue(converted)
    }

    private func dense(_ value: Value) throws(PyError) -> Dense {
        guard let layer = try layerPayload(value) as? Dense else {
            throw typeError("expected a Dense layer")
        }
        return layer
    }

    /// `tf.keras.layers.Flatten`.
    func installFlattenClass() {
        method(classes.flatten, "__init__", "data_format=None, **kwargs") { [self] this, args in
            guard let inst = this.asInstance else { return .none }
            let common = try layerArguments(args, allowed: [])
            let layer = Flatten(
                inputShape: common.inputShape, name: common.name,
                className: inst.cls === classes.flatten ? nil : inst.cls.name, context: keras)
            attach(layer, to: inst)
            return .none
        }
    }

    /// `tf.keras.layers.Dropout`.
    func installDropoutClass() {
        let cls = classes.dropout
        method(cls, "__init__", "rate, noise_shape=None, seed=None, **kwargs") {
            [self] this, args in
            guard let inst = this.asInstance else { return .none }
            let common = try layerArguments(args, allowed: [])
            let seed = args["seed"].isNone ? nil : try integer(args["seed"])
            let layer = try Dropout(
                rate: try number(args["rate"], name: "rate"), seed: seed,
                inputShape: common.inputShape, name: common.name,
                className: inst.cls === classes.dropout ? nil : inst.cls.name, context: keras)
            attach(layer, to: inst)
            return .none
        }
        property(cls, "rate") { [self] this in
            .float((try layerPayload(this) as? Dropout)?.rate ?? 0)
        }
    }
}

extension PyClass {
    /// The class as Keras's messages show it (`<class 'int'>`).
    fileprivate var displayNameForKeras: String { "<class '\(displayName)'>" }
}
