import Interpreter
import Tensors

extension FunctionGroup {
    /// `tf.random`.
    static let random = FunctionGroup("tf") { engine, m in engine.defineRandomFunctions(m) }
}

extension Engine {
    /// The functions of `tf.random`: `uniform`, `normal`, `truncated_normal` and `set_seed`.
    ///
    /// They draw from the session's generator (shared with Keras's initializers). Op-level
    /// `seed=` arguments are accepted and ignored: the session's seed alone decides the
    /// numbers.
    fileprivate func defineRandomFunctions(_ m: ModuleTree) {
        let randomOps = "tensorflow.python.ops.random_ops"
        m["tf.random.uniform"] = function(
            "random_uniform", module: randomOps,
            "shape, minval=0, maxval=None, dtype=tf.float32, seed=None, name=None"
        ) { [self] args in
            let shape = try shape(args["shape"])
            let dtype = try dtypeArgument(args["dtype"]) ?? .float32
            if dtype == .bool {
                throw valueError(
                    "Argument `dtype` got invalid value <dtype: 'bool'>. Accepted dtypes are "
                        + "(tf.float16, tf.bfloat16, tf.float32, tf.float64, tf.int32, tf.int64).")
            }
            if dtype.isInteger {
                guard !args["maxval"].isNone else {
                    throw valueError(
                        "Must specify maxval for integer dtype \(dtype.tensorflowRepr)")
                }
                let low = Int64(try number(args["minval"], name: "minval"))
                let high = Int64(try number(args["maxval"], name: "maxval"))
                return wrap(
                    try Tensor.randomUniformInteger(
                        shape, min: low, max: high, dtype: dtype, using: &keras.generator))
            }
            let low = try number(args["minval"], name: "minval")
            let high = args["maxval"].isNone ? 1 : try number(args["maxval"], name: "maxval")
            return wrap(
                try Tensor.randomUniform(
                    shape, min: low, max: high, dtype: dtype, using: &keras.generator))
        }
        let normals: [(name: String, function: String, draw: NormalDraw)] = [
            ("normal", "random_normal", Tensor.randomNormal),
            ("truncated_normal", "truncated_normal", Tensor.truncatedNormal),
        ]
        for (name, functionName, draw) in normals {
            m["tf.random.\(name)"] = function(
                functionName, module: randomOps,
                "shape, mean=0.0, stddev=1.0, dtype=tf.float32, seed=None, name=None"
            ) { [self] args in
                wrap(
                    try draw(
                        try shape(args["shape"]), try number(args["mean"], name: "mean"),
                        try number(args["stddev"], name: "stddev"),
                        try dtypeArgument(args["dtype"]) ?? .float32, &keras.generator))
            }
        }
        m["tf.random.set_seed"] = function(
            "set_seed", module: "tensorflow.python.framework.random_seed", "seed"
        ) { [self] args in
            guard let seed = try integer(args["seed"]) else {
                throw typeError("seed must be an integer, got \(rt.typeName(args["seed"]))")
            }
            keras.generator = RandomGenerator(seed: UInt64(bitPattern: Int64(seed)))
            return .none
        }
    }
}

/// `Tensor.randomNormal` or `Tensor.truncatedNormal`.
private typealias NormalDraw = (
    _ shape: [Int], _ mean: Double, _ stddev: Double, _ dtype: DType,
    _ generator: inout RandomGenerator
) throws(TensorError) -> Tensor
