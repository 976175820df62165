import Interpreter
import Tensors

extension Engine {
    /// Methods arrays and scalars share: conversions, `dtype`, `tolist`, `item`, `astype`,
    /// reductions.
    func defineNumpyCommon(_ c: ClassMembers) {
        defineNumberConversions(c) { [self] value throws(PyError) in try numpyTensor(value) }
        c.rawMethod("__format__") { [self] args in
            let t = try numpyTensor(args[0])
            let spec = args[1].asString ?? ""
            if t.rank == 0 {
                let value = try pythonScalar(try onlyElement(t))
                return Value(
                    spec.isEmpty
                        ? Tensor.numpyScalarRepr(try onlyElement(t), dtype: t.dtype)
                        : try rt.format(value, spec))
            }
            guard spec.isEmpty else {
                throw typeError("unsupported format string passed to numpy.ndarray.__format__")
            }
            return Value(t.numpyStr)
        }
        c.property("dtype") { [self] this in
            if objectArray(this) != nil { return Value("object") }
            return numpyDTypeObject(try numpyTensor(this).dtype)
        }
        c.method("tolist", "") { [self] this, _ in
            if let objects = objectArray(this) {
                return objects.shape.isEmpty ? objects.items.first ?? .none : rt.list(objects.items)
            }
            return pythonValue(try numpyTensor(this).toLiteral())
        }
        c.method("item", "*args") { [self] this, args in
            if let objects = objectArray(this) {
                guard objects.items.count == 1, let first = objects.items.first else {
                    throw valueError("can only convert an array of size 1 to a Python scalar")
                }
                return first
            }
            let t = try numpyTensor(this)
            if args.extraPositional.isEmpty {
                guard t.count == 1 else {
                    throw valueError("can only convert an array of size 1 to a Python scalar")
                }
                return try pythonScalar(try onlyElement(t))
            }
            var offset = 0
            if args.extraPositional.count == 1 {
                offset = try axis(args.extraPositional[0], name: "index")
                if offset < 0 { offset += t.count }
            } else {
                guard args.extraPositional.count == t.rank else {
                    throw valueError("incorrect number of indices for array")
                }
                for (axisIndex, item) in args.extraPositional.enumerated() {
                    var i = try axis(item, name: "index")
                    if i < 0 { i += t.shape[axisIndex] }
                    guard i >= 0 && i < t.shape[axisIndex] else {
                        throw rt.error(
                            .indexError,
                            "index \(i) is out of bounds for axis \(axisIndex) with size "
                                + "\(t.shape[axisIndex])")
                    }
                    offset = offset * t.shape[axisIndex] + i
                }
            }
            guard offset >= 0 && offset < t.count else {
                throw rt.error(.indexError, "index \(offset) is out of bounds for size \(t.count)")
            }
            return try pythonScalar(try t.element(at: offset))
        }
        c.method("astype", "dtype, order='K', casting='unsafe', subok=True, copy=True") {
            [self] this, args in
            guard let dtype = try dtype(args["dtype"], dialect: .numpy) else {
                return wrapArray(try numpyTensor(this).cast(to: .float64))
            }
            return numpyResult(try numpyTensor(this).cast(to: dtype))
        }
        let reductions: [(String, ReduceOp)] = [
            ("sum", .sum), ("mean", .mean), ("max", .max), ("min", .min), ("prod", .prod),
            ("any", .any), ("all", .all),
        ]
        for (name, op) in reductions {
            c.method(name, "axis=None, dtype=None, out=None, keepdims=False") {
                [self] this, args in
                let t = try numpyTensor(this)
                return numpyResult(
                    try t.reduced(
                        op, axes: try axes(args["axis"]), keepDims: try flag(args["keepdims"]),
                        dialect: .numpy))
            }
        }
        for (name, isMax) in [("argmax", true), ("argmin", false)] {
            c.method(name, "axis=None, out=None, keepdims=False") { [self] this, args in
                let t = try numpyTensor(this)
                let axis = args["axis"].isNone ? nil : try self.axis(args["axis"])
                let result =
                    isMax
                    ? try t.argmax(axis: axis, dialect: .numpy)
                    : try t.argmin(axis: axis, dialect: .numpy)
                return numpyResult(result)
            }
        }
    }

    /// numpy's arithmetic and comparisons; a tensor operand defers to TensorFlow's reflected
    /// operator (tensors have the higher priority), as numpy does.
    func defineNumpyOperators(_ c: ClassMembers) {
        var slots = Self.operatorSlots
        slots.append(OperatorSlot(name: "__eq__", op: .equal, reflected: false))
        slots.append(OperatorSlot(name: "__ne__", op: .notEqual, reflected: false))
        for slot in slots {
            let op = slot.op
            let reflected = slot.reflected
            rt.defineMethod(c.cls, slot.name) { [self] _, args in
                try numpyBinary(op, args[0], args[1], reflected: reflected)
            }
        }
        c.rawMethod("__matmul__") { [self] args in
            guard let (x, y) = try numpyOperands(args[0], args[1]) else {
                return .object(rt.notImplemented)
            }
            return numpyResult(try x.numpyMatmul(y))
        }
        c.rawMethod("__neg__") { [self] args in
            numpyResult(try numpyTensor(args[0]).unary(.negative, dialect: .numpy))
        }
        c.rawMethod("__pos__") { [self] args in numpyResult(try numpyTensor(args[0])) }
        c.rawMethod("__abs__") { [self] args in
            numpyResult(try numpyTensor(args[0]).unary(.abs, dialect: .numpy))
        }
    }

    private func numpyBinary(_ op: Tensors.BinaryOp, _ a: Value, _ b: Value, reflected: Bool)
        throws(PyError) -> Value
    {
        guard let (x, y) = try numpyOperands(a, b) else { return .object(rt.notImplemented) }
        var effective = op
        if op == .logicalAnd || op == .logicalOr || op == .logicalXor {
            guard x.dtype == .bool && y.dtype == .bool else {
                throw typeError(
                    "ufunc 'bitwise_\(op == .logicalAnd ? "and" : op == .logicalOr ? "or" : "xor")' "
                        + "not supported for the input types in this engine (only booleans)")
            }
            effective = op
        }
        let result = try guarded {
            try Tensor.binary(effective, reflected ? y : x, reflected ? x : y, dialect: .numpy)
        }
        return numpyResult(result)
    }

    /// The operands of a numpy operator, or `nil` when the other operand is a tensor (which
    /// takes over) or something numpy can't convert.
    private func numpyOperands(_ a: Value, _ b: Value) throws(PyError) -> (Tensor, Tensor)? {
        guard let x = tensorBox(a)?.tensor else { return nil }
        if variablePayload(b) != nil { return nil }
        if tensorBox(b) != nil && !isNumpyValue(b) { return nil }
        switch b {
        case .none, .str: return nil
        case .object(let o) where o.kind == .instance && tensorBox(b) == nil: return nil
        default: break
        }
        let y = try tensor(b, dialect: .numpy)
        return (x, y)
    }

    /// A numpy result: a scalar for 0-d, an array otherwise.
    func numpyResult(_ t: Tensor) -> Value {
        t.rank == 0 ? wrapScalar(t) : wrapArray(t)
    }

    /// The tensor of a numpy array or scalar.
    func numpyTensor(_ value: Value) throws(PyError) -> Tensor {
        guard let box = tensorBox(value) else {
            if objectArray(value) != nil {
                throw typeError("this operation is not supported on object arrays")
            }
            throw typeError("expected a numpy array, got '\(rt.typeName(value))'")
        }
        return box.tensor
    }

    func scalarText(_ value: Value) throws(PyError) -> String {
        let t = try numpyTensor(value)
        return Tensor.numpyScalarRepr(try onlyElement(t), dtype: t.dtype)
    }
}
