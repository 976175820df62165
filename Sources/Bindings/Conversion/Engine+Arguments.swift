import Interpreter
import Tensors

extension Engine {
    // MARK: - Dtypes

    /// The dtype an argument names (`tf.float32`, `np.float32`, `'float32'`, `float`, a numpy
    /// dtype), or `nil` for `None`.
    ///
    /// Python's `float` and `int` mean `float32`/`int32` to TensorFlow and `float64`/`int64` to
    /// numpy.
    func dtype(_ value: Value, dialect: Dialect = .tensorflow) throws(PyError) -> DType? {
        if value.isNone || value.isUnbound { return nil }
        if let inst = value.asInstance, let dtype = inst.payload as? DType { return dtype }
        if let cls = value.asClass {
            if let match = classes.numpyScalars.first(where: { $0.value === cls }) {
                return match.key
            }
            if cls === rt.typeOf(.float(0)) { return dialect == .numpy ? .float64 : .float32 }
            if cls === rt.typeOf(.int(0)) { return dialect == .numpy ? .int64 : .int32 }
            if cls === rt.typeOf(.bool(false)) { return .bool }
        }
        if case .str(let s) = value {
            // `'float'` and `'int'` are float32/int32 to TensorFlow, float64/int64 to numpy.
            if dialect == .numpy && s.value == "float" { return .float64 }
            if dialect == .tensorflow && s.value == "int" { return .int32 }
            if let dtype = DType.named(s.value) { return dtype }
        }
        let text = (try? rt.repr(value)) ?? "?"
        if dialect == .numpy {
            if case .str(let s) = value {
                throw typeError("data type '\(s.value)' not understood")
            }
            throw typeError("Cannot interpret '\(text)' as a data type")
        }
        throw typeError("Cannot convert the argument `type_value`: \(text) to a TensorFlow DType.")
    }

    /// The dtype object script code sees (`tf.float32`).
    func dtypeObject(_ dtype: DType) -> Value {
        dtypeObjects[dtype] ?? .none
    }

    /// The numpy dtype object script code sees (`dtype('float32')`).
    func numpyDTypeObject(_ dtype: DType) -> Value {
        numpyDTypeObjects[dtype] ?? .none
    }

    // MARK: - Shapes and axes

    /// A fully known shape from a tuple or list of ints, an int, a `TensorShape` or a 1-d
    /// integer tensor.
    func shape(_ value: Value, argument: String = "shape") throws(PyError) -> [Int] {
        if let inst = value.asInstance, let shape = inst.payload as? TensorShape {
            guard let known = shape.knownDimensions else {
                throw valueError(
                    "Cannot convert a partially known TensorShape \(shape) to a Tensor.")
            }
            return known
        }
        if let box = tensorBox(value) ?? variablePayload(value).map({ TensorBox($0.value) }) {
            let t = box.tensor
            guard t.dtype.isInteger, t.rank <= 1 else {
                throw typeError(
                    "Expected int32 or int64 for argument '\(argument)', got \(t.dtype)")
            }
            return t.toLiteral().flatIntegers.map { Int($0) }
        }
        switch value {
        case .int(let i):
            return [i]
        case .object(let o) where o.kind == .list || o.kind == .tuple:
            let items = value.asList?.items ?? value.asTuple?.items ?? []
            var dims: [Int] = []
            dims.reserveCapacity(items.count)
            for item in items {
                if case .object(let o) = item, o.kind == .bigint {
                    throw valueError(
                        "Can't convert Python sequence with out-of-range integer to Tensor.")
                }
                guard let d = try integer(item) else {
                    if item.isNone {
                        throw valueError(
                            "Cannot convert a partially known TensorShape to a Tensor: "
                                + (try rt.repr(value)))
                    }
                    throw typeError(
                        "Expected int32, but got \((try? rt.repr(item)) ?? "?") of type "
                            + "'\(rt.typeName(item))'.")
                }
                dims.append(d)
            }
            return dims
        case .none:
            throw unsupportedConversion(value)
        case .object(let o) where o.kind == .bigint:
            throw valueError("Can't convert Python sequence with out-of-range integer to Tensor.")
        default:
            throw typeError(
                "Expected a shape (a tuple or list of ints) for argument '\(argument)', got "
                    + "\((try? rt.repr(value)) ?? "?") of type '\(rt.typeName(value))'.")
        }
    }

    /// A shape whose dimensions may be unknown (`None`), for `tf.TensorShape` and Keras's
    /// `input_shape`.
    func partialShape(_ value: Value) throws(PyError) -> TensorShape {
        if value.isNone { return TensorShape(unknownRank: ()) }
        if let inst = value.asInstance, let shape = inst.payload as? TensorShape { return shape }
        if case .int(let i) = value { return TensorShape([i]) }
        guard value.asList != nil || value.asTuple != nil else {
            return TensorShape(try shape(value))
        }
        var dims: [Int?] = []
        for item in try rt.collect(value) {
            if item.isNone {
                dims.append(nil)
            } else if let inst = item.asInstance, inst.cls === classes[.tensorShape] {
                throw typeError("Dimension value must be integer or None, got a TensorShape")
            } else if let d = try integer(item) {
                dims.append(d)
            } else {
                throw typeError(
                    "Dimension value must be integer or None or have an __index__ method, got "
                        + "value '\((try? rt.repr(item)) ?? "?")' with type '\(rt.typeName(item))'")
            }
        }
        return TensorShape(dims)
    }

    /// The axes of a reduction: `None` for all, an int, or a list/tuple/tensor of ints.
    func axes(_ value: Value) throws(PyError) -> [Int]? {
        if value.isNone || value.isUnbound { return nil }
        if let i = try integer(value) { return [i] }
        if let box = tensorBox(value) {
            return box.tensor.toLiteral().flatIntegers.map { Int($0) }
        }
        if value.asList != nil || value.asTuple != nil {
            var result: [Int] = []
            for item in try rt.collect(value) {
                guard let i = try integer(item) else {
                    throw typeError("axis must be an integer or a list of integers")
                }
                result.append(i)
            }
            return result
        }
        if case .str = value {
            throw invalidArgument(
                "Value for attr 'Tidx' of string is not in the list of allowed values: "
                    + "int32, int64")
        }
        throw typeError(
            "Expected int32 for argument 'axis', got \((try? rt.repr(value)) ?? "?") of type "
                + "'\(rt.typeName(value))'.")
    }

    /// One axis (`axis=-1`).
    func axis(_ value: Value, name: String = "axis") throws(PyError) -> Int {
        guard let i = try integer(value) else {
            throw typeError(
                "Expected int for argument '\(name)' not \((try? rt.repr(value)) ?? "?").")
        }
        return i
    }

    // MARK: - Scalars

    /// An int from a Python int or bool, a numpy integer or a 0-d integer tensor; `nil` for
    /// anything else.
    func integer(_ value: Value) throws(PyError) -> Int? {
        switch value {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o) where o.kind == .bigint:
            throw rt.error(.overflowError, "Python int too large to convert to C long")
        default:
            if let box = tensorBox(value), box.tensor.count == 1, box.tensor.rank == 0,
                box.tensor.dtype.isInteger, case .int(let i)? = try? box.tensor.element(at: 0)
            {
                return Int(i)
            }
            return nil
        }
    }

    /// A float from a Python number or a one-element tensor or array.
    func number(_ value: Value, name: String) throws(PyError) -> Double {
        switch value {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .bool(let b): return b ? 1 : 0
        default:
            if let box = tensorBox(value) ?? variablePayload(value).map({ TensorBox($0.value) }),
                box.tensor.count == 1, let element = try? box.tensor.element(at: 0)
            {
                return element.doubleValue
            }
            if case .object(let o) = value, o.kind == .bigint { return try rt.doubleValue(value) }
            throw typeError(
                "Expected float for argument '\(name)' not \((try? rt.repr(value)) ?? "?").")
        }
    }

    /// A scalar element value from a Python number or bool or a one-element tensor.
    func scalarValue(_ value: Value, name: String) throws(PyError) -> ScalarValue {
        switch value {
        case .int(let i): return .int(Int64(i))
        case .float(let d): return .float(d)
        case .bool(let b): return .bool(b)
        default:
            if let box = tensorBox(value) ?? variablePayload(value).map({ TensorBox($0.value) }),
                box.tensor.count == 1, let element = try? box.tensor.element(at: 0)
            {
                return element
            }
            if case .object(let o) = value, o.kind == .bigint {
                throw pythonError(TensorError.outOfRangeInteger)
            }
            throw typeError(
                "Expected a number for argument '\(name)', got \((try? rt.repr(value)) ?? "?").")
        }
    }

    /// The start and end of a range (`tf.range(start, limit)`, `np.arange(start, stop)`): with
    /// only one given, it is the end and the start is 0.
    func rangeBounds(_ args: BoundArguments, _ startName: String, _ endName: String)
        throws(PyError) -> (start: ScalarValue, end: ScalarValue)
    {
        let first = try scalarValue(args[startName], name: startName)
        if args[endName].isNone { return (.int(0), first) }
        return (first, try scalarValue(args[endName], name: endName))
    }

    /// A truth value (`keepdims=True`).
    func flag(_ value: Value) throws(PyError) -> Bool {
        try rt.truthy(value)
    }

    /// An optional str argument (`name=None`).
    func optionalString(_ value: Value, name: String) throws(PyError) -> String? {
        switch value {
        case .none, .unbound: return nil
        case .str(let s): return s.value
        default:
            throw typeError("\(name) must be a string, got \(rt.typeName(value))")
        }
    }
}

extension DType {
    /// The dtype a name spells (`float32`, `float`, `double`, `int32`, `int64`, `bool`, numpy's
    /// `f4`, `f8`, `i4`, `i8`, `?`).
    static func named(_ name: String) -> DType? {
        switch name {
        case "float32", "float", "f4", "<f4", "single": return .float32
        case "float64", "double", "f8", "<f8", "d": return .float64
        case "int32", "i4", "<i4", "intc": return .int32
        case "int64", "i8", "<i8", "int", "long": return .int64
        case "bool", "bool_", "?", "b1", "|b1": return .bool
        default: return nil
        }
    }
}

extension TensorLiteral {
    /// The integers of a nested literal, flattened (booleans as 0 or 1, floats truncated).
    var flatIntegers: [Int64] {
        switch self {
        case .bool(let b): return [b ? 1 : 0]
        case .int(let i): return [i]
        case .float(let d): return [Int64(d.rounded(.towardZero).clamped)]
        case .list(let items): return items.flatMap(\.flatIntegers)
        }
    }
}

extension Double {
    /// The value limited to the range of `Int64` (NaN as 0).
    fileprivate var clamped: Double {
        if isNaN { return 0 }
        return Swift.min(Swift.max(self, -9.2e18), 9.2e18)
    }
}
