import Interpreter
import Tensors

extension Engine {
    /// The math names TensorFlow 2 also exposes at the top level (`tf.abs`, `tf.reduce_sum`).
    static let topLevelMath = [
        "abs", "exp", "sqrt", "square", "sin", "cos", "tanh", "sigmoid", "sign", "negative",
        "floor", "round", "add", "subtract", "multiply", "divide", "truediv", "floordiv", "pow",
        "maximum", "minimum", "equal", "not_equal", "less", "less_equal", "greater",
        "greater_equal", "logical_and", "logical_or", "logical_not", "reduce_sum",
        "reduce_mean", "reduce_max", "reduce_min", "reduce_prod", "reduce_any", "reduce_all",
        "argmax", "argmin", "cumsum", "add_n", "clip_by_value",
    ]

    /// Builds the `tensorflow` module with its submodules (`math`, `linalg`, `random`, `nn`,
    /// `errors`, `keras`, `dtypes`).
    func makeTensorFlowModule() -> PyModule {
        let tf = rt.makeModule("tensorflow")
        tf["__version__"] = Value("2.15.0")
        let dtypes = rt.makeModule("tensorflow.dtypes")
        for dtype in DType.allCases {
            tf[dtype.rawValue] = dtypeObject(dtype)
            dtypes[dtype.rawValue] = dtypeObject(dtype)
        }
        tf["double"] = dtypeObject(.float64)
        dtypes["double"] = dtypeObject(.float64)
        dtypes["DType"] = .object(classes.dtype)
        dtypes["as_dtype"] = function(
            "as_dtype", module: "tensorflow.python.framework.dtypes", "type_value"
        ) { [self] args in
            guard let dtype = try dtype(args["type_value"]) else {
                throw typeError(
                    "Cannot convert the argument `type_value`: None to a TensorFlow DType.")
            }
            return dtypeObject(dtype)
        }
        tf["dtypes"] = .object(dtypes)
        tf["as_dtype"] = dtypes["as_dtype"]
        tf["DType"] = .object(classes.dtype)
        tf["Tensor"] = .object(classes.tensor)
        tf["Variable"] = .object(classes.variable)
        tf["TensorShape"] = .object(classes.tensorShape)
        tf["newaxis"] = Value.none
        tf["function"] = tfFunction()
        tf["executing_eagerly"] = function(
            "executing_eagerly", module: "tensorflow.python.eager.context", ""
        ) { _ in .bool(true) }

        for (name, value) in creationFunctions() { tf[name] = value }
        for (name, value) in shapeFunctions() { tf[name] = value }

        let math = rt.makeModule("tensorflow.math")
        for (name, value) in mathFunctions() { math[name] = value }
        let linalg = rt.makeModule("tensorflow.linalg")
        for (name, value) in linalgFunctions() {
            linalg[name] = value
            if name != "matvec" { tf[name] = value }
        }
        linalg["eye"] = tf["eye"]
        linalg["matrix_transpose"] = tf["transpose"]
        math["reduce_euclidean_norm"] = nil
        for name in Self.topLevelMath { tf[name] = math[name] }
        tf["math"] = .object(math)
        tf["linalg"] = .object(linalg)

        let random = rt.makeModule("tensorflow.random")
        for (name, value) in randomFunctions() { random[name] = value }
        tf["random"] = .object(random)

        let nn = rt.makeModule("tensorflow.nn")
        for (name, value) in nnFunctions() { nn[name] = value }
        tf["nn"] = .object(nn)
        math["softplus"] = nn["softplus"]
        math["sigmoid"] = nn["sigmoid"]
        math["tanh"] = nn["tanh"]
        tf["sigmoid"] = nn["sigmoid"]
        tf["tanh"] = nn["tanh"]

        let errors = rt.makeModule("tensorflow.errors")
        for (name, cls) in classes.errors { errors[name] = .object(cls) }
        tf["errors"] = .object(errors)

        for (name, value) in tensorflowInitializerConstructors() { tf[name] = value }
        tf["keras"] = .object(makeKerasModule())
        return tf
    }
}
