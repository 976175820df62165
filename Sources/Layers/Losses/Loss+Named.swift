import Tensors

extension Loss {
    /// The loss Keras makes from a string (`compile(loss='mse')`, `tf.keras.losses.get`): a
    /// function name or alias (`mse`, `mean_squared_error`, `binary_crossentropy`, `huber`, …)
    /// gives that function wrapped and named after it; a class name (`MeanSquaredError`,
    /// `BinaryCrossentropy`, …) gives the class with its defaults.
    ///
    /// - Throws: Keras's `ValueError` for an unknown name (`Unknown loss function: 'nope'.
    ///   Please ensure …`), and `NotImplementedError` for a Keras loss lit does not implement.
    public static func named(_ name: String, context: KerasContext) throws -> Loss {
        switch name {
        case "MeanSquaredError": return MeanSquaredError(context: context)
        case "MeanAbsoluteError": return MeanAbsoluteError(context: context)
        case "Huber": return Huber(context: context)
        case "BinaryCrossentropy": return BinaryCrossentropy(context: context)
        case "CategoricalCrossentropy": return CategoricalCrossentropy(context: context)
        case "SparseCategoricalCrossentropy":
            return SparseCategoricalCrossentropy(context: context)
        default: break
        }
        guard let function = LossFunctions.named(name, context: context) else {
            if let known = LossFunctions.unimplementedNames.first(where: { $0 == name }) {
                throw LayerError(
                    .notImplemented, "lit does not implement tf.keras.losses.\(known) yet")
            }
            throw LayerError(
                .value,
                "Unknown loss function: '\(name)'. Please ensure you are using a "
                    + "`keras.utils.custom_object_scope` and that this object is included in "
                    + "the scope. See https://www.tensorflow.org/guide/keras/save_and_serialize"
                    + "#registering_the_custom_object for details.")
        }
        return LossFunctionWrapper(
            functionName: function.name, context: context, function: function.body)
    }
}

extension LossFunctions {
    /// The loss function Keras finds under `name` (its own name or an alias: `mse`, `MSE`,
    /// `mean_squared_error`, `bce`, `huber_loss`, …), with its canonical name; `nil` for a name
    /// lit doesn't know.
    public static func named(_ name: String, context: KerasContext?) -> (
        name: String, body: (Tensor, Tensor) throws -> Tensor
    )? {
        switch name {
        case "mean_squared_error", "mse", "MSE":
            return ("mean_squared_error", meanSquaredError)
        case "mean_absolute_error", "mae", "MAE":
            return ("mean_absolute_error", meanAbsoluteError)
        case "huber", "huber_loss":
            return ("huber", { try huber($0, $1) })
        case "binary_crossentropy", "bce", "BCE":
            return ("binary_crossentropy", { try binaryCrossentropy($0, $1, context: context) })
        case "categorical_crossentropy":
            return (
                "categorical_crossentropy",
                { try categoricalCrossentropy($0, $1, context: context) }
            )
        case "sparse_categorical_crossentropy":
            return (
                "sparse_categorical_crossentropy",
                { try sparseCategoricalCrossentropy($0, $1, context: context) }
            )
        default:
            return nil
        }
    }

    /// Keras 2.15's other loss functions and classes, which lit does not implement.
    static let unimplementedNames = [
        "mean_absolute_percentage_error", "mape", "MAPE", "mean_squared_logarithmic_error",
        "msle", "MSLE", "kl_divergence", "kld", "KLD", "kullback_leibler_divergence", "log_cosh",
        "logcosh", "hinge", "squared_hinge", "categorical_hinge", "poisson", "cosine_similarity",
        "binary_focal_crossentropy", "categorical_focal_crossentropy",
        "MeanAbsolutePercentageError", "MeanSquaredLogarithmicError", "KLDivergence", "LogCosh",
        "Hinge", "SquaredHinge", "CategoricalHinge", "Poisson", "CosineSimilarity",
        "BinaryFocalCrossentropy", "CategoricalFocalCrossentropy",
    ]
}
