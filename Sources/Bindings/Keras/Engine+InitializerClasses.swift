import Interpreter
import Layers
import Tensors

extension Engine {
    /// Defines `tf.keras.initializers.*` and TensorFlow's `tf.*_initializer` classes: their
    /// constructors with Keras's parameters, `__call__(shape, dtype=None)` and `get_config()`.
    func installInitializerClasses() {
        for base in [classes.initializer, classes.tensorflowInitializer] {
            method(base, "__call__", "shape, dtype=None, **kwargs") { [self] this, args in
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
            method(base, "get_config", "") { [self] this, _ in
                guard let initializer = this.asInstance?.payload as? Initializer else {
                    return rt.dict([])
                }
                return rt.dict(initializer.config.map { ($0.key, configValue($0.value)) })
            }
        }
        for (name, cls) in classes.kerasInitializers {
            installInitializerConstructor(cls, name, flavor: .keras)
        }
        for (name, cls) in classes.tensorflowInitializers {
            installInitializerConstructor(cls, name, flavor: .tensorflow)
        }
    }

    private func installInitializerConstructor(
        _ cls: PyClass, _ name: String, flavor: Initializer.Flavor
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
        method(cls, "__init__", spec) { this, args in
            this.asInstance?.payload = try make(args)
            return .none
        }
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
                let base =
                    inst.cls.isSubclass(of: classes.tensorflowInitializer)
                    ? classes.tensorflowInitializer : classes.initializer
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
        let classes =
            initializer.flavor == .keras
            ? self.classes.kerasInitializers : self.classes.tensorflowInitializers
        let cls = classes[initializer.className] ?? self.classes.initializer
        return .object(rt.makeInstance(cls, payload: initializer))
    }

    /// `tf.zeros_initializer`, `tf.ones_initializer`, `tf.constant_initializer`,
    /// `tf.random_normal_initializer`, `tf.random_uniform_initializer`,
    /// `tf.truncated_normal_initializer`: TensorFlow's initializer classes.
    func tensorflowInitializerConstructors() -> [String: Value] {
        let names = [
            ("zeros_initializer", "Zeros"), ("ones_initializer", "Ones"),
            ("constant_initializer", "Constant"), ("random_normal_initializer", "RandomNormal"),
            ("random_uniform_initializer", "RandomUniform"),
            ("truncated_normal_initializer", "TruncatedNormal"),
        ]
        var result: [String: Value] = [:]
        for (alias, name) in names {
            if let cls = classes.tensorflowInitializers[name] { result[alias] = .object(cls) }
        }
        return result
    }
}
