import Interpreter
import Tensors

extension Engine {
    /// Defines `tf.DType` (`tf.float32`, …): reprs, `name`, comparisons with dtypes, names and
    /// numpy types, and the kind predicates.
    func installDTypeClass() {
        let cls = classes.dtype
        rawMethod(cls, "__repr__") { [self] args in Value(try dtypePayload(args[0]).tensorflowRepr)
        }
        rawMethod(cls, "__str__") { [self] args in
            Value("<dtype: '\(try dtypePayload(args[0]).rawValue)'>")
        }
        installDTypeComparisons(on: cls)
        property(cls, "name") { [self] this in Value(try dtypePayload(this).rawValue) }
        property(cls, "is_floating") { [self] this in .bool(try dtypePayload(this).isFloatingPoint)
        }
        property(cls, "is_integer") { [self] this in .bool(try dtypePayload(this).isInteger) }
        property(cls, "is_bool") { [self] this in .bool(try dtypePayload(this) == .bool) }
        property(cls, "size") { [self] this in .int(try dtypePayload(this).byteSize) }
        property(cls, "base_dtype") { this in this }
        property(cls, "as_numpy_dtype") { [self] this in
            .object(numpyScalarClass(try dtypePayload(this)))
        }

        let numpyClass = classes.numpyDType
        rawMethod(numpyClass, "__repr__") { [self] args in
            Value(try dtypePayload(args[0]).numpyRepr)
        }
        rawMethod(numpyClass, "__str__") { [self] args in Value(try dtypePayload(args[0]).rawValue)
        }
        installDTypeComparisons(on: numpyClass)
        property(numpyClass, "name") { [self] this in Value(try dtypePayload(this).rawValue) }
        property(numpyClass, "itemsize") { [self] this in .int(try dtypePayload(this).byteSize) }
        property(numpyClass, "type") { [self] this in
            .object(numpyScalarClass(try dtypePayload(this)))
        }
        property(numpyClass, "kind") { [self] this in
            let dtype = try dtypePayload(this)
            return Value(dtype.isFloatingPoint ? "f" : dtype.isInteger ? "i" : "b")
        }
    }

    private func installDTypeComparisons(on cls: PyClass) {
        rawMethod(cls, "__eq__") { [self] args in
            let dtype = try dtypePayload(args[0])
            guard let other = try? self.dtype(args[1], dialect: .numpy) else { return .bool(false) }
            return .bool(dtype == other)
        }
        rawMethod(cls, "__ne__") { [self] args in
            let dtype = try dtypePayload(args[0])
            guard let other = try? self.dtype(args[1], dialect: .numpy) else { return .bool(true) }
            return .bool(dtype != other)
        }
        rawMethod(cls, "__hash__") { [self] args in
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
