import Interpreter
import Layers
import Tensors

extension Engine {
    /// Defines `tf.Tensor` (and so `EagerTensor`): operators, indexing, conversions to Python
    /// numbers, iteration over the first axis, `shape`, `dtype`, `numpy()` and the reprs.
    func installTensorClasses() {
        let cls = classes.tensor
        installOperators(on: cls)
        installConversions(on: cls, kind: "Tensor")
        rawMethod(cls, "__repr__") { [self] args in
            Value(try receiverOrThrow(args[0]).tensorflowRepr)
        }
        rawMethod(cls, "__str__") { [self] args in
            Value(try receiverOrThrow(args[0]).tensorflowStr)
        }
        rawMethod(cls, "__getitem__") { [self] args in
            let t = try receiverOrThrow(args[0])
            return wrap(try t.slice(try tensorIndices(args[1])))
        }
        rawMethod(cls, "__getattr__") { [self] args in
            try sliceAttribute(args[0], args[1])
        }
        method(cls, "numpy", "") { [self] this, _ in wrapNumpy(try receiverOrThrow(this)) }
        method(cls, "get_shape", "") { [self] this, _ in
            shapeObject(TensorShape(try receiverOrThrow(this).shape))
        }
        property(cls, "shape") { [self] this in
            shapeObject(TensorShape(try receiverOrThrow(this).shape))
        }
        property(cls, "dtype") { [self] this in dtypeObject(try receiverOrThrow(this).dtype) }
        property(cls, "ndim") { [self] this in .int(try receiverOrThrow(this).rank) }
        property(cls, "device") { _ in Value("/job:localhost/replica:0/task:0/device:CPU:0") }
        property(cls, "name") { [self] _ in
            throw rt.error(
                .attributeError, "Tensor.name is undefined when eager execution is enabled.")
        }
        method(cls, "__array__", "dtype=None") { [self] this, args in
            var t = try receiverOrThrow(this)
            if let dtype = try dtype(args["dtype"], dialect: .numpy) { t = t.cast(to: dtype) }
            return wrapArray(t)
        }
    }

    /// `len`, `iter`, `bool`, `float`, `int`, `__index__`, `__format__` and `hash` for tensors
    /// and variables (`kind` names the class in the unhashable message).
    func installConversions(on cls: PyClass, kind: String) {
        if kind == "Tensor" {
            // Variables have no `len()` in TensorFlow 2.15 (they iterate, though).
            rawMethod(cls, "__len__") { [self] args in
                let t = try receiverOrThrow(args[0])
                guard let first = t.shape.first else {
                    throw typeError("Scalar tensor has no `len()`")
                }
                return .int(first)
            }
        }
        rawMethod(cls, "__iter__") { [self] args in
            let t = try receiverOrThrow(args[0])
            guard !t.shape.isEmpty else { throw typeError("Cannot iterate over a scalar tensor.") }
            let rows = try t.unstacked(axis: 0).map { wrap($0) }
            return .object(try rt.iterate(rt.tuple(rows)))
        }
        rawMethod(cls, "__bool__") { [self] args in
            .bool(try truth(try receiverOrThrow(args[0])))
        }
        rawMethod(cls, "__float__") { [self] args in
            .float(try onlyElement(try receiverOrThrow(args[0])).doubleValue)
        }
        rawMethod(cls, "__int__") { [self] args in
            try pythonInt(try onlyElement(try receiverOrThrow(args[0])))
        }
        rawMethod(cls, "__index__") { [self] args in
            let t = try receiverOrThrow(args[0])
            guard t.dtype.isInteger || t.dtype == .bool, t.rank == 0 else {
                throw typeError(
                    "only integer scalar arrays can be converted to a scalar index")
            }
            return try pythonInt(try onlyElement(t))
        }
        rawMethod(cls, "__format__") { [self] args in
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
        rawMethod(cls, "__hash__") { [self] args in
            if kind == "Tensor" {
                throw typeError("Tensor is unhashable. Instead, use tensor.ref() as the key.")
            }
            throw typeError(
                "Variable is unhashable. Instead, use variable.ref() as the key. (Variable: "
                    + "\(try handle(args[0]).repr))")
        }
    }

    /// numpy's truth value of an array: its element when it has one, `False` when empty.
    func truth(_ t: Tensor) throws(PyError) -> Bool {
        if t.count == 0 { return false }
        guard t.count == 1 else {
            throw valueError(
                "The truth value of an array with more than one element is ambiguous. Use "
                    + "a.any() or a.all()")
        }
        return try onlyElement(t).doubleValue != 0
    }

    /// The element of a one-element tensor (numpy's `float(a)` and `int(a)` rule).
    func onlyElement(_ t: Tensor) throws(PyError) -> ScalarValue {
        guard t.count == 1, let element = try? t.element(at: 0) else {
            throw typeError("only length-1 arrays can be converted to Python scalars")
        }
        return element
    }

    /// A Python int for a scalar element (floats truncated).
    func pythonInt(_ element: ScalarValue) throws(PyError) -> Value {
        switch element {
        case .bool(let b): return .int(b ? 1 : 0)
        case .int(let i): return .int(Int(i))
        case .float(let d):
            if d.isNaN { throw valueError("cannot convert float NaN to integer") }
            if d.isInfinite {
                throw rt.error(.overflowError, "cannot convert float infinity to integer")
            }
            if let i = Int(exactly: d.rounded(.towardZero)) { return .int(i) }
            return try rt.call(rt.builtinsModule["int"] ?? .none, [.float(d)])
        }
    }

    /// The Python value of a scalar element (`item()`).
    func pythonScalar(_ element: ScalarValue) throws(PyError) -> Value {
        switch element {
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(Int(i))
        case .float(let d): return .float(d)
        }
    }

    /// `v[…].assign(x)`: the `assign` of a tensor read from a variable by indexing (other
    /// tensors have none).
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
        throw rt.error(
            .attributeError,
            "'\(rt.typeOf(this).displayName)' object has no attribute '\(attribute)'")
    }

    /// Writes `value` into the elements `source` selects (what `v[0, 0].assign(9)` does) and
    /// returns the variable as TensorFlow shows it (`UnreadVariable`).
    private func assignSlice(_ source: VariableSlice, _ value: Value) throws(PyError) -> Value {
        let variable = source.variable
        let newValue = try tensor(value, .exactly(variable.dtype))
        try guarded { try variable.assign(newValue, at: source.indices) }
        return unreadVariable(variable)
    }

    // MARK: - Indexing

    /// A Python index (`1`, `1:3`, `...`, `None`, a tuple of those, a 0-d integer tensor) as
    /// tensor indices, with TensorFlow's error for anything else.
    ///
    /// TensorFlow reads a list index as a tuple (`t[[0, 1]]` is `t[0, 1]`); numpy doesn't.
    func tensorIndices(_ key: Value, numpy: Bool = false) throws(PyError) -> [TensorIndex] {
        if let items = key.asTuple?.items ?? (numpy ? nil : key.asList?.items) {
            var result: [TensorIndex] = []
            result.reserveCapacity(items.count)
            for item in items {
                result.append(try tensorIndex(item, whole: key, numpy: numpy))
            }
            return result
        }
        return [try tensorIndex(key, whole: key, numpy: numpy)]
    }

    private func tensorIndex(_ item: Value, whole: Value, numpy: Bool) throws(PyError)
        -> TensorIndex
    {
        switch item {
        case .int(let i):
            return .index(i)
        case .none:
            return .newAxis
        case .object(let o):
            if o === rt.ellipsis { return .ellipsis }
            if let s = item.object(as: PySlice.self) {
                return .slice(
                    start: try sliceBound(s.start, numpy: numpy),
                    stop: try sliceBound(s.stop, numpy: numpy),
                    step: try sliceBound(s.step, numpy: numpy))
            }
            if let box = tensorBox(item), box.tensor.rank == 0, box.tensor.dtype.isInteger,
                case .int(let i)? = try? box.tensor.element(at: 0)
            {
                return .index(Int(i))
            }
            if o.kind == .bigint {
                if numpy {
                    throw rt.error(
                        .indexError,
                        "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) "
                            + "and integer or boolean arrays are valid indices")
                }
                throw valueError(
                    "Can't convert Python sequence with out-of-range integer to Tensor.")
            }
        default:
            break
        }
        if numpy {
            throw rt.error(
                .indexError,
                "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and "
                    + "integer or boolean arrays are valid indices")
        }
        throw typeError(
            "Only integers, slices (`:`), ellipsis (`...`), tf.newaxis (`None`) and scalar "
                + "tf.int32/tf.int64 tensors are valid indices, got "
                + ((try? rt.repr(whole)) ?? "?"))
    }

    private func sliceBound(_ value: Value, numpy: Bool) throws(PyError) -> Int? {
        if value.isNone { return nil }
        if let i = try integer(value) { return i }
        if numpy {
            throw typeError(
                "slice indices must be integers or None or have an __index__ method")
        }
        throw typeError(
            "slice indices must be integers or None or have an __index__ method")
    }
}
