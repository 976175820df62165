import Interpreter
import Layers
import Tensors

extension FunctionGroup {
    /// `tf.keras.activations`.
    static let kerasActivations = FunctionGroup("tf") { engine, m in
        engine.defineKerasActivations(m)
    }
}

extension Engine {
    /// `tf.keras.activations`: Keras's functions with Keras's signatures, and `get`.
    fileprivate func defineKerasActivations(_ m: ModuleTree) {
        let module = "keras.src.activations"
        let specs: [(String, String)] = [
            ("relu", "x, alpha=0.0, max_value=None, threshold=0.0"), ("sigmoid", "x"),
            ("tanh", "x"), ("softmax", "x, axis=-1"), ("softplus", "x"), ("elu", "x, alpha=1.0"),
            ("gelu", "x, approximate=False"), ("linear", "x"),
        ]
        var f: [String: Value] = [:]
        for (name, spec) in specs {
            guard let activation = try? Activation.named(name) else { continue }
            let value = function(name, module: module, spec) { [self] args in
                let x = try tensor(args["x"])
                if name == "softmax", !args["axis"].isNone {
                    return wrap(try x.softmax(axis: try axis(args["axis"])))
                }
                return wrap(try activation(x))
            }
            registerActivation(value, activation)
            f[name] = value
        }
        // A copy without `get` itself: capturing `f` would make `get` hold the dictionary that
        // holds `get` (a cycle that would keep the engine alive after the session).
        let named = f
        f["get"] = function("get", module: module, "identifier") { [self] args in
            let identifier = args["identifier"]
            if identifier.isNone { return named["linear"] ?? .none }
            if case .str(let s) = identifier {
                _ = try Activation.named(s.value)
                return named[s.value] ?? .none
            }
            guard rt.isCallable(identifier) else {
                throw typeError(
                    "Could not interpret activation function identifier: "
                        + ((try? rt.repr(identifier)) ?? "?"))
            }
            return identifier
        }
        kerasActivationObjects = named
        for (name, value) in f.sorted(by: { $0.key < $1.key }) {
            m["tf.keras.activations.\(name)"] = value
        }
    }

    /// Remembers that a function object is a built-in activation (so `Dense(activation=
    /// tf.nn.relu)` runs it natively and reports its name).
    func registerActivation(_ function: Value, _ activation: Activation) {
        if let o = function.asObject { knownActivations[ObjectIdentifier(o)] = activation }
    }

    /// The activation an `activation=` argument names: `None`, a name, a built-in function, or
    /// any callable (run through the script).
    func activation(_ value: Value) throws(PyError) -> Activation {
        switch value {
        case .none, .unbound: return .linear
        case .str(let s): return try guarded { try Activation.named(s.value) }
        default:
            if let o = value.asObject, let known = knownActivations[ObjectIdentifier(o)] {
                return known
            }
            guard rt.isCallable(value) else {
                throw typeError(
                    "Could not interpret activation function identifier: "
                        + ((try? rt.repr(value)) ?? "?"))
            }
            let name = (try? rt.getAttribute(value, "__name__"))?.asString ?? "activation"
            return Activation(name: name) { [self] x in
                let result = try rt.call(value, [wrap(x)])
                return try tensor(result)
            }
        }
    }

    /// Remembers the function object given as a layer's `activation=` (Keras gives it back as
    /// given).
    func keepActivationObject(_ value: Value, of layer: Layer) {
        if rt.isCallable(value) { activationObjects[ObjectIdentifier(layer)] = value }
    }

    /// The script object of a layer's activation: the function it was given, or Keras's
    /// function of that name.
    func activationObject(of layer: Layer, _ activation: Activation) -> Value {
        activationObjects[ObjectIdentifier(layer)] ?? kerasActivationObjects[activation.name]
            ?? .none
    }
}
