import Interpreter
import Tensors

extension FunctionGroup {
    /// `tf.math`, with most of its functions at the top level too (`tf.abs`, `tf.reduce_sum`).
    static let math = FunctionGroup("tf") { engine, m in engine.defineMathFunctions(m) }
}

extension Engine {
    /// The math names TensorFlow 2 also exposes at the top level (`tf.abs`, `tf.reduce_sum`).
    private static let topLevelMath: Set<String> = [
        "abs", "exp", "sqrt", "square", "sin", "cos", "sign", "negative", "floor", "round", "add",
        "subtract", "multiply", "divide", "truediv", "floordiv", "pow", "maximum", "minimum",
        "equal", "not_equal", "less", "less_equal", "greater", "greater_equal", "logical_and",
        "logical_or", "logical_not", "reduce_sum", "reduce_mean", "reduce_max", "reduce_min",
        "reduce_prod", "reduce_any", "reduce_all", "argmax", "argmin", "cumsum", "add_n",
        "clip_by_value",
    ]

    /// The elementwise functions of `tf` and `tf.math` with TensorFlow's parameter names
    /// (`sigmoid`, `tanh` and `softplus` are `tf.nn`'s).
    static let unaryFunctions: [(name: String, op: UnaryOp, parameter: String)] = [
        ("abs", .abs, "x"), ("exp", .exp, "x"), ("log", .log, "x"), ("sqrt", .sqrt, "x"),
        ("square", .square, "x"), ("sin", .sin, "x"), ("cos", .cos, "x"),
        ("sign", .sign, "x"), ("negative", .negative, "x"), ("floor", .floor, "x"),
        ("ceil", .ceil, "x"), ("round", .round, "x"), ("rsqrt", .rsqrt, "x"),
        ("log1p", .log1p, "x"), ("expm1", .expm1, "x"), ("erf", .erf, "x"),
        ("elu", .elu, "features"), ("relu", .relu, "features"),
        ("logical_not", .logicalNot, "x"), ("is_nan", .isNaN, "x"),
    ]

    /// The elementwise binary functions of `tf` and `tf.math`.
    static let binaryFunctions: [(name: String, op: Tensors.BinaryOp)] = [
        ("add", .add), ("subtract", .subtract), ("multiply", .multiply), ("divide", .divide),
        ("truediv", .divide), ("floordiv", .floorDivide), ("floormod", .remainder),
        ("mod", .remainder), ("pow", .power), ("maximum", .maximum), ("minimum", .minimum),
        ("equal", .equal), ("not_equal", .notEqual), ("less", .less),
        ("less_equal", .lessEqual), ("greater", .greater), ("greater_equal", .greaterEqual),
        ("logical_and", .logicalAnd), ("logical_or", .logicalOr), ("logical_xor", .logicalXor),
    ]

    /// The reductions of `tf` and `tf.math`.
    static let reductions: [(name: String, op: ReduceOp)] = [
        ("reduce_sum", .sum), ("reduce_mean", .mean), ("reduce_max", .max),
        ("reduce_min", .min), ("reduce_prod", .prod), ("reduce_any", .any), ("reduce_all", .all),
    ]

    /// Places `tf.math`'s functions, and the ones in ``topLevelMath`` at the top level too.
    fileprivate func defineMathFunctions(_ m: ModuleTree) {
        let mathOps = "tensorflow.python.ops.math_ops"
        var f: [String: Value] = [:]
        for (name, op, parameter) in Self.unaryFunctions {
            f[name] = function(name, module: mathOps, "\(parameter), name=None") { [self] args in
                wrap(try tensor(args[parameter]).unary(op))
            }
        }
        for (name, op) in Self.binaryFunctions {
            f[name] = function(name, module: mathOps, "x, y, name=None") { [self] args in
                let (x, y) = try operands(args["x"], args["y"])
                return wrap(try Tensor.binary(op, x, y))
            }
        }
        for (name, op) in Self.reductions {
            f[name] = function(
                name, module: mathOps, "input_tensor, axis=None, keepdims=False, name=None"
            ) { [self] args in
                let t = try tensor(args["input_tensor"])
                return wrap(
                    try t.reduced(
                        op, axes: try axes(args["axis"]), keepDims: try flag(args["keepdims"])))
            }
        }
        for (name, isMax) in [("argmax", true), ("argmin", false)] {
            f[name] = function(
                name, module: mathOps, "input, axis=None, output_type=tf.int64, name=None"
            ) { [self] args in
                let t = try tensor(args["input"])
                let axis = args["axis"].isNone ? 0 : try self.axis(args["axis"])
                let result = isMax ? try t.argmax(axis: axis) : try t.argmin(axis: axis)
                let output = try dtypeArgument(args["output_type"]) ?? .int64
                return wrap(output == result.dtype ? result : result.cast(to: output))
            }
        }
        f["cumsum"] = function(
            "cumsum", module: mathOps, "x, axis=0, exclusive=False, reverse=False, name=None"
        ) { [self] args in
            wrap(
                try tensor(args["x"]).cumsum(
                    axis: try axis(args["axis"]), exclusive: try flag(args["exclusive"]),
                    reverse: try flag(args["reverse"])))
        }
        f["add_n"] = function("add_n", module: mathOps, "inputs, name=None") { [self] args in
            let items = try rt.collect(args["inputs"])
            guard let first = items.first else {
                throw valueError(
                    "inputs must be an iterable of at least one Tensor/IndexedSlices with the "
                        + "same dtype and shape")
            }
            var total = try tensor(first)
            for item in items.dropFirst() {
                total = try Tensor.binary(.add, total, try tensor(item, .preferring(total.dtype)))
            }
            return wrap(total)
        }
        f["clip_by_value"] = function(
            "clip_by_value", module: "tensorflow.python.ops.clip_ops",
            "t, clip_value_min, clip_value_max, name=None"
        ) { [self] args in
            let t = try tensor(args["t"])
            return wrap(
                try t.clipped(
                    low: try tensor(args["clip_value_min"], .preferring(t.dtype)),
                    high: try tensor(args["clip_value_max"], .preferring(t.dtype))))
        }
        f["reciprocal"] = function("reciprocal", module: mathOps, "x, name=None") { [self] args in
            let t = try tensor(args["x"])
            return wrap(try Tensor.binary(.divide, Tensor(scalar: 1.0).cast(to: t.dtype), t))
        }
        for (name, value) in f.sorted(by: { $0.key < $1.key }) {
            m["tf.math.\(name)"] = value
            if Self.topLevelMath.contains(name) { m["tf.\(name)"] = value }
        }
    }

    /// The operands of a binary function: a Python value next to a tensor takes the tensor's
    /// dtype when it can.
    func operands(_ a: Value, _ b: Value) throws(PyError) -> (Tensor, Tensor) {
        if receiverTensor(a) == nil, let y = receiverTensor(b) {
            return (try tensor(a, .preferring(y.dtype)), y)
        }
        let x = try tensor(a)
        return (x, try tensor(b, .preferring(x.dtype)))
    }
}
