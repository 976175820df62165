import Interpreter
import Tensors

extension Engine {
    /// Defines `np.ndarray` and the numpy scalar types (`np.float32`, …): numpy's arithmetic
    /// and promotion rules, indexing (and item assignment for arrays), conversions, `tolist()`,
    /// `item()`, `astype()`, `reshape()`, reductions and the reprs.
    func installNumpyClasses() {
        installArrayClass()
        installScalarClasses()
    }

    private func installArrayClass() {
        let cls = classes.ndarray
        installNumpyOperators(on: cls)
        installNumpyCommon(on: cls)
        rawMethod(cls, "__repr__") { [self] args in
            if let objects = objectArray(args[0]) { return Value(try objectArrayRepr(objects)) }
            return Value(try numpyTensor(args[0]).numpyRepr)
        }
        rawMethod(cls, "__str__") { [self] args in
            if let objects = objectArray(args[0]) { return Value(try objectArrayStr(objects)) }
            return Value(try numpyTensor(args[0]).numpyStr)
        }
        rawMethod(cls, "__len__") { [self] args in
            let shape = try objectArray(args[0])?.shape ?? numpyTensor(args[0]).shape
            guard let first = shape.first else { throw typeError("len() of unsized object") }
            return .int(first)
        }
        rawMethod(cls, "__iter__") { [self] args in
            if let objects = objectArray(args[0]) {
                guard objects.shape.count == 1 else {
                    throw typeError("iteration over a 0-d array")
                }
                return .object(try rt.iterate(rt.tuple(objects.items)))
            }
            let t = try numpyTensor(args[0])
            guard !t.shape.isEmpty else { throw typeError("iteration over a 0-d array") }
            let rows = try guarded { try t.unstacked(axis: 0) }.map(numpyResult)
            return .object(try rt.iterate(rt.tuple(rows)))
        }
        rawMethod(cls, "__getitem__") { [self] args in
            if let objects = objectArray(args[0]) { return try objectItem(objects, args[1]) }
            let t = try numpyTensor(args[0])
            let indices = try tensorIndices(args[1], numpy: true)
            let selected = try guarded { try t.slice(indices, dialect: .numpy) }
            if selected.rank == 0 && !indices.contains(.ellipsis) { return wrapScalar(selected) }
            return wrapArray(selected)
        }
        rawMethod(cls, "__setitem__") { [self] args in
            guard let box = tensorBox(args[0]), let inst = args[0].asInstance else {
                throw typeError("object arrays are read-only in this engine")
            }
            let indices = try tensorIndices(args[1], numpy: true)
            let value = try tensor(args[2], dialect: .numpy)
            var updated = box.tensor
            try guarded { try updated.update(indices, with: value, dialect: .numpy) }
            inst.payload = TensorBox(updated)
            return .none
        }
        rawMethod(cls, "__hash__") { [self] _ in throw typeError("unhashable type: 'numpy.ndarray'")
        }
        property(cls, "shape") { [self] this in
            let shape = try objectArray(this)?.shape ?? numpyTensor(this).shape
            return rt.tuple(shape.map { .int($0) })
        }
        property(cls, "ndim") { [self] this in
            .int(try objectArray(this)?.shape.count ?? numpyTensor(this).rank)
        }
        property(cls, "size") { [self] this in
            .int(try objectArray(this)?.items.count ?? numpyTensor(this).count)
        }
        property(cls, "T") { [self] this in wrapArray(try numpyTensor(this).transposed()) }
        method(cls, "reshape", "*shape, order='C'") { [self] this, args in
            let t = try numpyTensor(this)
            var dims: [Int]
            if args.extraPositional.count == 1, args.extraPositional[0].isNone {
                // numpy keeps the shape for `reshape(None)`.
                dims = t.shape
            } else if args.extraPositional.count == 1 {
                dims = try shape(args.extraPositional[0])
            } else {
                dims = []
                for item in args.extraPositional { dims.append(try axis(item, name: "shape")) }
            }
            return wrapArray(try t.reshaped(dims, dialect: .numpy))
        }
        method(cls, "transpose", "*axes") { [self] this, args in
            let t = try numpyTensor(this)
            let axes: [Int]? =
                args.extraPositional.isEmpty
                ? nil
                : try {
                    if args.extraPositional.count == 1 {
                        return try self.axes(args.extraPositional[0])
                    }
                    var result: [Int] = []
                    for item in args.extraPositional { result.append(try axis(item)) }
                    return result
                }()
            return wrapArray(try t.transposed(axes))
        }
        method(cls, "flatten", "order='C'") { [self] this, _ in
            let t = try numpyTensor(this)
            return wrapArray(try t.reshaped([t.count]))
        }
        method(cls, "copy", "order='C'") { [self] this, _ in wrapArray(try numpyTensor(this)) }
        method(cls, "squeeze", "axis=None") { [self] this, args in
            wrapArray(try numpyTensor(this).squeezed(try axes(args["axis"])))
        }
    }

    private func installScalarClasses() {
        let generic = classes.numpyGeneric
        installNumpyOperators(on: generic)
        installNumpyCommon(on: generic)
        rawMethod(generic, "__repr__") { [self] args in Value(try scalarText(args[0])) }
        rawMethod(generic, "__str__") { [self] args in Value(try scalarText(args[0])) }
        rawMethod(generic, "__hash__") { [self] args in
            try rt.hash(try pythonScalar(try onlyElement(try numpyTensor(args[0])))).asValue
        }
        property(generic, "shape") { [self] _ in rt.tuple([]) }
        property(generic, "ndim") { _ in .int(0) }
        property(generic, "size") { _ in .int(1) }
        for (name, cls) in classes.numpyScalars {
            let dtype = DType.named(name == "bool_" ? "bool" : name) ?? .float64
            constructor(cls, "x=0") { [self] _, args in
                let t = try tensor(args["x"], dialect: .numpy).cast(to: dtype)
                return t.rank == 0 ? wrapScalar(t) : wrapArray(t)
            }
        }
    }

    /// Methods arrays and scalars share: conversions, `dtype`, `tolist`, `item`, `astype`,
    /// reductions.
    private func installNumpyCommon(on cls: PyClass) {
        rawMethod(cls, "__bool__") { [self] args in .bool(try truth(try numpyTensor(args[0]))) }
        rawMethod(cls, "__float__") { [self] args in
            .float(try onlyElement(try numpyTensor(args[0])).doubleValue)
        }
        rawMethod(cls, "__int__") { [self] args in
            try pythonInt(try onlyElement(try numpyTensor(args[0])))
        }
        rawMethod(cls, "__index__") { [self] args in
            let t = try numpyTensor(args[0])
            guard t.dtype.isInteger || t.dtype == .bool, t.rank == 0 else {
                throw typeError("only integer scalar arrays can be converted to a scalar index")
            }
            return try pythonInt(try onlyElement(t))
        }
        rawMethod(cls, "__format__") { [self] args in
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
        property(cls, "dtype") { [self] this in
            if objectArray(this) != nil { return Value("object") }
            return numpyDTypeObject(try numpyTensor(this).dtype)
        }
        method(cls, "tolist", "") { [self] this, _ in
            if let objects = objectArray(this) {
                return objects.shape.isEmpty ? objects.items.first ?? .none : rt.list(objects.items)
            }
            return pythonValue(try numpyTensor(this).toLiteral())
        }
        method(cls, "item", "*args") { [self] this, args in
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
        method(cls, "astype", "dtype, order='K', casting='unsafe', subok=True, copy=True") {
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
            method(cls, name, "axis=None, dtype=None, out=None, keepdims=False") {
                [self] this, args in
                let t = try numpyTensor(this)
                return numpyResult(
                    try t.reduced(
                        op, axes: try axes(args["axis"]), keepDims: try flag(args["keepdims"]),
                        dialect: .numpy))
            }
        }
        for (name, isMax) in [("argmax", true), ("argmin", false)] {
            method(cls, name, "axis=None, out=None, keepdims=False") { [self] this, args in
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
    private func installNumpyOperators(on cls: PyClass) {
        var slots = Self.operatorSlots
        slots.append(OperatorSlot(name: "__eq__", op: .equal, reflected: false))
        slots.append(OperatorSlot(name: "__ne__", op: .notEqual, reflected: false))
        for slot in slots {
            let op = slot.op
            let reflected = slot.reflected
            rt.defineMethod(cls, slot.name) { [self] _, args in
                try numpyBinary(op, args[0], args[1], reflected: reflected)
            }
        }
        rawMethod(cls, "__matmul__") { [self] args in
            guard let (x, y) = try numpyOperands(args[0], args[1]) else {
                return .object(rt.notImplemented)
            }
            return numpyResult(try x.numpyMatmul(y))
        }
        rawMethod(cls, "__neg__") { [self] args in
            numpyResult(try numpyTensor(args[0]).unary(.negative, dialect: .numpy))
        }
        rawMethod(cls, "__pos__") { [self] args in numpyResult(try numpyTensor(args[0])) }
        rawMethod(cls, "__abs__") { [self] args in
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

    private func scalarText(_ value: Value) throws(PyError) -> String {
        let t = try numpyTensor(value)
        return Tensor.numpyScalarRepr(try onlyElement(t), dtype: t.dtype)
    }

    // MARK: - Object arrays

    /// The payload of an object array.
    func objectArray(_ value: Value) -> ObjectArray? {
        value.asInstance?.payload as? ObjectArray
    }

    /// An `ndarray` of Python objects.
    func wrapObjectArray(_ array: ObjectArray) -> Value {
        .object(rt.makeInstance(classes.ndarray, payload: array))
    }

    /// numpy's repr of an object array; `dtype=object` moves to its own line when the last line
    /// would pass column 75.
    private func objectArrayRepr(_ array: ObjectArray) throws(PyError) -> String {
        var text: String
        if array.shape.isEmpty, let item = array.items.first {
            text = "array(" + (try rt.repr(item)) + ","
        } else {
            var parts: [String] = []
            for item in array.items { parts.append(try rt.repr(item)) }
            text = "array([" + parts.joined(separator: ", ") + "],"
        }
        let lastLine = text.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
        let suffix = "dtype=object)"
        let fits = lastLine.count + 1 + suffix.count <= 75
        return text + (fits ? " " : "\n      ") + suffix
    }

    private func objectArrayStr(_ array: ObjectArray) throws(PyError) -> String {
        if array.shape.isEmpty, let item = array.items.first { return try rt.str(item) }
        var parts: [String] = []
        for item in array.items { parts.append(try rt.str(item)) }
        return "[" + parts.joined(separator: " ") + "]"
    }

    private func objectItem(_ array: ObjectArray, _ key: Value) throws(PyError) -> Value {
        if let tuple = key.asTuple, tuple.items.isEmpty, array.shape.isEmpty,
            let item = array.items.first
        {
            return item
        }
        if array.shape.count == 1, var i = try integer(key) {
            if i < 0 { i += array.items.count }
            guard i >= 0 && i < array.items.count else {
                throw rt.error(
                    .indexError,
                    "index \(i) is out of bounds for axis 0 with size \(array.items.count)")
            }
            return array.items[i]
        }
        if array.shape.isEmpty {
            throw rt.error(
                .indexError,
                "too many indices for array: array is 0-dimensional, but 1 were indexed")
        }
        throw typeError("this engine indexes object arrays only by one integer or ()")
    }
}

extension Int {
    /// The int as a script value.
    fileprivate var asValue: Value { .int(self) }
}
