/// Every declaration the `tensorflow` and `numpy` modules are made from: the modules' names,
/// the classes (each after its base) and the function groups.
///
/// A new class or function group is declared in its own file and listed here once.
enum Catalog {
    /// The script modules and their `__name__`s (TensorFlow 2.15's and numpy 1.26's).
    static let modules: [ModuleBinding] = [
        ModuleBinding("tf", "tensorflow"),
        ModuleBinding("tf.dtypes", "tensorflow.dtypes"),
        ModuleBinding("tf.errors", "tensorflow.errors"),
        ModuleBinding("tf.linalg", "tensorflow.linalg"),
        ModuleBinding("tf.math", "tensorflow.math"),
        ModuleBinding("tf.nn", "tensorflow.nn"),
        ModuleBinding("tf.random", "tensorflow.random"),
        ModuleBinding("tf.keras", "keras.api._v2.keras"),
        ModuleBinding("tf.keras.activations", "keras.api._v2.keras.activations"),
        ModuleBinding("tf.keras.backend", "keras.api._v2.keras.backend"),
        ModuleBinding("tf.keras.initializers", "keras.api._v2.keras.initializers"),
        ModuleBinding("tf.keras.layers", "keras.api._v2.keras.layers"),
        ModuleBinding("tf.keras.models", "keras.api._v2.keras.models"),
        ModuleBinding("np", "numpy"),
    ]

    /// The classes, each after its base.
    static let classes: [ClassBinding] =
        [
            .tensor, .eagerTensor, .variable, .resourceVariable, .dtype, .tensorShape, .function,
            .opError,
        ] + ClassBinding.tensorflowErrors
        + [.layer, .model, .sequential, .dense, .flatten, .dropout]
        + [.kerasInitializer] + ClassBinding.kerasInitializers
        + [.tensorflowInitializer] + ClassBinding.tensorflowInitializers
        + [.ndarray, .numpyGeneric] + ClassBinding.numpyScalars.map(\.binding) + [.numpyDType]

    /// The function groups, in the order they are placed (a later one may replace a name an
    /// earlier one placed).
    static let functions: [FunctionGroup] = [
        .tensorflow, .creation, .shape, .math, .linalg, .random, .nn, .kerasActivations,
        .kerasInitializers, .kerasBackend, .numpy,
    ]
}
