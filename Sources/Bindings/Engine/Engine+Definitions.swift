import Interpreter

extension Engine {
    /// A module function with a declared parameter list; engine errors become Python exceptions.
    ///
    /// `signature` overrides what IPython shows (`tf.nn.relu`'s annotated signature).
    func function(
        _ name: String, module: String, _ spec: String, signature: String? = nil,
        _ body: @escaping (BoundArguments) throws -> Value
    ) -> Value {
        let params = NativeParameters(name, spec)
        let f = PyNativeFunction(
            name: name, module: module, signature: signature ?? params.signature
        ) { [self] rt, args in
            let bound = try params.bind(args, rt)
            do {
                return try body(bound)
            } catch {
                throw pythonError(error)
            }
        }
        return .object(f)
    }

    /// A method with a declared parameter list (after the receiver).
    func method(
        _ cls: PyClass, _ name: String, _ spec: String,
        _ body: @escaping (Value, BoundArguments) throws -> Value
    ) {
        rt.defineMethod(cls, name, parameters: spec) { [self] _, this, args in
            do {
                return try body(this, args)
            } catch {
                throw pythonError(error)
            }
        }
    }

    /// A method that reads its arguments itself (`args[0]` is the receiver), for the hot
    /// protocol slots where binding a parameter list would cost more than the work.
    func rawMethod(_ cls: PyClass, _ name: String, _ body: @escaping (Arguments) throws -> Value) {
        rt.defineMethod(cls, name) { [self] _, args in
            do {
                return try body(args)
            } catch {
                throw pythonError(error)
            }
        }
    }

    /// A read-only property.
    func property(_ cls: PyClass, _ name: String, _ get: @escaping (Value) throws -> Value) {
        rt.defineProperty(
            cls, name,
            get: { [self] _, this in
                do {
                    return try get(this)
                } catch {
                    throw pythonError(error)
                }
            })
    }

    /// A class attribute.
    func constant(_ cls: PyClass, _ name: String, _ value: Value) {
        rt.setClassAttribute(cls, name, value)
    }

    /// `__new__` for a native class whose instances are made by `body` (called with the
    /// arguments after the class), such as `tf.Variable(…)` giving a `ResourceVariable`.
    func constructor(
        _ cls: PyClass, _ spec: String, _ body: @escaping (PyClass, BoundArguments) throws -> Value
    ) {
        // The class comes first, as `__new__` receives it.
        let params = NativeParameters(cls.name, "cls, " + spec)
        let f = PyNativeFunction(
            name: "__new__", qualname: cls.qualname + ".__new__", module: cls.module,
            signature: params.signature
        ) { [self] rt, args in
            guard let target = args[0].asClass else {
                throw rt.error(.typeError, "\(cls.name).__new__(X): X is not a type object")
            }
            let bound = try params.bind(args, rt)
            do {
                return try body(target, bound)
            } catch {
                throw pythonError(error)
            }
        }
        rt.setClassAttribute(cls, "__new__", .object(f))
    }
}
