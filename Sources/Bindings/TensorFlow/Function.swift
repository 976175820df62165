import Interpreter

extension ClassBinding {
    /// What `@tf.function` gives: it calls the Python function eagerly, and binds as a method
    /// when it decorates one.
    static let function = ClassBinding(
        "Function", module: "tensorflow.python.eager.polymorphic_function.polymorphic_function"
    ) { engine, c in engine.defineFunction(c) }
}

extension Engine {
    /// The members of `@tf.function`'s objects: `__call__`, `__get__`, `python_function` and
    /// `__name__`.
    fileprivate func defineFunction(_ c: ClassMembers) {
        rt.defineMethod(c.cls, "__call__") { [self] rt, args in
            let wrapped = try wrappedFunction(args[0])
            var positional: [Value] = []
            for i in 1..<max(1, args.count) { positional.append(args[i]) }
            let result = try rt.call(
                wrapped, positional, keywords: args.keywordPairs.map { ($0.name, $0.value) })
            return try functionOutput(result)
        }
        rt.defineMethod(c.cls, "__get__") { _, args in
            if args[1].isNone { return args[0] }
            return .object(PyBoundMethod(function: args[0], receiver: args[1]))
        }
        c.property("python_function") { [self] this in try wrappedFunction(this) }
        c.property("__name__") { [self] this in
            try rt.getAttribute(try wrappedFunction(this), "__name__")
        }
    }

    /// `tf.function(func=None, …)`: the wrapped function, or a decorator when only options are
    /// given (`@tf.function(jit_compile=True)`).
    func tfFunction() -> Value {
        function(
            "function", module: "tensorflow.python.eager.polymorphic_function.polymorphic_function",
            "func=None, input_signature=None, autograph=True, jit_compile=None, "
                + "reduce_retracing=False, experimental_implements=None, "
                + "experimental_autograph_options=None, experimental_attributes=None, "
                + "experimental_relax_shapes=None, experimental_compile=None, "
                + "experimental_follow_type_hints=None"
        ) { [self] args in
            let wrapped = args["func"]
            if wrapped.isNone {
                return .object(
                    PyNativeFunction(name: "decorated", module: nil) { [self] rt, inner in
                        guard inner.count == 1 else {
                            throw rt.error(.typeError, "decorated() takes 1 positional argument")
                        }
                        return makeFunctionObject(inner[0])
                    })
            }
            guard rt.isCallable(wrapped) else {
                throw typeError("func must be callable, got \((try? rt.repr(wrapped)) ?? "?")")
            }
            return makeFunctionObject(wrapped)
        }
    }

    /// What a `tf.function` returns for its function's result: the same structure (lists,
    /// tuples, dicts, `None`) with every number, bool, array and variable converted to a
    /// tensor, as a traced function's outputs are.
    private func functionOutput(_ value: Value) throws(PyError) -> Value {
        switch value {
        case .none, .str: return value
        case .int, .float, .bool: return wrap(try tensor(value))
        default:
            if let list = value.asList {
                var items: [Value] = []
                for item in list.items { items.append(try functionOutput(item)) }
                return rt.list(items)
            }
            if let tuple = value.asTuple {
                var items: [Value] = []
                for item in tuple.items { items.append(try functionOutput(item)) }
                return rt.tuple(items)
            }
            if let dict = value.asDict {
                var pairs: [(Value, Value)] = []
                for (k, v) in dict.orderedItems { pairs.append((k, try functionOutput(v))) }
                return try rt.dict(keysAndValues: pairs)
            }
            if let t = receiverTensor(value), isNumpyValue(value) || variablePayload(value) != nil {
                return wrap(t)
            }
            return value
        }
    }

    /// The Python function a `tf.function` object runs (for Keras's signature inspection).
    func functionTarget(_ value: Value) -> Value? {
        (value.asInstance?.payload as? FunctionPayload)?.wrapped
    }

    private func makeFunctionObject(_ wrapped: Value) -> Value {
        .object(rt.makeInstance(classes[.function], payload: FunctionPayload(wrapped)))
    }

    private func wrappedFunction(_ value: Value) throws(PyError) -> Value {
        guard let inst = value.asInstance, let payload = inst.payload as? FunctionPayload else {
            throw typeError("expected a tf.function object")
        }
        return payload.wrapped
    }
}

/// The payload of a `tf.function` object: the Python function it runs.
final class FunctionPayload {
    let wrapped: Value

    init(_ wrapped: Value) {
        self.wrapped = wrapped
    }
}
