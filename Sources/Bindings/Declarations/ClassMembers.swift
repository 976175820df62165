import Interpreter

/// The members of one session class, as a declaration's `members` defines them: methods,
/// properties, class attributes and constructors whose engine errors become Python exceptions.
///
/// ```swift
/// c.method("get_shape", "") { [self] this, _ in shapeObject(try receiverOrThrow(this).shape) }
/// c.property("ndim") { [self] this in .int(try receiverOrThrow(this).rank) }
/// ```
struct ClassMembers {
    /// The session's engine.
    unowned(unsafe) let engine: Engine
    /// The class being defined.
    let cls: PyClass

    private var rt: Runtime { engine.rt }

    /// A method with a declared parameter list (after the receiver).
    func method(
        _ name: String, _ spec: String, _ body: @escaping (Value, BoundArguments) throws -> Value
    ) {
        rt.defineMethod(cls, name, parameters: spec) { [engine] _, this, args in
            try engine.guarded { try body(this, args) }
        }
    }

    /// A method that reads its arguments itself (`args[0]` is the receiver), for the hot
    /// protocol slots where binding a parameter list would cost more than the work.
    func rawMethod(_ name: String, _ body: @escaping (Arguments) throws -> Value) {
        rt.defineMethod(cls, name) { [engine] _, args in try engine.guarded { try body(args) } }
    }

    /// A read-only property.
    func property(_ name: String, _ get: @escaping (Value) throws -> Value) {
        property(name, get: get, set: nil)
    }

    /// A property, which scripts may also assign when it has a setter.
    func property(
        _ name: String, get: @escaping (Value) throws -> Value,
        set: ((Value, Value) throws -> Void)?
    ) {
        rt.defineProperty(
            cls, name, get: { [engine] _, this in try engine.guarded { try get(this) } },
            set: set.map { set in
                { [engine] _, this, value in try engine.guarded { try set(this, value) } }
            })
    }

    /// A class attribute.
    func constant(_ name: String, _ value: Value) {
        rt.setClassAttribute(cls, name, value)
    }

    /// `__init__`, which fills the payload of a new instance (`args` after `self`).
    func initializer(_ spec: String, _ body: @escaping (PyInstance, BoundArguments) throws -> Void)
    {
        method("__init__", spec) { this, args in
            if let inst = this.asInstance { try body(inst, args) }
            return .none
        }
    }

    /// `__new__` for a class whose instances `body` makes (called with the class and the
    /// arguments after it), such as `tf.Variable(…)` giving a `ResourceVariable`.
    func constructor(_ spec: String, _ body: @escaping (PyClass, BoundArguments) throws -> Value) {
        // The class comes first, as `__new__` receives it.
        let params = NativeParameters(cls.name, "cls, " + spec)
        let cls = self.cls
        let f = PyNativeFunction(
            name: "__new__", qualname: cls.qualname + ".__new__", module: cls.module,
            signature: params.signature
        ) { [engine] rt, args in
            guard let target = args[0].asClass else {
                throw rt.error(.typeError, "\(cls.name).__new__(X): X is not a type object")
            }
            let bound = try params.bind(args, rt)
            return try engine.guarded { try body(target, bound) }
        }
        rt.setClassAttribute(cls, "__new__", .object(f))
    }
}
