import Interpreter
import Tensors

extension ClassBinding {
    /// `np.ndarray`: numeric arrays, and arrays of Python objects (`dtype=object`).
    static let ndarray = ClassBinding(
        "ndarray", module: "numpy", exports: ["np.ndarray"], isCType: true
    ) { engine, c in engine.defineNDArray(c) }
}

extension Engine {
    /// `np.ndarray`'s members: indexing and item assignment, `len`, iteration, `shape`,
    /// `ndim`, `size`, `T`, `reshape`, `transpose`, `flatten`, `copy`, `squeeze` and the reprs
    /// (object arrays too), with the members arrays share with numpy scalars.
    fileprivate func defineNDArray(_ c: ClassMembers) {
        defineNumpyOperators(c)
        defineNumpyCommon(c)
        c.rawMethod("__repr__") { [self] args in
            if let objects = objectArray(args[0]) { return Value(try objectArrayRepr(objects)) }
            return Value(try numpyTensor(args[0]).numpyRepr)
        }
        c.rawMethod("__str__") { [self] args in
            if let objects = objectArray(args[0]) { return Value(try objectArrayStr(objects)) }
            return Value(try numpyTensor(args[0]).numpyStr)
        }
        c.rawMethod("__len__") { [self] args in
            let shape = try objectArray(args[0])?.shape ?? numpyTensor(args[0]).shape
            guard let first = shape.first else { throw typeError("len() of unsized object") }
            return .int(first)
        }
        c.rawMethod("__iter__") { [self] args in
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
        c.rawMethod("__getitem__") { [self] args in
            if let objects = objectArray(args[0]) { return try objectItem(objects, args[1]) }
            let t = try numpyTensor(args[0])
            let indices = try tensorIndices(args[1], numpy: true)
            let selected = try guarded { try t.slice(indices, dialect: .numpy) }
            if selected.rank == 0 && !indices.contains(.ellipsis) { return wrapScalar(selected) }
            return wrapArray(selected)
        }
        c.rawMethod("__setitem__") { [self] args in
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
        c.rawMethod("__hash__") { [self] _ in throw typeError("unhashable type: 'numpy.ndarray'")
        }
        c.property("shape") { [self] this in
            let shape = try objectArray(this)?.shape ?? numpyTensor(this).shape
            return rt.tuple(shape.map { .int($0) })
        }
        c.property("ndim") { [self] this in
            .int(try objectArray(this)?.shape.count ?? numpyTensor(this).rank)
        }
        c.property("size") { [self] this in
            .int(try objectArray(this)?.items.count ?? numpyTensor(this).count)
        }
        c.property("T") { [self] this in wrapArray(try numpyTensor(this).transposed()) }
        c.method("reshape", "*shape, order='C'") { [self] this, args in
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
        c.method("transpose", "*axes") { [self] this, args in
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
        c.method("flatten", "order='C'") { [self] this, _ in
            let t = try numpyTensor(this)
            return wrapArray(try t.reshaped([t.count]))
        }
        c.method("copy", "order='C'") { [self] this, _ in wrapArray(try numpyTensor(this)) }
        c.method("squeeze", "axis=None") { [self] this, args in
            wrapArray(try numpyTensor(this).squeezed(try axes(args["axis"])))
        }
    }

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
