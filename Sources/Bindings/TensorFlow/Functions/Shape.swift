import Interpreter
import Tensors

extension FunctionGroup {
    /// The functions that reshape and combine tensors (`tf.reshape`, `tf.concat`, …).
    static let shape = FunctionGroup("tf") { engine, m in engine.defineShapeFunctions(m) }
}

extension Engine {
    /// `tf.reshape`, `tf.transpose`, `tf.expand_dims`, `tf.squeeze`, `tf.concat`, `tf.stack`,
    /// `tf.unstack`, `tf.broadcast_to`, `tf.shape`, `tf.size`, `tf.rank`, `tf.where`.
    fileprivate func defineShapeFunctions(_ m: ModuleTree) {
        let arrayOps = "tensorflow.python.ops.array_ops"
        m["tf.reshape"] = function("reshape", module: arrayOps, "tensor, shape, name=None") {
            [self] args in
            wrap(try tensor(args["tensor"]).reshaped(try shape(args["shape"])))
        }
        let transpose = function(
            "transpose_v2", module: arrayOps, "a, perm=None, conjugate=False, name='transpose'"
        ) { [self] args in
            wrap(try tensor(args["a"]).transposed(try axes(args["perm"])))
        }
        m.export(transpose, at: "tf.transpose", "tf.linalg.matrix_transpose")
        m["tf.expand_dims"] = function(
            "expand_dims_v2", module: arrayOps, "input, axis, name=None"
        ) { [self] args in
            wrap(try tensor(args["input"]).expandingDims(try axis(args["axis"])))
        }
        m["tf.squeeze"] = function("squeeze_v2", module: arrayOps, "input, axis=None, name=None") {
            [self] args in
            wrap(try tensor(args["input"]).squeezed(try axes(args["axis"])))
        }
        m["tf.concat"] = function("concat", module: arrayOps, "values, axis, name='concat'") {
            [self] args in
            wrap(try Tensor.concat(try tensorList(args["values"]), axis: try axis(args["axis"])))
        }
        m["tf.stack"] = function("stack", module: arrayOps, "values, axis=0, name='stack'") {
            [self] args in
            wrap(try Tensor.stack(try tensorList(args["values"]), axis: try axis(args["axis"])))
        }
        m["tf.unstack"] = function(
            "unstack", module: arrayOps, "value, num=None, axis=0, name='unstack'"
        ) { [self] args in
            rt.list(try tensor(args["value"]).unstacked(axis: try axis(args["axis"])).map(wrap))
        }
        m["tf.broadcast_to"] = function(
            "broadcast_to", module: "tensorflow.python.ops.gen_array_ops",
            "input, shape, name=None"
        ) { [self] args in
            wrap(try tensor(args["input"]).broadcast(to: try shape(args["shape"])))
        }
        m["tf.shape"] = function(
            "shape_v2", module: arrayOps, "input, out_type=tf.int32, name=None"
        ) { [self] args in
            let t = try tensor(args["input"])
            return wrap(
                try integerTensor(t.shape, try dtypeArgument(args["out_type"]) ?? .int32))
        }
        m["tf.size"] = function(
            "size_v2", module: arrayOps, "input, out_type=tf.int32, name=None"
        ) { [self] args in
            let t = try tensor(args["input"])
            let out = try dtypeArgument(args["out_type"]) ?? .int32
            return wrap(try integerTensor([t.count], out).reshaped([]))
        }
        m["tf.rank"] = function("rank", module: arrayOps, "input, name=None") { [self] args in
            wrap(Tensor(scalar: Int32(try tensor(args["input"]).rank)))
        }
        m["tf.where"] = function(
            "where_v2", module: arrayOps, "condition, x=None, y=None, name=None"
        ) { [self] args in
            let condition = try tensor(args["condition"])
            if args["x"].isNone && args["y"].isNone {
                return wrap(try condition.nonzeroIndices())
            }
            guard !args["x"].isNone && !args["y"].isNone else {
                throw valueError("x and y must both be non-None or both be None.")
            }
            let (x, y) = try operands(args["x"], args["y"])
            return wrap(try Tensor.select(condition, x, y))
        }
    }

    /// The tensors of a list or tuple argument (`tf.concat([a, b], 0)`).
    func tensorList(_ value: Value) throws(PyError) -> [Tensor] {
        if let t = receiverTensor(value) {
            return try guarded { try t.unstacked(axis: 0) }
        }
        var result: [Tensor] = []
        for item in try rt.collect(value) {
            result.append(try tensor(item, DTypeRequest(preferring: result.first?.dtype)))
        }
        return result
    }

    /// A 1-d tensor of `values` in an integer dtype.
    func integerTensor(_ values: [Int], _ dtype: DType) throws(PyError) -> Tensor {
        switch dtype {
        case .int32: return Tensor(scalars: values.map { Int32(truncatingIfNeeded: $0) })
        case .int64: return Tensor(scalars: values.map { Int64($0) })
        default:
            throw typeError("out_type must be tf.int32 or tf.int64, got \(dtype.tensorflowRepr)")
        }
    }
}
