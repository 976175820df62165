/// Every declaration the `tensorflow` and `numpy` modules are made from: the classes (each
/// after its base) and the function groups. (Modules are made where a declaration places
/// something, with TensorFlow's names for them, from ``PublicNames``.)
///
/// A new class or function group is declared in its own file and listed here once.
enum Catalog {
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
