import Interpreter
import Tensors

extension FunctionGroup {
    /// `tensorflow`'s own values: its version, the dtype objects, `tf.as_dtype`, `tf.newaxis`,
    /// `tf.function` and `tf.executing_eagerly`.
    static let tensorflow = FunctionGroup("tf") { engine, m in engine.defineTensorFlowValues(m) }
}

extension Engine {
    fileprivate func defineTensorFlowValues(_ m: ModuleTree) {
        m["tf.__version__"] = Value("2.15.0")
        for dtype in DType.allCases {
            m.export(dtypeObject(dtype), at: "tf.\(dtype.rawValue)", "tf.dtypes.\(dtype.rawValue)")
        }
        m.export(dtypeObject(.float64), at: "tf.double", "tf.dtypes.double")
        let asDType = function(
            "as_dtype", module: "tensorflow.python.framework.dtypes", "type_value"
        ) { [self] args in
            guard let dtype = try dtype(args["type_value"]) else {
                throw typeError(
                    "Cannot convert the argument `type_value`: None to a TensorFlow DType.")
            }
            return dtypeObject(dtype)
        }
        m.export(asDType, at: "tf.dtypes.as_dtype", "tf.as_dtype")
        m["tf.newaxis"] = Value.none
        m["tf.function"] = tfFunction()
        m["tf.executing_eagerly"] = function(
            "executing_eagerly", module: "tensorflow.python.eager.context", ""
        ) { _ in .bool(true) }
    }
}
