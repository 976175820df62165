import Interpreter
import Tensors

extension ClassBinding {
    /// `np.generic`, the base of numpy's scalar types.
    static let numpyGeneric = ClassBinding(
        "generic", module: "numpy", exports: ["np.generic"], isCType: true
    ) { engine, c in engine.defineNumpyGeneric(c) }

    /// numpy's scalar types (`np.float32`, …; `np.bool_` for booleans), with their aliases
    /// (`np.double`, `np.int_`, …).
    static let numpyScalars: [(dtype: DType, binding: ClassBinding)] = {
        let types: [(name: String, dtype: DType, aliases: [String])] = [
            ("float32", .float32, ["single"]), ("float64", .float64, ["float_", "double"]),
            ("int32", .int32, ["intc"]), ("int64", .int64, ["int_"]), ("bool_", .bool, []),
        ]
        return types.map { name, dtype, aliases in
            let binding = ClassBinding(
                name, module: "numpy", base: .bound(.numpyGeneric),
                exports: ([name] + aliases).map { "np.\($0)" }, isCType: true
            ) { engine, c in engine.defineNumpyScalar(c, dtype) }
            return (dtype, binding)
        }
    }()
}

extension Engine {
    /// `np.generic`'s members: the reprs, `hash`, `shape`, `ndim` and `size`, with the
    /// members scalars share with arrays.
    fileprivate func defineNumpyGeneric(_ c: ClassMembers) {
        defineNumpyOperators(c)
        defineNumpyCommon(c)
        c.rawMethod("__repr__") { [self] args in Value(try scalarText(args[0])) }
        c.rawMethod("__str__") { [self] args in Value(try scalarText(args[0])) }
        c.rawMethod("__hash__") { [self] args in
            try rt.hash(try pythonScalar(try onlyElement(try numpyTensor(args[0])))).asValue
        }
        c.property("shape") { [self] _ in rt.tuple([]) }
        c.property("ndim") { _ in .int(0) }
        c.property("size") { _ in .int(1) }
    }

    /// The constructor of the scalar type of `dtype` (`np.float32(2.5)`).
    fileprivate func defineNumpyScalar(_ c: ClassMembers, _ dtype: DType) {
        c.constructor("x=0") { [self] _, args in
            let t = try tensor(args["x"], dialect: .numpy).cast(to: dtype)
            return t.rank == 0 ? wrapScalar(t) : wrapArray(t)
        }
    }
}

extension Int {
    /// The int as a script value.
    fileprivate var asValue: Value { .int(self) }
}
