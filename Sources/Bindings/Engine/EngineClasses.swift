import Interpreter

/// The native classes of one session, with the module paths TensorFlow 2.15, Keras 2.15 and
/// numpy 1.26 give them (what `type(x)` and the default repr show).
struct EngineClasses {
    // TensorFlow.
    /// `tf.Tensor`.
    let tensor: PyClass
    /// The class of every tensor value (`tensorflow.python.framework.ops.EagerTensor`).
    let eagerTensor: PyClass
    /// `tf.Variable` (its `__new__` makes a `ResourceVariable`).
    let variable: PyClass
    /// The class of every variable.
    let resourceVariable: PyClass
    /// `tf.DType`.
    let dtype: PyClass
    /// `tf.TensorShape`.
    let tensorShape: PyClass
    /// What `@tf.function` returns.
    let function: PyClass
    /// `tf.errors.OpError`, the base of TensorFlow's errors.
    let opError: PyClass
    /// TensorFlow's error classes by name (`InvalidArgumentError`, …).
    let errors: [String: PyClass]

    // Keras.
    /// `tf.keras.layers.Layer`.
    let layer: PyClass
    /// `tf.keras.Model`.
    let model: PyClass
    /// `tf.keras.Sequential`.
    let sequential: PyClass
    /// `tf.keras.layers.Dense`.
    let dense: PyClass
    /// `tf.keras.layers.Flatten`.
    let flatten: PyClass
    /// `tf.keras.layers.Dropout`.
    let dropout: PyClass
    /// `tf.keras.initializers.Initializer`.
    let initializer: PyClass
    /// The built-in Keras initializers by class name.
    let kerasInitializers: [String: PyClass]
    /// The base of TensorFlow's `tf.*_initializer` classes.
    let tensorflowInitializer: PyClass
    /// TensorFlow's initializers by class name (`tf.zeros_initializer` is `Zeros`).
    let tensorflowInitializers: [String: PyClass]

    // numpy.
    /// `np.ndarray`.
    let ndarray: PyClass
    /// `np.generic`, the base of the scalar types.
    let numpyGeneric: PyClass
    /// The scalar types (`np.float32`, …) by dtype name.
    let numpyScalars: [String: PyClass]
    /// `np.dtype`.
    let numpyDType: PyClass

    /// The names of TensorFlow's error classes, each deriving from `OpError`.
    static let errorNames = [
        "CancelledError", "UnknownError", "InvalidArgumentError", "DeadlineExceededError",
        "NotFoundError", "AlreadyExistsError", "PermissionDeniedError", "UnauthenticatedError",
        "ResourceExhaustedError", "FailedPreconditionError", "AbortedError", "OutOfRangeError",
        "UnimplementedError", "InternalError", "UnavailableError", "DataLossError",
    ]

    /// The Keras initializer classes, with the class each derives from.
    static let kerasInitializerNames: [(name: String, base: String?)] = [
        ("Zeros", nil), ("Ones", nil), ("Constant", nil), ("RandomNormal", nil),
        ("RandomUniform", nil), ("TruncatedNormal", nil), ("VarianceScaling", nil),
        ("GlorotUniform", "VarianceScaling"), ("GlorotNormal", "VarianceScaling"),
        ("HeNormal", "VarianceScaling"), ("HeUniform", "VarianceScaling"),
        ("LecunNormal", "VarianceScaling"), ("LecunUniform", "VarianceScaling"),
        ("Identity", nil), ("Orthogonal", nil),
    ]

    /// The classes behind `tf.zeros_initializer`, `tf.random_normal_initializer`, ….
    static let tensorflowInitializerNames = [
        "Zeros", "Ones", "Constant", "RandomNormal", "RandomUniform", "TruncatedNormal",
    ]

    init(_ rt: Runtime) {
        tensor = rt.makeClass(name: "Tensor", module: "tensorflow.python.framework.tensor")
        eagerTensor = rt.makeClass(
            name: "EagerTensor", module: "tensorflow.python.framework.ops", bases: [tensor])
        variable = rt.makeClass(name: "Variable", module: "tensorflow.python.ops.variables")
        resourceVariable = rt.makeClass(
            name: "ResourceVariable", module: "tensorflow.python.ops.resource_variable_ops",
            bases: [variable])
        dtype = rt.makeClass(name: "DType", module: "tensorflow.python.framework.dtypes")
        tensorShape = rt.makeClass(
            name: "TensorShape", module: "tensorflow.python.framework.tensor_shape")
        function = rt.makeClass(
            name: "Function",
            module: "tensorflow.python.eager.polymorphic_function.polymorphic_function")
        let errorsModule = "tensorflow.python.framework.errors_impl"
        opError = rt.makeClass(
            name: "OpError", module: errorsModule, bases: [rt.exceptionClass(.exception)])
        var errors: [String: PyClass] = ["OpError": opError]
        for name in Self.errorNames {
            errors[name] = rt.makeClass(name: name, module: errorsModule, bases: [opError])
        }
        self.errors = errors

        layer = rt.makeClass(name: "Layer", module: "keras.src.engine.base_layer")
        model = rt.makeClass(name: "Model", module: "keras.src.engine.training", bases: [layer])
        sequential = rt.makeClass(
            name: "Sequential", module: "keras.src.engine.sequential", bases: [model])
        dense = rt.makeClass(name: "Dense", module: "keras.src.layers.core.dense", bases: [layer])
        flatten = rt.makeClass(
            name: "Flatten", module: "keras.src.layers.reshaping.flatten", bases: [layer])
        dropout = rt.makeClass(
            name: "Dropout", module: "keras.src.layers.regularization.dropout", bases: [layer])
        let kerasInit = "keras.src.initializers.initializers"
        initializer = rt.makeClass(name: "Initializer", module: kerasInit)
        var keras: [String: PyClass] = [:]
        for (name, base) in Self.kerasInitializerNames {
            let parent = base.flatMap { keras[$0] } ?? initializer
            keras[name] = rt.makeClass(name: name, module: kerasInit, bases: [parent])
        }
        kerasInitializers = keras
        let tfInit = "tensorflow.python.ops.init_ops_v2"
        tensorflowInitializer = rt.makeClass(name: "Initializer", module: tfInit)
        var tensorflow: [String: PyClass] = [:]
        for name in Self.tensorflowInitializerNames {
            tensorflow[name] = rt.makeClass(
                name: name, module: tfInit, bases: [tensorflowInitializer])
        }
        tensorflowInitializers = tensorflow

        ndarray = rt.makeClass(name: "ndarray", module: "numpy")
        numpyGeneric = rt.makeClass(name: "generic", module: "numpy")
        var scalars: [String: PyClass] = [:]
        for name in ["float32", "float64", "int32", "int64", "bool_"] {
            scalars[name] = rt.makeClass(name: name, module: "numpy", bases: [numpyGeneric])
        }
        numpyScalars = scalars
        numpyDType = rt.makeClass(name: "dtype", module: "numpy")
    }

    /// Every class, for teardown.
    var all: [PyClass] {
        [
            tensor, eagerTensor, variable, resourceVariable, dtype, tensorShape, function,
            layer, model, sequential, dense, flatten, dropout, initializer,
            tensorflowInitializer, ndarray, numpyGeneric, numpyDType,
        ] + Array(errors.values) + Array(kerasInitializers.values)
            + Array(tensorflowInitializers.values) + Array(numpyScalars.values)
    }
}
