import Interpreter
import Tensors

extension ClassBinding {
    /// `tf.TensorShape`.
    static let tensorShape = ClassBinding(
        "TensorShape", module: "tensorflow.python.framework.tensor_shape",
        exports: ["tf.TensorShape"]
    ) { engine, c in engine.defineTensorShape(c) }
}

extension Engine {
    /// `tf.TensorShape`'s members: construction from dims (ints and `None`), `as_list()`,
    /// indexing (a dimension, or a `TensorShape` for a slice), `len`, iteration, equality and
    /// the reprs (`TensorShape([2, 3])`, `str`: `(2, 3)`).
    fileprivate func defineTensorShape(_ c: ClassMembers) {
        c.initializer("dims") { [self] inst, args in
            inst.payload = try partialShape(args["dims"])
        }
        c.rawMethod("__repr__") { [self] args in Value(try shapePayload(args[0]).repr) }
        c.rawMethod("__str__") { [self] args in Value(try shapePayload(args[0]).description) }
        c.rawMethod("__len__") { [self] args in
            guard let rank = try shapePayload(args[0]).rank else {
                throw valueError("Cannot take the length of shape with unknown rank.")
            }
            return .int(rank)
        }
        c.rawMethod("__bool__") { [self] args in .bool(try shapePayload(args[0]).rank != nil) }
        c.rawMethod("__iter__") { [self] args in
            guard let dims = try shapePayload(args[0]).dimensions else {
                throw valueError("Cannot iterate over a shape with unknown rank.")
            }
            return .object(try rt.iterate(rt.tuple(dims.map { $0.map { .int($0) } ?? .none })))
        }
        c.rawMethod("__getitem__") { [self] args in
            let shape = try shapePayload(args[0])
            guard let dims = shape.dimensions else {
                if args[1].object(as: PySlice.self) != nil {
                    return shapeObject(TensorShape(unknownRank: ()))
                }
                return .none
            }
            let items: [Value] = dims.map { $0.map { .int($0) } ?? .none }
            let selected = try rt.getItem(rt.tuple(items), args[1])
            if let tuple = selected.asTuple {
                return shapeObject(TensorShape(tuple.items.map { $0.asInt }))
            }
            return selected
        }
        c.rawMethod("__eq__") { [self] args in
            let shape = try shapePayload(args[0])
            guard let other = try? partialShape(args[1]) else { return .bool(false) }
            return .bool(shape.dimensions == other.dimensions)
        }
        c.rawMethod("__ne__") { [self] args in
            let shape = try shapePayload(args[0])
            guard let other = try? partialShape(args[1]) else { return .bool(true) }
            return .bool(shape.dimensions != other.dimensions)
        }
        c.rawMethod("__hash__") { [self] args in
            let dims = try shapePayload(args[0]).dimensions
            return .int(try rt.hash(rt.tuple((dims ?? []).map { $0.map { .int($0) } ?? .none })))
        }
        c.rawMethod("__add__") { [self] args in
            try concatenatedShape(args[0], args[1])
        }
        c.method("concatenate", "other") { [self] this, args in
            try concatenatedShape(this, args["other"])
        }
        c.method("as_list", "") { [self] this, _ in
            guard let dims = try shapePayload(this).dimensions else {
                throw valueError("as_list() is not defined on an unknown TensorShape.")
            }
            return rt.list(dims.map { $0.map { .int($0) } ?? .none })
        }
        c.method("num_elements", "") { [self] this, _ in
            try shapePayload(this).elementCount.map { .int($0) } ?? .none
        }
        c.method("is_fully_defined", "") { [self] this, _ in
            .bool(try shapePayload(this).isFullyDefined)
        }
        c.property("rank") { [self] this in try shapePayload(this).rank.map { .int($0) } ?? .none
        }
        c.property("ndims") { [self] this in
            try shapePayload(this).rank.map { .int($0) } ?? .none
        }
        c.property("dims") { [self] this in
            guard let dims = try shapePayload(this).dimensions else { return .none }
            return rt.list(dims.map { $0.map { .int($0) } ?? .none })
        }
    }

    /// A `TensorShape` object.
    func shapeObject(_ shape: TensorShape) -> Value {
        .object(rt.makeInstance(classes[.tensorShape], payload: shape))
    }

    /// The shape a `TensorShape` object holds.
    func shapePayload(_ value: Value) throws(PyError) -> TensorShape {
        guard let inst = value.asInstance, let shape = inst.payload as? TensorShape else {
            throw typeError("expected a TensorShape, got '\(rt.typeName(value))'")
        }
        return shape
    }

    private func concatenatedShape(_ a: Value, _ b: Value) throws(PyError) -> Value {
        let first = try shapePayload(a)
        let second = try partialShape(b)
        guard let x = first.dimensions, let y = second.dimensions else {
            return shapeObject(TensorShape(unknownRank: ()))
        }
        return shapeObject(TensorShape(x + y))
    }
}
