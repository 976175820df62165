import Interpreter
import Layers
import Tensors

extension ClassBinding {
    /// `tf.Tensor`: what every tensor value is an instance of.
    static let tensor = ClassBinding(
        "Tensor", module: "tensorflow.python.framework.tensor", exports: ["tf.Tensor"]
    ) { engine, c in engine.defineTensor(c) }

    /// The class of every tensor value (`type(tf.constant(1))`).
    static let eagerTensor = ClassBinding(
        "EagerTensor", module: "tensorflow.python.framework.ops", base: .bound(.tensor),
        isCType: true)
}

extension Engine {
    /// `tf.Tensor`'s members: operators, indexing, conversions to Python numbers, iteration
    /// over the first axis, `shape`, `dtype`, `numpy()` and the reprs.
    fileprivate func defineTensor(_ c: ClassMembers) {
        defineOperators(c)
        defineConversions(c, kind: "Tensor")
        c.rawMethod("__repr__") { [self] args in
            Value(try receiverOrThrow(args[0]).tensorflowRepr)
        }
        c.rawMethod("__str__") { [self] args in
            Value(try receiverOrThrow(args[0]).tensorflowStr)
        }
        c.rawMethod("__getitem__") { [self] args in
            let t = try receiverOrThrow(args[0])
            return wrap(try t.slice(try tensorIndices(args[1])))
        }
        c.rawMethod("__getattr__") { [self] args in
            try sliceAttribute(args[0], args[1])
        }
        c.method("numpy", "") { [self] this, _ in wrapNumpy(try receiverOrThrow(this)) }
        c.method("get_shape", "") { [self] this, _ in
            shapeObject(TensorShape(try receiverOrThrow(this).shape))
        }
        c.property("shape") { [self] this in
            shapeObject(TensorShape(try receiverOrThrow(this).shape))
        }
        c.property("dtype") { [self] this in dtypeObject(try receiverOrThrow(this).dtype) }
        c.property("ndim") { [self] this in .int(try receiverOrThrow(this).rank) }
        c.property("device") { _ in Value("/job:localhost/replica:0/task:0/device:CPU:0") }
        c.property("name") { [self] _ in
            throw rt.error(
                .attributeError, "Tensor.name is undefined when eager execution is enabled.")
        }
        c.method("__array__", "dtype=None") { [self] this, args in
            var t = try receiverOrThrow(this)
            if let dtype = try dtype(args["dtype"], dialect: .numpy) { t = t.cast(to: dtype) }
            return wrapArray(t)
        }
    }

    /// `len`, `iter`, `bool`, `float`, `int`, `__index__`, `__format__` and `hash` for tensors
    /// and variables (`kind` names the class in the unhashable message).
    func defineConversions(_ c: ClassMembers, kind: String) {
        if kind == "Tensor" {
            // Variables have no `len()` in TensorFlow 2.15 (they iterate, though).
            c.rawMethod("__len__") { [self] args in
                let t = try receiverOrThrow(args[0])
                guard let first = t.shape.first else {
                    throw typeError("Scalar tensor has no `len()`")
                }
                return .int(first)
            }
        }
        c.rawMethod("__iter__") { [self] args in
            let t = try receiverOrThrow(args[0])
            guard !t.shape.isEmpty else { throw typeError("Cannot iterate over a scalar tensor.") }
            let rows = try t.unstacked(axis: 0).map { wrap($0) }
            return .object(try rt.iterate(rt.tuple(rows)))
        }
        defineNumberConversions(c) { [self] value throws(PyError) in try receiverOrThrow(value) }
        c.rawMethod("__format__") { [self] args in
            let t = try receiverOrThrow(args[0])
            let spec = args[1].asString ?? ""
            if spec.isEmpty {
                guard let element = try? t.element(at: 0), t.rank == 0 else {
                    return Value(t.numpyStr)
                }
                return Value(Tensor.numpyScalarRepr(element, dtype: t.dtype))
            }
            guard t.rank == 0 else {
                throw typeError("unsupported format string passed to EagerTensor.__format__")
            }
            return Value(try rt.format(try pythonScalar(try onlyElement(t)), spec))
        }
        c.rawMethod("__hash__") { [self] args in
            if kind == "Tensor" {
                throw typeError("Tensor is unhashable. Instead, use tensor.ref() as the key.")
            }
            throw typeError(
                "Variable is unhashable. Instead, use variable.ref() as the key. (Variable: "
                    + "\(try handle(args[0]).repr))")
        }
    }

    /// `v[…].assign(x)`: the `assign` of a tensor read from a variable by indexing (other
    /// tensors have none); any other missing attribute is ``missingAttribute(_:_:)``'s.
    func sliceAttribute(_ this: Value, _ name: Value) throws(PyError) -> Value {
        let attribute = name.asString ?? ""
        if let box = tensorBox(this), let source = box.source, attribute == "assign" {
            let f = PyNativeFunction(name: attribute, module: nil) { [self] rt, args in
                guard args.count == 1 || args.keyword("value") != nil else {
                    throw rt.error(
                        .typeError, "assign() missing 1 required positional argument: 'value'")
                }
                let value = args.count == 1 ? args[0] : (args.keyword("value") ?? .none)
                return try assignSlice(source, value)
            }
            return .object(f)
        }
        throw missingAttribute(this, attribute)
    }

    /// Writes `value` into the elements `source` selects (what `v[0, 0].assign(9)` does) and
    /// returns the variable as TensorFlow shows it (`UnreadVariable`).
    private func assignSlice(_ source: VariableSlice, _ value: Value) throws(PyError) -> Value {
        let variable = source.variable
        let newValue = try tensor(value, .exactly(variable.dtype))
        try guarded { try variable.assign(newValue, at: source.indices) }
        return unreadVariable(variable)
    }
}
