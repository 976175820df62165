extension Optimizer {
    /// The optimizer Keras makes from a string (`tf.keras.optimizers.get('adam')`,
    /// `compile(optimizer='sgd')`), with its default arguments; the name is matched without
    /// regard to case, as Keras matches its built-in optimizers.
    ///
    /// - Throws: Keras's `ValueError` for an unknown name (`Unknown optimizer: 'nope'. Please
    ///   ensure you are using a `keras.utils.custom_object_scope` …`), and `NotImplementedError`
    ///   for a Keras optimizer lit does not implement (`Nadam`, …).
    public static func named(_ name: String, context: KerasContext) throws -> Optimizer {
        switch name.lowercased() {
        case "sgd": return try SGD(context: context)
        case "adam": return try Adam(context: context)
        case "rmsprop": return try RMSprop(context: context)
        case "adagrad": return try Adagrad(context: context)
        case let other:
            if let known = unimplementedNames[other] {
                throw LayerError(
                    .notImplemented, "lit does not implement tf.keras.optimizers.\(known) yet")
            }
            throw LayerError(
                .value,
                "Unknown optimizer: '\(name)'. Please ensure you are using a "
                    + "`keras.utils.custom_object_scope` and that this object is included in "
                    + "the scope. See https://www.tensorflow.org/guide/keras/save_and_serialize"
                    + "#registering_the_custom_object for details.")
        }
    }

    /// The names `named(_:context:)` knows, as Keras spells the classes.
    public static let builtinNames = ["SGD", "Adam", "RMSprop", "Adagrad"]

    /// Keras 2.15's other built-in optimizers, by lowercased name.
    private static let unimplementedNames = [
        "adadelta": "Adadelta", "adafactor": "Adafactor", "adamax": "Adamax", "adamw": "AdamW",
        "ftrl": "Ftrl", "lion": "Lion", "nadam": "Nadam",
    ]
}
