import Interpreter
import Layers
import Tensors

extension ClassBinding {
    /// `tf.keras.layers.Layer`, the base of every layer and model.
    static let layer = ClassBinding.layer(
        "Layer", module: "keras.src.engine.base_layer", base: nil,
        exports: ["tf.keras.layers.Layer"], shows: Layer.self,
        parameters: "trainable=True, name=None, dtype=None, dynamic=False, **kwargs"
    ) { engine, _, setup in
        Layer(
            name: setup.name, className: setup.className, inputShape: setup.inputShape,
            dtype: setup.dtype, context: engine.keras)
    } members: { engine, c in
        engine.defineLayer(c)
    }
}

extension Engine {
    /// `tf.keras.layers.Layer`'s members: attribute tracking, the call protocol, `build`,
    /// `add_weight`, the weight lists and `get_weights`/`set_weights`.
    fileprivate func defineLayer(_ c: ClassMembers) {
        rt.defineMethod(c.cls, "__setattr__") { [self] rt, args in
            guard let inst = args[0].asInstance, case .str(let name) = args[1] else {
                throw rt.error(.typeError, "attribute name must be string")
            }
            try setLayerAttribute(inst, name.value, args[2])
            return .none
        }
        c.rawMethod("__call__") { [self] args in try callLayer(args) }
        c.method("call", "inputs, training=None, **kwargs") { [self] this, args in
            let layer = try layerPayload(this)
            let training = args["training"].isNone ? nil : try flag(args["training"])
            let input = try tensor(args["inputs"])
            if let host = layer as? ScriptHost {
                return wrap(try host.engineCall(input, training: training))
            }
            return wrap(try layer.call(input, training: training))
        }
        defineBuildMethod(c)
        c.method(
            "add_weight",
            "name=None, shape=None, dtype=None, initializer=None, regularizer=None, "
                + "trainable=None, constraint=None, use_resource=None, synchronization=None, "
                + "aggregation=None, **kwargs"
        ) { [self] this, args in
            // A script layer's weights belong to the engine layer it extends.
            let layer = try layerPayload(this)
            let owner = (layer as? ScriptHost)?.engineLayer ?? layer
            let shape = args["shape"].isNone ? [] : try shape(args["shape"])
            let trainable = args["trainable"].isNone ? true : try flag(args["trainable"])
            let initializer = try initializer(args["initializer"])
            let variable = try owner.addWeight(
                name: try optionalString(args["name"], name: "name"), shape: shape,
                initializer: initializer, trainable: trainable, dtype: try dtype(args["dtype"]))
            return wrapVariable(variable)
        }
        c.property("name") { [self] this in Value(try layerPayload(this).name) }
        c.property("dtype") { [self] this in Value(try layerPayload(this).dtype.rawValue) }
        c.property(
            "built", get: { [self] this in .bool(try layerPayload(this).built) },
            set: { [self] this, value in try layerPayload(this).built = try flag(value) })
        c.property(
            "trainable", get: { [self] this in .bool(try layerPayload(this).trainable) },
            set: { [self] this, value in try layerPayload(this).trainable = try flag(value) })
        for name in ["weights", "variables"] {
            c.property(name) { [self] this in try weightList(this) { $0.weights } }
        }
        for name in ["trainable_weights", "trainable_variables"] {
            c.property(name) { [self] this in try weightList(this) { $0.trainableWeights } }
        }
        for name in ["non_trainable_weights", "non_trainable_variables"] {
            c.property(name) { [self] this in try weightList(this) { $0.nonTrainableWeights } }
        }
        c.property("output_shape") { [self] this in
            shapeTuple(try layerPayload(this).outputShape())
        }
        c.property("input_shape") { [self] this in
            shapeTuple(try layerPayload(this).inputShape())
        }
        c.method("get_weights", "") { [self] this, _ in
            let layer = try layerPayload(this)
            try (layer as? Model)?.checkWeightsCreated()
            return rt.list(layer.getWeights().map(wrapNumpy))
        }
        c.method("set_weights", "weights") { [self] this, args in
            let layer = try layerPayload(this)
            let given = try rt.collect(args["weights"])
            var values: [Tensor] = []
            for item in given { values.append(try tensor(item, dialect: .numpy)) }
            try layer.setWeights(values, providedDescription: try rt.str(args["weights"]))
            return .none
        }
        c.method("count_params", "") { [self] this, _ in
            .int(try layerPayload(this).countParams())
        }
    }

    /// `build(input_shape)`, which `Layer` and `Model` both define (a model builds on a
    /// placeholder batch).
    func defineBuildMethod(_ c: ClassMembers) {
        c.method("build", "input_shape") { [self] this, args in
            let layer = try layerPayload(this)
            let shape = try partialShape(args["input_shape"])
            // A script's `super().build(shape)` runs the engine's own build (the layer's
            // `build` would run the script's again); any other call builds the whole layer
            // (a model on a placeholder batch).
            if let host = layer as? ScriptHost, host.script.definesBuild {
                try host.engineBuild(shape)
                layer.built = true
            } else {
                try layer.build(shape)
            }
            return .none
        }
    }

    /// Keras's `Layer.__call__`: converts the input to a tensor and runs the layer's call
    /// protocol (checks, building on first use, name scope, Keras's error context).
    private func callLayer(_ args: Arguments) throws -> Value {
        let layer = try layerPayload(args[0])
        var inputs = args.count > 1 ? args[1] : Value.unbound
        var training: Bool?
        for k in 0..<args.keywordCount {
            let value = args.keywordValue(at: k)
            switch args.keywords[k].value {
            case "inputs" where inputs.isUnbound: inputs = value
            case "training": training = value.isNone ? nil : try flag(value)
            case "mask": break
            case let other:
                throw typeError(
                    "\(layer.className).call() got an unexpected keyword argument '\(other)'")
            }
        }
        if inputs.isUnbound {
            throw typeError("__call__() missing 1 required positional argument: 'inputs'")
        }
        if args.count > 2 {
            throw typeError(
                "\(layer.className).call() takes 2 positional arguments but \(args.count) were given"
            )
        }
        var isText = false
        if case .str = inputs { isText = true }
        if inputs.isNone || isText {
            // Keras checks the inputs' types before converting them.
            throw typeError(
                "Inputs to a layer should be tensors. Got '\(try rt.str(inputs))' (of type "
                    + "<class '\(rt.typeName(inputs))'>) as input for layer '\(layer.name)'.")
        }
        let input = try tensor(inputs)
        return wrap(try layer(input, training: training))
    }

    /// `self.name = value` on a layer: layers (and lists of layers) are tracked as sub-layers,
    /// in assignment order, before the attribute is stored.
    private func setLayerAttribute(_ inst: PyInstance, _ name: String, _ value: Value)
        throws(PyError)
    {
        guard let layer = inst.payload as? Layer else {
            if inst.cls.isSubclass(of: classes[.model]) {
                throw rt.error(
                    .runtimeError,
                    "It looks like you are subclassing `Model` and you forgot to call "
                        + "`super().__init__()`. Always start with this line.")
            }
            try rt.genericSetAttribute(inst, name, value)
            return
        }
        let tracked = trackableLayers(value)
        if !tracked.isEmpty {
            layer.trackAttribute(name, tracked)
        } else {
            layer.untrackAttribute(name)
        }
        try rt.genericSetAttribute(inst, name, value)
    }

    /// The layers a value holds: itself, or the layers of a list or tuple.
    private func trackableLayers(_ value: Value) -> [Layer] {
        if let layer = value.asInstance?.payload as? Layer { return [layer] }
        let items = value.asList?.items ?? value.asTuple?.items ?? []
        return items.compactMap { $0.asInstance?.payload as? Layer }
    }

    /// The engine layer of a layer object.
    func layerPayload(_ value: Value) throws(PyError) -> Layer {
        guard let inst = value.asInstance else {
            throw typeError("expected a layer, got '\(rt.typeName(value))'")
        }
        guard let layer = inst.payload as? Layer else {
            throw rt.error(
                .runtimeError, "You must call `super().__init__()` in the layer constructor.")
        }
        return layer
    }

    /// The engine layer of a layer object as the engine class `type`, looking through a
    /// script host to the layer it extends (`self.kernel` in a subclass of `Dense`).
    func layer<T: Layer>(_ value: Value, as type: T.Type) throws(PyError) -> T {
        let layer = try layerPayload(value)
        if let match = layer as? T ?? (layer as? ScriptHost)?.engineLayer as? T { return match }
        throw typeError("expected a \(T.self) layer, got '\(rt.typeName(value))'")
    }

    /// Attaches an engine layer to its script object.
    func attach(_ layer: Layer, to inst: PyInstance) {
        inst.payload = layer
        layerObjects[ObjectIdentifier(layer)] = inst
        if let host = layer as? ScriptHost {
            scriptBacked.append(host)
        }
    }

    /// The script object of an engine layer (made, of the class that shows the layer's engine
    /// class, for layers scripts never held).
    func layerObject(_ layer: Layer) -> Value {
        if let host = layer as? ScriptHost, let inst = host.script.instance {
            return .object(inst)
        }
        if let inst = layerObjects[ObjectIdentifier(layer)] { return .object(inst) }
        let inst = rt.makeInstance(classes.showing(layer) ?? classes[.layer], payload: layer)
        layerObjects[ObjectIdentifier(layer)] = inst
        return .object(inst)
    }

    /// The tensor a script's `call` returned.
    func callResult(_ value: Value, layer: String) throws -> Tensor {
        if receiverTensor(value) != nil || value.asList != nil || value.asTuple != nil
            || isNumber(value)
        {
            return try tensor(value)
        }
        throw LayerError(
            .type,
            "The `call` method of layer \(layer) returned \((try? rt.repr(value)) ?? "?") of type "
                + "\(rt.typeName(value)); this engine's layers return one tensor.")
    }

    private func isNumber(_ value: Value) -> Bool {
        switch value {
        case .int, .float, .bool: return true
        default: return false
        }
    }

    /// A list of variable objects from a layer's weights.
    private func weightList(_ this: Value, _ weights: (Layer) -> [Variable]) throws -> Value {
        let layer = try layerPayload(this)
        try (layer as? Model)?.checkWeightsCreated()
        return rt.list(weights(layer).map(wrapVariable))
    }

    /// A shape as Keras returns it from `output_shape`: a tuple of ints and `None`s.
    func shapeTuple(_ shape: TensorShape) -> Value {
        guard let dims = shape.dimensions else { return .none }
        return rt.tuple(dims.map { $0.map { .int($0) } ?? .none })
    }
}
