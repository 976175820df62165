import Interpreter
import Tensors

extension ClassBinding {
    /// `np.dtype`, the class of an array's `dtype`.
    static let numpyDType = ClassBinding("dtype", module: "numpy") { engine, c in
        engine.defineNumpyDType(c)
    }
}

extension Engine {
    /// `np.dtype`'s members: reprs, `name`, `itemsize`, `type`, `kind` and the comparisons.
    fileprivate func defineNumpyDType(_ c: ClassMembers) {
        c.rawMethod("__repr__") { [self] args in
            Value(try dtypePayload(args[0]).numpyRepr)
        }
        c.rawMethod("__str__") { [self] args in Value(try dtypePayload(args[0]).rawValue)
        }
        defineDTypeComparisons(c)
        c.property("name") { [self] this in Value(try dtypePayload(this).rawValue) }
        c.property("itemsize") { [self] this in .int(try dtypePayload(this).byteSize) }
        c.property("type") { [self] this in
            .object(numpyScalarClass(try dtypePayload(this)))
        }
        c.property("kind") { [self] this in
            let dtype = try dtypePayload(this)
            return Value(dtype.isFloatingPoint ? "f" : dtype.isInteger ? "i" : "b")
        }
    }
}
