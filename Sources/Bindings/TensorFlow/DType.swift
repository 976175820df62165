import Interpreter
import Tensors

extension ClassBinding {
    /// `tf.DType`, the class of `tf.float32` and the other dtype objects.
    static let dtype = ClassBinding(
        "DType", module: "tensorflow.python.framework.dtypes",
        exports: ["tf.DType", "tf.dtypes.DType"]
    ) { engine, c in engine.defineDType(c) }
}

extension Engine {
    /// `tf.DType`'s members: reprs, `name`, comparisons with dtypes, names and numpy types, and
    /// the kind predicates.
    fileprivate func defineDType(_ c: ClassMembers) {
        c.rawMethod("__repr__") { [self] args in Value(try dtypePayload(args[0]).tensorflowRepr)
        }
        c.rawMethod("__str__") { [self] args in
            Value("<dtype: '\(try dtypePayload(args[0]).rawValue)'>")
        }
        defineDTypeComparisons(c)
        c.property("name") { [self] this in Value(try dtypePayload(this).rawValue) }
        c.property("is_floating") { [self] this in .bool(try dtypePayload(this).isFloatingPoint)
        }
        c.property("is_integer") { [self] this in .bool(try dtypePayload(this).isInteger) }
        c.property("is_bool") { [self] this in .bool(try dtypePayload(this) == .bool) }
        c.property("size") { [self] this in .int(try dtypePayload(this).byteSize) }
        c.property("base_dtype") { this in this }
        c.property("as_numpy_dtype") { [self] this in
            .object(numpyScalarClass(try dtypePayload(this)))
        }
    }

    /// `==`, `!=` and `hash` of TensorFlow and numpy dtype objects.
    func defineDTypeComparisons(_ c: ClassMembers) {
        c.rawMethod("__eq__") { [self] args in
            let dtype = try dtypePayload(args[0])
            guard let other = try? self.dtype(args[1], dialect: .numpy) else { return .bool(false) }
            return .bool(dtype == other)
        }
        c.rawMethod("__ne__") { [self] args in
            let dtype = try dtypePayload(args[0])
            guard let other = try? self.dtype(args[1], dialect: .numpy) else { return .bool(true) }
            return .bool(dtype != other)
        }
        c.rawMethod("__hash__") { [self] args in
            .int(try rt.hash(Value(try dtypePayload(args[0]).rawValue)))
        }
    }

    /// The dtype a dtype object stands for.
    func dtypePayload(_ value: Value) throws(PyError) -> DType {
        guard let inst = value.asInstance, let dtype = inst.payload as? DType else {
            throw typeError("expected a dtype, got '\(rt.typeName(value))'")
        }
        return dtype
    }
}
