import Tensors

extension Initializer {
    /// The Keras initializer a string names (`tf.keras.initializers.get(name)`, and the
    /// strings `kernel_initializer='zeros'` accepts), with default arguments: class names
    /// (`GlorotUniform`), their snake-case forms (`glorot_uniform`) and Keras's aliases
    /// (`zero`, `one`, `normal`, `uniform`), case-sensitively.
    ///
    /// ```swift
    /// try Initializer.named("he_normal").className   // "HeNormal"
    /// ```
    ///
    /// - Throws: Keras's `ValueError` for any other name (`Unknown initializer: 'foo'. Please
    ///   ensure you are using a `keras.utils.custom_object_scope` …`).
    public static func named(_ name: String) throws -> Initializer {
        let key = name.hasSuffix("V2") ? String(name.dropLast(2)) : name
        switch key {
        case "Zeros", "zeros", "zero": return Zeros()
        case "Ones", "ones", "one": return Ones()
        case "Constant", "constant": return Constant(0)
        case "RandomNormal", "random_normal", "normal": return RandomNormal()
        case "RandomUniform", "random_uniform", "uniform": return RandomUniform()
        case "TruncatedNormal", "truncated_normal": return TruncatedNormal()
        case "VarianceScaling", "variance_scaling":
            return VarianceScaling(
                fixedScale: 1, mode: .fanIn, distribution: .truncatedNormal, seed: nil)
        case "GlorotUniform", "glorot_uniform": return GlorotUniform()
        case "GlorotNormal", "glorot_normal": return GlorotNormal()
        case "HeNormal", "he_normal": return HeNormal()
        case "HeUniform", "he_uniform": return HeUniform()
        case "LecunNormal", "lecun_normal": return LecunNormal()
        case "LecunUniform", "lecun_uniform": return LecunUniform()
        case "Identity", "identity": return Identity()
        case "Orthogonal", "orthogonal": return Orthogonal()
        default:
            throw LayerError(
                .value,
                "Unknown initializer: '\(name)'. Please ensure you are using a "
                    + "`keras.utils.custom_object_scope` and that this object is included in "
                    + "the scope. See https://www.tensorflow.org/guide/keras/"
                    + "save_and_serialize#registering_the_custom_object for details.")
        }
    }
}
