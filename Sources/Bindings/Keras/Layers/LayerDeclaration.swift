import Interpreter
import Layers
import Tensors

/// What a layer class's declaration makes its engine layer with.
struct LayerSetup {
    /// The layer's name, taken before the class reads its own arguments (Keras names a layer
    /// first, so a rejected layer still takes a name).
    var name: String
    /// The script class's name for a script subclass; `nil` for the engine class itself.
    var className: String?
    /// Keras's `input_shape=` (without the batch axis).
    var inputShape: [Int?]?
    /// The layer's dtype.
    var dtype: DType
    /// The script class's overrides, for a class that hosts script subclasses itself (the
    /// models); `nil` otherwise.
    var script: ScriptOverrides?
}

/// The keyword arguments every Keras layer takes (`name`, `input_shape`, `dtype`,
/// `trainable`).
struct LayerArguments {
    var name: String?
    var inputShape: [Int?]?
    var dtype: DType = .float32
    var trainable = true
}

extension ClassBinding {
    /// Declares a Keras layer class, its constructor and its members.
    ///
    /// The constructor takes `parameters` (the keyword arguments every layer takes come on top,
    /// see ``Engine/defineLayerConstructor(_:_:allowed:hostsScripts:make:)``) and makes the
    /// engine layer with `make`; `members` defines the rest. Script subclasses need nothing
    /// more.
    ///
    /// ```swift
    /// static let flatten = ClassBinding.layer(
    ///     "Flatten", module: "keras.src.layers.reshaping.flatten",
    ///     exports: ["tf.keras.layers.Flatten"], shows: Flatten.self,
    ///     parameters: "data_format=None, **kwargs"
    /// ) { engine, _, setup in
    ///     Flatten(
    ///         inputShape: setup.inputShape, name: setup.name, className: setup.className,
    ///         context: engine.keras)
    /// }
    /// ```
    static func layer<Shown: Layer>(
        _ name: String, module: String, base: ClassBinding? = .layer, exports: [String],
        shows: Shown.Type, parameters: String, allowed: Set<String> = [],
        hostsScripts: Bool = false,
        make: @escaping @Sendable (Engine, BoundArguments, LayerSetup) throws -> Layer,
        members: @escaping @Sendable (Engine, ClassMembers) -> Void = { _, _ in }
    ) -> ClassBinding {
        ClassBinding(
            name, module: module, base: base.map { .bound($0) } ?? .object, exports: exports,
            shows: shows
        ) { engine, c in
            engine.defineLayerConstructor(
                c, parameters, allowed: allowed, hostsScripts: hostsScripts
            ) { args, setup in try make(engine, args, setup) }
            members(engine, c)
        }
    }
}

extension ClassMembers {
    /// A read-only property of a layer class, read from the engine layer of type `type` (the
    /// layer a script subclass extends, for one).
    func property<L: Layer>(
        _ name: String, of type: L.Type, _ get: @escaping (L) throws -> Value
    ) {
        property(name) { [engine] this in try get(try engine.layer(this, as: type)) }
    }
}

extension Engine {
    /// `__init__` of a Keras layer class: reads the keyword arguments every layer takes (any
    /// other is Keras's `TypeError`, unless `allowed`), names the layer, makes its engine layer
    /// with `make`, and attaches it to the new object.
    ///
    /// For a script subclass, the engine layer `make` gives is wrapped in a ``ScriptLayer``,
    /// which runs the script's `call` and `build`; a class with `hostsScripts` (the models)
    /// makes its script host itself from ``LayerSetup/script``.
    ///
    /// ```swift
    /// defineLayerConstructor(c, "data_format=None, **kwargs") { [self] _, setup in
    ///     Flatten(
    ///         inputShape: setup.inputShape, name: setup.name, className: setup.className,
    ///         context: keras)
    /// }
    /// ```
    func defineLayerConstructor(
        _ c: ClassMembers, _ spec: String, allowed: Set<String> = [], hostsScripts: Bool = false,
        make: @escaping (BoundArguments, LayerSetup) throws -> Layer
    ) {
        c.initializer(spec) { [self] inst, args in
            let common = try layerArguments(args, allowed: allowed)
            let isScript = classes.binding(of: inst.cls) == nil
            let script = isScript ? ScriptOverrides(engine: self, instance: inst) : nil
            let setup = LayerSetup(
                name: common.name ?? keras.uniqueName(for: KerasContext.snakeCase(inst.cls.name)),
                className: isScript ? inst.cls.name : nil, inputShape: common.inputShape,
                dtype: common.dtype, script: hostsScripts ? script : nil)
            var layer = try make(args, setup)
            if let script, !hostsScripts {
                layer = ScriptLayer(script: script, base: layer, inputShape: common.inputShape)
            }
            layer.trainable = common.trainable
            attach(layer, to: inst)
        }
    }

    /// The keyword arguments every layer takes (`name`, `input_shape`, `input_dim`, `dtype`,
    /// `trainable`), with Keras's `TypeError` for any other.
    func layerArguments(_ args: BoundArguments, allowed: Set<String>) throws(PyError)
        -> LayerArguments
    {
        var common = LayerArguments()
        common.name = try optionalString(args["name"], name: "name")
        if let dtype = try dtype(args["dtype"]) { common.dtype = dtype }
        if !args["trainable"].isUnbound { common.trainable = try flag(args["trainable"]) }
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
