import Interpreter
import Tensors

extension FunctionGroup {
    /// `tf.linalg` and its products at the top level (`tf.matmul`, …).
    static let linalg = FunctionGroup("tf") { engine, m in engine.defineLinalgFunctions(m) }
}

extension Engine {
    /// `tf.matmul`, `tf.tensordot`, `tf.norm`, `tf.linalg.matvec` and the rest of `tf.linalg`.
    fileprivate func defineLinalgFunctions(_ m: ModuleTree) {
        let mathOps = "tensorflow.python.ops.math_ops"
        let matmul = function(
            "matmul", module: mathOps,
            "a, b, transpose_a=False, transpose_b=False, adjoint_a=False, adjoint_b=False, "
                + "a_is_sparse=False, b_is_sparse=False, output_type=None, name=None"
        ) { [self] args in
            let (a, b) = try operands(args["a"], args["b"])
            let transposeA = try flag(args["transpose_a"]) || flag(args["adjoint_a"])
            let transposeB = try flag(args["transpose_b"]) || flag(args["adjoint_b"])
            return wrap(try a.matmul(b, transposeA: transposeA, transposeB: transposeB))
        }
        m.export(matmul, at: "tf.linalg.matmul", "tf.matmul")
        m["tf.linalg.matvec"] = function(
            "matvec", module: "tensorflow.python.ops.linalg.linalg_impl",
            "a, b, transpose_a=False, adjoint_a=False, a_is_sparse=False, b_is_sparse=False, "
                + "name=None"
        ) { [self] args in
            let (a, b) = try operands(args["a"], args["b"])
            let transpose = try flag(args["transpose_a"]) || flag(args["adjoint_a"])
            return wrap(try a.matvec(b, transposeA: transpose))
        }
        let tensordot = function(
            "tensordot", module: mathOps, "a, b, axes, name=None"
        ) { [self] args in
            let (a, b) = try operands(args["a"], args["b"])
            return wrap(try a.tensordot(b, axes: try tensordotAxes(args["axes"])))
        }
        m.export(tensordot, at: "tf.linalg.tensordot", "tf.tensordot")
        let norm = function(
            "norm", module: "tensorflow.python.ops.linalg_ops",
            "tensor, ord='euclidean', axis=None, keepdims=None, name=None"
        ) { [self] args in
            let t = try tensor(args["tensor"])
            let keep = args["keepdims"].isNone ? false : try flag(args["keepdims"])
            return wrap(
                try t.norm(
                    try normOrder(args["ord"]), axes: try axes(args["axis"]),
                    keepDims: keep))
        }
        m.export(norm, at: "tf.linalg.norm", "tf.norm")
    }

    /// The `axes` of `tf.tensordot`: a count, or a pair of axis lists.
    private func tensordotAxes(_ value: Value) throws(PyError) -> TensordotAxes {
        if let n = try integer(value) { return .count(n) }
        let items = try rt.collect(value)
        guard items.count == 2 else {
            throw valueError(
                "`axes` must be an integer or have length 2. Received \((try? rt.repr(value)) ?? "?")."
            )
        }
        let left = try axes(items[0]) ?? []
        let right = try axes(items[1]) ?? []
        return .pairs(left, right)
    }

    /// `ord=` of `tf.norm`.
    private func normOrder(_ value: Value) throws(PyError) -> NormOrder {
        switch value {
        case .str(let s) where s.value == "euclidean" || s.value == "fro": return .euclidean
        case .int(1): return .one
        case .int(2): return .euclidean
        case .float(let d) where d.isInfinite && d > 0: return .infinity
        case .float(let d) where d > 0: return d == 1 ? .one : d == 2 ? .euclidean : .p(d)
        case .int(let i) where i > 0: return .p(Double(i))
        default:
            throw valueError(
                "'ord' must be a supported vector norm, got \((try? rt.repr(value)) ?? "?").")
        }
    }
}
