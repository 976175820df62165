extension Runtime {
    /// Creates a native function.
    ///
    /// `module` and `signature` are what IPython shows (`<function
    /// tensorflow.python.ops.gen_nn_ops.relu(features, name=None)>`).
    public func makeFunction(
        _ name: String, module: String? = nil, signature: String? = nil,
        _ body: @escaping NativeBody
    ) -> PyNativeFunction {
        PyNativeFunction(name: name, module: module, signature: signature, body: body)
    }

    /// Creates a native function whose arguments are bound to a declared parameter list
    /// (`"features, name=None"`) before `body` runs.
    public func makeFunction(
        _ name: String, module: String? = nil, parameters spec: String,
        _ body: @escaping (Runtime, BoundArguments) throws -> Value
    ) -> PyNativeFunction {
        let params = NativeParameters(name, spec)
        return PyNativeFunction(
            name: name, module: module, signature: params.signature,
            body: { rt, args in try body(rt, try params.bind(args, rt)) })
    }

    /// Defines a method on a class: `body` receives the receiver as `args[0]`.
    @discardableResult
    public func defineMethod(
        _ cls: PyClass, _ name: String, signature: String? = nil, _ body: @escaping NativeBody
    ) -> PyNativeFunction {
        let f = PyNativeFunction(
            name: name, qualname: cls.qualname + "." + name, module: cls.module,
            signature: signature, isMethod: true, body: body)
        cls.setAttribute(intern(name), .object(f))
        return f
    }

    /// Defines a method whose arguments (after the receiver) are bound to a parameter list.
    @discardableResult
    public func defineMethod(
        _ cls: PyClass, _ name: String, parameters spec: String,
        _ body: @escaping (Runtime, Value, BoundArguments) throws -> Value
    ) -> PyNativeFunction {
        let params = NativeParameters(cls.name + "." + name, spec)
        return defineMethod(cls, name, signature: "(self, " + params.signature.dropFirst()) {
            rt, args in
            try body(rt, args[0], try params.bind(args.dropping(1), rt))
        }
    }

    /// Defines a static method (no receiver).
    public func defineStaticMethod(_ cls: PyClass, _ name: String, _ body: @escaping NativeBody) {
        let f = PyNativeFunction(
            name: name, qualname: cls.qualname + "." + name, module: cls.module, body: body)
        cls.setAttribute(intern(name), .object(PyStaticMethod(.object(f))))
    }

    /// Defines a class method (the class is `args[0]`).
    public func defineClassMethod(_ cls: PyClass, _ name: String, _ body: @escaping NativeBody) {
        let f = PyNativeFunction(
            name: name, qualname: cls.qualname + "." + name, module: cls.module, body: body)
        cls.setAttribute(intern(name), .object(PyClassMethod(.object(f))))
    }

    /// Defines a property with a getter and an optional setter.
    public func defineProperty(
        _ cls: PyClass, _ name: String, get: @escaping (Runtime, Value) throws -> Value,
        set: ((Runtime, Value, Value) throws -> Void)? = nil
    ) {
        let getter = PyNativeFunction(name: name, qualname: cls.qualname + "." + name) {
            rt, args in try get(rt, args[0])
        }
        var setter = Value.none
        if let set = set {
            setter = .object(
                PyNativeFunction(name: name, qualname: cls.qualname + "." + name) { rt, args in
                    try set(rt, args[0], args[1])
                    return .none
                })
        }
        cls.setAttribute(intern(name), .object(PyProperty(getter: .object(getter), setter: setter)))
    }

    /// Sets a class attribute.
    public func setClassAttribute(_ cls: PyClass, _ name: String, _ value: Value) {
        cls.setAttribute(intern(name), value)
    }

    /// Creates an empty native module (register its factory in ``SessionOptions/modules``).
    public func makeModule(_ name: String) -> PyModule {
        PyModule(name: name)
    }

    /// Creates an instance of a class without running `__init__` (for natives that build
    /// results, such as a tensor returned by an op).
    public func makeInstance(_ cls: PyClass, payload: Any? = nil) -> PyInstance {
        let inst = newInstance(cls)
        inst.payload = payload
        return inst
    }

    /// A list value.
    public func list(_ items: [Value]) -> Value { .object(newList(items)) }

    /// A tuple value.
    public func tuple(_ items: [Value]) -> Value { .object(PyTuple(items)) }

    /// A dict value from str-keyed pairs in order.
    public func dict(_ pairs: [(String, Value)]) -> Value {
        let d = newDict()
        for (k, v) in pairs {
            d.set(intern(k), v)
        }
        return .object(d)
    }

    /// A dict value from arbitrary keys (hashing may call script code).
    public func dict(keysAndValues pairs: [(Value, Value)]) throws(PyError) -> Value {
        let d = newDict()
        for (k, v) in pairs {
            try dictSet(d, k, v)
        }
        return .object(d)
    }
}
