import Interpreter
import Tensors

extension FunctionGroup {
    /// The functions that make tensors (`tf.constant`, `tf.zeros`, …).
    static let creation = FunctionGroup("tf") { engine, m in engine.defineCreationFunctions(m) }
}

extension Engine {
    /// `tf.constant`, `tf.convert_to_tensor`, `tf.zeros`, `tf.ones`, `tf.fill`, `tf.eye`,
    /// `tf.range`, `tf.zeros_like`, `tf.ones_like`, `tf.identity`, `tf.cast`, `tf.is_tensor`.
    fileprivate func defineCreationFunctions(_ m: ModuleTree) {
        let constantOps = "tensorflow.python.framework.constant_op"
        let arrayOps = "tensorflow.python.ops.array_ops"
        m["tf.constant"] = function(
            "constant", module: constantOps, "value, dtype=None, shape=None, name='Const'"
        ) { [self] args in
            try constant(args["value"], dtype: try dtype(args["dtype"]), shape: args["shape"])
        }
        m["tf.convert_to_tensor"] = function(
            "convert_to_tensor_v2_with_dispatch",
            module: "tensorflow.python.framework.tensor_conversion",
            "value, dtype=None, dtype_hint=None, name=None"
        ) { [self] args in
            let value = args["value"]
            if let dtype = try dtype(args["dtype"]) {
                return wrap(try tensor(value, .exactly(dtype)))
            }
            if let hint = try dtype(args["dtype_hint"]) {
                return wrap(try tensor(value, .preferring(hint)))
            }
            if tensorBox(value) != nil && !isNumpyValue(value) { return value }
            return wrap(try tensor(value))
        }
        m["tf.zeros"] = function("zeros", module: arrayOps, "shape, dtype=tf.float32, name=None") {
            [self] args in
            let dtype = try dtypeArgument(args["dtype"]) ?? .float32
            return wrap(try Tensor.zeros(try shape(args["shape"]), dtype: dtype))
        }
        m["tf.ones"] = function("ones", module: arrayOps, "shape, dtype=tf.float32, name=None") {
            [self] args in
            let dtype = try dtypeArgument(args["dtype"]) ?? .float32
            return wrap(try Tensor.ones(try shape(args["shape"]), dtype: dtype))
        }
        m["tf.fill"] = function("fill", module: arrayOps, "dims, value, name=None") { [self] args in
            let value = try tensor(args["value"])
            guard value.rank == 0, let element = try? value.element(at: 0) else {
                throw invalidArgument(
                    "{{function_node __wrapped__Fill_device_/job:localhost/replica:0/task:0/"
                        + "device:CPU:0}} value must be a scalar, got shape "
                        + "\(TensorShape(value.shape).description) [Op:Fill] name: ")
            }
            return wrap(
                try Tensor.fill(
                    try shape(args["dims"], argument: "dims"), value: element,
                    dtype: value.dtype))
        }
        m["tf.zeros_like"] = function(
            "zeros_like_v2", module: arrayOps, "input, dtype=None, name=None"
        ) { [self] args in
            wrap(try tensor(args["input"]).zerosLike(dtype: try dtype(args["dtype"])))
        }
        m["tf.ones_like"] = function(
            "ones_like_v2", module: arrayOps, "input, dtype=None, name=None"
        ) { [self] args in
            wrap(try tensor(args["input"]).onesLike(dtype: try dtype(args["dtype"])))
        }
        let eye = function(
            "eye", module: "tensorflow.python.ops.linalg_ops",
            "num_rows, num_columns=None, batch_shape=None, dtype=tf.float32, name=None"
        ) { [self] args in
            let rows = try axis(args["num_rows"], name: "num_rows")
            let columns =
                args["num_columns"].isNone
                ? nil : try axis(args["num_columns"], name: "num_columns")
            let batch = args["batch_shape"].isNone ? [] : try shape(args["batch_shape"])
            return wrap(
                try Tensor.eye(
                    rows, columns: columns, batchShape: batch,
                    dtype: try dtypeArgument(args["dtype"]) ?? .float32))
        }
        m.export(eye, at: "tf.eye", "tf.linalg.eye")
        m["tf.range"] = function(
            "range", module: "tensorflow.python.ops.math_ops",
            "start, limit=None, delta=1, dtype=None, name='range'"
        ) { [self] args in
            let (start, limit) = try rangeBounds(args, "start", "limit")
            let delta = try scalarValue(args["delta"], name: "delta")
            return wrap(
                try Tensor.range(
                    start: start, limit: limit, delta: delta, dtype: try dtype(args["dtype"])))
        }
        m["tf.identity"] = function("identity", module: arrayOps, "input, name=None") {
            [self] args in wrap(try tensor(args["input"]))
        }
        m["tf.cast"] = function(
            "cast", module: "tensorflow.python.ops.math_ops", "x, dtype, name=None"
        ) { [self] args in
            guard let dtype = try dtype(args["dtype"]) else {
                throw typeError(
                    "Cannot convert the argument `type_value`: None to a TensorFlow DType.")
            }
            return wrap(try tensor(args["x"]).cast(to: dtype))
        }
        m["tf.is_tensor"] = function(
            "is_tf_type", module: "tensorflow.python.framework.tensor_util", "x"
        ) { [self] args in
            let v = args["x"]
            return .bool(
                (tensorBox(v) != nil && !isNumpyValue(v)) || variablePayload(v) != nil)
        }
    }

    /// A `dtype=` argument whose default the signature shows as `tf.float32` or `tf.int32`
    /// (such default text is not a Python literal, so it binds as a str).
    func dtypeArgument(_ value: Value) throws(PyError) -> DType? {
        if case .str(let s) = value, s.value.hasPrefix("tf."),
            let dtype = DType.named(String(s.value.dropFirst(3)))
        {
            return dtype
        }
        return try dtype(value)
    }

    /// `tf.constant(value, dtype, shape)`.
    func constant(_ value: Value, dtype: DType?, shape shapeValue: Value) throws -> Value {
        let t = try constantValue(value, dtype: dtype)
        if shapeValue.isNone { return wrap(t) }
        let target = try shape(shapeValue)
        return wrap(try reshapedConstant(t, value, target))
    }

    /// The tensor of `tf.constant(value, dtype)`: a tensor must already have the dtype.
    private func constantValue(_ value: Value, dtype: DType?) throws -> Tensor {
        if let existing = receiverTensor(value), variablePayload(value) == nil,
            !isNumpyValue(value)
        {
            try checkConstantDType(existing, dtype)
            return existing
        }
        return try tensor(value, DTypeRequest(exactly: dtype))
    }

    // Kept out of line: inlined into `constantValue`, the release compiler (Swift 6.3.1)
    // crashes in its copy-propagation pass.
    @inline(never)
    private func checkConstantDType(_ t: Tensor, _ dtype: DType?) throws {
        guard let dtype, dtype != t.dtype else { return }
        throw typeError(
            "Expected tensor \(t.numpyText(forRepr: false)) with dtype "
                + "\(dtype.tensorflowRepr), but got dtype \(t.dtype.tensorflowRepr).")
    }

    /// `tf.constant`'s `shape=`: a one-element value fills the shape, a value with as many
    /// elements is reshaped, anything else is TensorFlow's `TypeError`.
    private func reshapedConstant(_ t: Tensor, _ value: Value, _ target: [Int]) throws -> Tensor {
        var count = 1
        for d in target { count = count.multipliedReportingOverflow(by: d).partialValue }
        if t.count == 1 {
            let element = try t.element(at: 0)
            return try Tensor.fill(target, value: element, dtype: t.dtype)
        }
        if t.count == count {
            return try t.reshaped(target)
        }
        let original = (try? rt.repr(value)) ?? "?"
        throw typeError(
            "Eager execution of tf.constant with unsupported shape. Tensor \(t.numpyStr) "
                + "(converted from \(original)) has \(t.count) elements, but got `shape` "
                + "\(TensorShape(target).description) with \(count) elements).")
    }
}
