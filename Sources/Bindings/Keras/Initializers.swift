import Interpreter
import Layers
import Tensors

extension ClassBinding {
    /// `tf.keras.initializers.Initializer`, the base of Keras's initializers and of script
    /// initializers.
    static let kerasInitializer = ClassBinding(
        "Initializer", module: kerasInitializersModule,
        exports: ["tf.keras.initializers.Initializer"]
    ) { engine, c in engine.defineInitializerBase(c) }

    /// Keras's initializers (`tf.keras.initializers.GlorotUniform`, also reachable by their
    /// snake-case names, `glorot_uniform`).
    static let kerasInitializers: [ClassBinding] = {
        var made: [String: ClassBinding] = [:]
        let names: [(name: String, base: String?)] = [
            ("Zeros", nil), ("Ones", nil), ("Constant", nil), ("RandomNormal", nil),
            ("RandomUniform", nil), ("TruncatedNormal", nil), ("VarianceScaling", nil),
            ("GlorotUniform", "VarianceScaling"), ("GlorotNormal", "VarianceScaling"),
            ("HeNormal", "VarianceScaling"), ("HeUniform", "VarianceScaling"),
            ("LecunNormal", "VarianceScaling"), ("LecunUniform", "VarianceScaling"),
            ("Identity", nil), ("Orthogonal", nil),
        ]
        return names.map { name, base in
            let binding = ClassBinding(
                name, module: kerasInitializersModule,
                base: .bound(base.flatMap { made[$0] } ?? .kerasInitializer),
                exports: [
                    "tf.keras.initializers.\(name)",
                    "tf.keras.initializers.\(KerasContext.snakeCase(name))",
                ]
            ) { engine, c in engine.defineInitializerConstructor(c, name, flavor: .keras) }
            made[name] = binding
            return binding
        }
    }()

    /// The base of TensorFlow's own initializer classes.
    static let tensorflowInitializer = ClassBinding(
        "Initializer", module: tensorflowInitializersModule
    ) { engine, c in engine.defineInitializerBase(c) }

    /// TensorFlow's initializers, `tf.zeros_initializer` (class `Zeros`), ….
    static let tensorflowInitializers: [ClassBinding] = [
        ("zeros_initializer", "Zeros"), ("ones_initializer", "Ones"),
        ("constant_initializer", "Constant"), ("random_normal_initializer", "RandomNormal"),
        ("random_uniform_initializer", "RandomUniform"),
        ("truncated_normal_initializer", "TruncatedNormal"),
    ].map { alias, name in
        ClassBinding(
            name, module: tensorflowInitializersModule, base: .bound(.tensorflowInitializer),
            exports: ["tf.\(alias)"]
        ) { engine, c in engine.defineInitializerConstructor(c, name, flavor: .tensorflow) }
    }

    private static let kerasInitializersModule = "keras.src.initializers.initializers"
    private static let tensorflowInitializersModule = "tensorflow.python.ops.init_ops_v2"
}

extension FunctionGroup {
    /// `tf.keras.initializers.get`.
    static let kerasInitializers = FunctionGroup("tf") { engine, m in
        engine.defineKerasInitializerFunctions(m)
    }
}

extension Engine {
    fileprivate func defineKerasInitializerFunctions(_ m: ModuleTree) {
        m["tf.keras.initializers.get"] = function(
            "get", module: "keras.src.initializers", "identifier"
        ) { [self] args in
            guard let initializer = try initializer(args["identifier"]) else { return .none }
            return initializerObject(initializer)
        }
    }

    /// `__call__(shape, dtype=None)` and `get_config()` of the initializers' base classes.
    fileprivate func defineInitializerBase(_ c: ClassMembers) {
        c.method("__call__", "shape, dtype=None, **kwargs") { [self] this, args in
            guard let initializer = this.asInstance?.payload as? Initializer else {
                throw rt.error(
                    .notImplementedError,
                    "Initializer subclasses must implement the `__call__()` method.")
            }
            let dtype = try dtype(args["dtype"]) ?? .float32
            let shape = try shape(args["shape"])
            if initializer is Constant, let negative = shape.first(where: { $0 < 0 }) {
                // Keras's `Constant` checks the shape in Python before any op runs.
                throw valueError("Dimension \(negative) must be >= 0")
            }
            return wrap(try initializer(shape: shape, dtype: dtype, context: keras))
        }
        c.method("get_config", "") { [self] this, _ in
            guard let initializer = this.asInstance?.payload as? Initializer else {
                return rt.dict([])
            }
            return rt.dict(initializer.config.map { ($0.key, configValue($0.value)) })
        }
    }

    /// The constructor of the initializer class `name`, with Keras's parameters.
    fileprivate func defineInitializerConstructor(
        _ c: ClassMembers, _ name: String, flavor: Initializer.Flavor
    ) {
        let spec: String
        let make: (BoundArguments) throws -> Initializer
        switch name {
        case "Zeros":
            spec = ""
            make = { _ in Zeros(flavor: flavor) }
        case "Ones":
            spec = ""
            make = { _ in Ones(flavor: flavor) }
        case "Constant":
            spec = "value=0"
            make = { [self] args in try constantInitializer(args["value"], flavor: flavor) }
        case "RandomNormal", "TruncatedNormal":
            spec = "mean=0.0, stddev=0.05, seed=None"
            make = { [self] args in
                let mean = try number(args["mean"], name: "mean")
                let stddev = try number(args["stddev"], name: "stddev")
                let seed = try seedArgument(args["seed"])
                return name == "RandomNormal"
                    ? RandomNormal(mean: mean, stddev: stddev, seed: seed, flavor: flavor)
                    : TruncatedNormal(mean: mean, stddev: stddev, seed: seed, flavor: flavor)
            }
        case "RandomUniform":
            spec = "minval=-0.05, maxval=0.05, seed=None"
            make = { [self] args in
                RandomUniform(
                    minval: try number(args["minval"], name: "minval"),
                    maxval: try number(args["maxval"], name: "maxval"),
                    seed: try seedArgument(args["seed"]), flavor: flavor)
            }
        case "VarianceScaling":
            spec = "scale=1.0, mode='fan_in', distribution='truncated_normal', seed=None"
            make = { [self] args in
                try VarianceScaling(
                    scale: try number(args["scale"], name: "scale"),
                    mode: try VarianceScaling.Mode(parsing: try rt.stringValue(args["mode"])),
                    distribution: try VarianceScaling.Distribution(
                        parsing: try rt.stringValue(args["distribution"])),
                    seed: try seedArgument(args["seed"]))
            }
        case "Identity":
            spec = "gain=1.0"
            make = { [self] args in Identity(gain: try number(args["gain"], name: "gain")) }
        case "Orthogonal":
            spec = "gain=1.0, seed=None"
            make = { [self] args in
                Orthogonal(
                    gain: try number(args["gain"], name: "gain"),
                    seed: try seedArgument(args["seed"]))
            }
        default:
            spec = "seed=None"
            make = { [self] args in
                let seed = try seedArgument(args["seed"])
                switch name {
                case "GlorotNormal": return GlorotNormal(seed: seed)
                case "HeNormal": return HeNormal(seed: seed)
                case "HeUniform": return HeUniform(seed: seed)
                case "LecunNormal": return LecunNormal(seed: seed)
                case "LecunUniform": return LecunUniform(seed: seed)
                default: return GlorotUniform(seed: seed)
                }
            }
        }
        c.initializer(spec) { inst, args in inst.payload = try make(args) }
    }

    private func seedArgument(_ value: Value) throws(PyError) -> Int? {
        value.isNone ? nil : try integer(value)
    }

    /// `Constant(value)`: a number, or an array-like value kept with its Python repr.
    private func constantInitializer(_ value: Value, flavor: Initializer.Flavor) throws
        -> Initializer
    {
        switch value {
        case .int(let i): return Constant(Double(i), flavor: flavor)
        case .float(let d): return Constant(d, flavor: flavor)
        case .bool(let b): return Constant(b ? 1 : 0, flavor: flavor)
        default:
            let t = try tensor(value)
            if t.rank == 0, let element = try? t.element(at: 0) {
                return Constant(element.doubleValue, flavor: flavor)
            }
            return Constant(value: t, description: try rt.repr(value), flavor: flavor)
        }
    }

    /// The Python value of a `get_config()` entry.
    private func configValue(_ value: ConfigValue) -> Value {
        switch value {
        case .float(let d): return .float(d)
        case .int(let i): return .int(i)
        case .string(let s): return Value(s)
        case .none: return .none
        case .literal(let literal): return pythonValue(literal)
        }
    }

    /// The Python value of nested literal values (lists of numbers).
    func pythonValue(_ literal: TensorLiteral) -> Value {
        switch literal {
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(Int(i))
        case .float(let d): return .float(d)
        case .list(let items): return rt.list(items.map(pythonValue))
        }
    }

    /// The initializer an argument names: `None` (the layer's default), a name
    /// (`'glorot_uniform'`), an initializer object (built-in or a script subclass with its own
    /// `__call__`), or any callable `f(shape, dtype=None)`.
    func initializer(_ value: Value) throws -> Initializer? {
        switch value {
        case .none, .unbound:
            return nil
        case .str(let s):
            return try Initializer.named(s.value)
        default:
            if let inst = value.asInstance {
                let tensorflowBase = classes[.tensorflowInitializer]
                let base =
                    inst.cls.isSubclass(of: tensorflowBase)
                    ? tensorflowBase : classes[.kerasInitializer]
                if scriptOverride(inst.cls, "__call__", native: base) != nil {
                    return scriptInitializer(value, className: inst.cls.name)
                }
                if let native = inst.payload as? Initializer { return native }
            }
            guard rt.isCallable(value) else {
                throw LayerError(
                    .value,
                    "Could not interpret initializer identifier: \(try rt.repr(value))")
            }
            let name = (try? rt.getAttribute(value, "__name__"))?.asString ?? "function"
            return scriptInitializer(value, className: name)
        }
    }

    private func scriptInitializer(_ callable: Value, className: String) -> Initializer {
        let initializer = ScriptInitializer(engine: self, callable: callable, className: className)
        scriptBacked.append(initializer)
        return initializer
    }

    /// The script object of an initializer (`layer.kernel_initializer`).
    func initializerObject(_ initializer: Initializer) -> Value {
        if let scripted = initializer as? ScriptInitializer { return scripted.callable }
        let family =
            initializer.flavor == .keras
            ? ClassBinding.kerasInitializers : ClassBinding.tensorflowInitializers
        let binding = family.first { $0.name == initializer.className } ?? .kerasInitializer
        return .object(rt.makeInstance(classes[binding], payload: initializer))
    }
}
