import Interpreter
import Layers
import Tensors

extension Engine {
    /// Defines `tf.keras.layers.Layer` and its subclasses `Model`, `Sequential`, `Dense`,
    /// `Flatten` and `Dropout`, over the engine's layers.
    func installLayerClasses() {
        installLayerBase()
        installModelClass()
        installSequentialClass()
        installDenseClass()
        installFlattenClass()
        installDropoutClass()
    }

    // MARK: - Layer

    private func installLayerBase() {
        let cls = classes.layer
        method(cls, "__init__", "trainable=True, name=None, dtype=None, dynamic=False, **kwargs") {
            [self] this, args in
            guard let inst = this.asInstance else { return .none }
            var common = try layerArguments(args, allowed: [])
            common.trainable = try flag(args["trainable"])
            let layer: Layer
            if inst.cls === classes.layer {
                layer = Layer(
                    name: common.name, className: "Layer", inputShape: common.inputShape,
                    dtype: common.dtype, context: keras)
            } else {
                layer = ScriptedLayer(
                    hooks: hooks(for: inst), name: common.name, inputShape: common.inputShape,
                    dtype: common.dtype, context: keras)
            }
            layer.trainable = common.trainable
            attach(layer, to: inst)
            return .none
        }
        rt.defineMethod(cls, "__setattr__") { [self] rt, args in
            guard let inst = args[0].asInstance, case .str(let name) = args[1] else {
                throw rt.error(.typeError, "attribute name must be string")
            }
            try setLayerAttribute(inst, name.value, args[2])
            return .none
        }
        rawMethod(cls, "__call__") { [self] args in try callLayer(args) }
        method(cls, "call", "inputs, training=None, **kwargs") { [self] this, args in
            let layer = try layerPayload(this)
            let training = args["training"].isNone ? nil : try flag(args["training"])
            let input = try tensor(args["inputs"])
            if let scripted = layer as? ScriptLayer {
                return wrap(try scripted.engineCall(input, training: training))
            }
            return wrap(try layer.call(input, training: training))
        }
        method(cls, "build", "input_shape") { [self] this, args in
            let layer = try layerPayload(this)
            let shape = try partialShape(args["input_shape"])
            if let scripted = layer as? ScriptLayer {
                try scripted.engineBuild(shape)
                layer.built = true
            } else {
                try layer.build(shape)
            }
            return .none
        }
        method(
            cls, "add_weight",
            "name=None, shape=None, dtype=None, initializer=None, regularizer=None, "
                + "trainable=None, constraint=None, use_resource=None, synchronization=None, "
                + "aggregation=None, **kwargs"
        ) { [self] this, args in
            let layer = try layerPayload(this)
            let shape = args["shape"].isNone ? [] : try shape(args["shape"])
            let trainable = args["trainable"].isNone ? true : try flag(args["trainable"])
            let initializer = try initializer(args["initializer"])
            let variable = try layer.addWeight(
                name: try optionalString(args["name"], name: "name"), shape: shape,
                initializer: initializer, trainable: trainable, dtype: try dtype(args["dtype"]))
            return wrapVariable(variable)
        }
        property(cls, "name") { [self] this in Value(try layerPayload(this).name) }
        property(cls, "dtype") { [self] this in Value(try layerPayload(this).dtype.rawValue) }
        rt.defineProperty(
            cls, "built", get: { [self] _, this in .bool(try layerPayload(this).built) },
            set: { [self] rt, this, value in try layerPayload(this).built = try rt.truthy(value) })
        rt.defineProperty(
            cls, "trainable", get: { [self] _, this in .bool(try layerPayload(this).trainable) },
            set: { [self] rt, this, value in
                try layerPayload(this).trainable = try rt.truthy(value)
            })
        for name in ["weights", "variables"] {
            property(cls, name) { [self] this in try weightList(this) { $0.weights } }
        }
        for name in ["trainable_weights", "trainable_variables"] {
            property(cls, name) { [self] this in try weightList(this) { $0.trainableWeights } }
        }
        for name in ["non_trainable_weights", "non_trainable_variables"] {
            property(cls, name) { [self] this in try weightList(this) { $0.nonTrainableWeights } }
        }
        property(cls, "output_shape") { [self] this in
            shapeTuple(try layerPayload(this).outputShape())
        }
        property(cls, "input_shape") { [self] this in
            shapeTuple(try layerPayload(this).inputShape())
        }
        method(cls, "get_weights", "") { [self] this, _ in
            let layer = try layerPayload(this)
            try (layer as? Model)?.checkWeightsCreated()
            return rt.list(layer.getWeights().map(wrapNumpy))
        }
        method(cls, "set_weights", "weights") { [self] this, args in
            let layer = try layerPayload(this)
            let given = try rt.collect(args["weights"])
            var values: [Tensor] = []
            for item in given { values.append(try tensor(item, dialect: .numpy)) }
            try layer.setWeights(values, providedDescription: try rt.str(args["weights"]))
            return .none
        }
        method(cls, "count_params", "") { [self] this, _ in
            .int(try layerPayload(this).countParams())
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
            if inst.cls.isSubclass(of: classes.model) {
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

    /// Attaches an engine layer to its script object.
    func attach(_ layer: Layer, to inst: PyInstance) {
        inst.payload = layer
        layerObjects[ObjectIdentifier(layer)] = inst
        if let scripted = layer as? ScriptLayer {
            scriptBacked.append(scripted)
        }
    }

    /// The script object of an engine layer (made for layers scripts never held).
    func layerObject(_ layer: Layer) -> Value {
        if let scripted = layer as? ScriptLayer, let inst = scripted.hooks.instance {
            return .object(inst)
        }
        if let inst = layerObjects[ObjectIdentifier(layer)] { return .object(inst) }
        let cls: PyClass
        switch layer {
        case is Sequential: cls = classes.sequential
        case is Model: cls = classes.model
        case is Dense: cls = classes.dense
        case is Flatten: cls = classes.flatten
        case is Dropout: cls = classes.dropout
        default: cls = classes.layer
        }
        let inst = rt.makeInstance(cls, payload: layer)
        layerObjects[ObjectIdentifier(layer)] = inst
        return .object(inst)
    }

    /// The script side of a layer whose class a script defines.
    func hooks(for inst: PyInstance) -> ScriptHooks {
        ScriptHooks(engine: self, instance: inst)
    }

    /// The method `name` of a class when a script overrides the engine's (a function, or a
    /// `tf.function` object wrapping one); `nil` when only the engine defines it.
    func scriptOverride(_ cls: PyClass, _ name: String, native: PyClass) -> Value? {
        guard let value = try? rt.getAttribute(.object(cls), name) else { return nil }
        if let nativeValue = try? rt.getAttribute(.object(native), name),
            value.isIdentical(to: nativeValue)
        {
            return nil
        }
        return value
    }

    /// The script function behind a method value (unwrapping `tf.function`).
    func scriptFunction(_ value: Value?) -> PyFunction? {
        guard let value else { return nil }
        if let f = value.object(as: PyFunction.self) { return f }
        return functionTarget(value).flatMap { $0.object(as: PyFunction.self) }
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

    /// The keyword arguments every layer takes (`name`, `input_shape`, `input_dim`, `dtype`,
    /// `trainable`), with Keras's `TypeError` for any other.
    func layerArguments(_ args: BoundArguments, allowed: Set<String>) throws -> LayerArguments {
        var common = LayerArguments()
        common.name = try optionalString(args["name"], name: "name")
        if let dtype = try dtype(args["dtype"]) { common.dtype = dtype }
        for (key, value) in args.extraKeywords {
            switch key {
            case "name": common.name = try optionalString(value, name: "name")
            case "input_shape":
                guard let dims = try partialShape(value).dimensions else { continue }
                common.inputShape = dims
            case "batch_input_shape":
                guard let dims = try partialShape(value).dimensions else { continue }
                common.inputShape = Array(dims.dropFirst())
            case "input_dim":
                common.inputShape = [try axis(value, name: "input_dim")]
            case "dtype":
                if let dtype = try dtype(value) { common.dtype = dtype }
            case "trainable":
                common.trainable = try flag(value)
            case "batch_size", "weights", "activity_regularizer", "autocast", "dynamic",
                "implementation":
                continue
            default:
                if allowed.contains(key) { continue }
                throw rt.error(
                    rt.exceptionClass(.typeError),
                    arguments: [Value("Keyword argument not understood:"), Value(key)])
            }
        }
        return common
    }
}
