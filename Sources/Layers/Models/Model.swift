import Tensors

/// A layer that groups layers (`tf.keras.Model`): the base of `Sequential` and of subclassed
/// models, with `layers`, `summary()`, weights listed sub-layers first, and Keras's model
/// `build(_:)`.
///
/// Subclass it (in Swift, or through the bindings for a script class): create sub-layers in
/// the initializer and register each with `trackAttribute(_:_:)` (the bindings call it from a
/// script's `self.x = layer`), create own weights with `addWeight`, and override
/// `call(_:training:)`.
///
/// ```swift
/// final class MLP: Model {
///     let hidden: Dense
///     let out: Dense
///     init(context: KerasContext) throws {
///         hidden = try Dense(units: 4, activation: .relu, context: context)
///         out = try Dense(units: 1, context: context)
///         super.init(context: context)                 // named "mlp"
///         trackAttribute("hidden", [hidden])
///         trackAttribute("out", [out])
///     }
///     override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
///         try out(hidden(input))
///     }
/// }
/// let model = try MLP(context: KerasContext(seed: 0))
/// _ = try model(Tensor.ones([2, 3]))
/// model.weights.map(\.name)   // ["mlp/dense/kernel:0", "mlp/dense/bias:0", …]
/// print(try model.summary())
/// ```
open class Model: Layer {
    /// Whether `checkWeightsCreated()` fails before the model is built: true for a
    /// `Sequential` and for a subclass that defines its own `build` (Keras's rule).
    public var weightsNeedBuild = false
    /// What `compile` configured (optimizer, loss, metrics), or `nil` before it.
    public internal(set) var compiled: CompiledConfiguration?
    /// Set by a callback to end `fit` after the current batch (`model.stop_training`).
    public var stopTraining = false

    /// The direct sub-layers, in tracking order, each once.
    public var layers: [Layer] { childLayers }

    /// Models list sub-layers' weights before their own.
    open override var ownWeightsFirst: Bool { false }

    /// A model without its own `call` can't be called.
    ///
    /// - Throws: Keras's `NotImplementedError`.
    open override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        throw LayerError(
            .notImplemented,
            "Unimplemented `tf.keras.Model.call()`: if you intend to create a `Model` with the "
                + "Functional API, please provide `inputs` and `outputs` arguments. Otherwise, "
                + "subclass `Model` with an overridden `call()` method.")
    }

    /// Builds the model for inputs of `inputShape` as Keras's `Model.build` does for a
    /// subclassed model: runs `build(inputShape:)`, then `call` once on a placeholder batch
    /// of zeros (unknown dimensions as 1) outside any name scope, which builds every
    /// sub-layer the call uses.
    ///
    /// - Throws: the errors of `build(inputShape:)` and `call`.
    open override func build(_ inputShape: TensorShape) throws {
        if built { return }
        try build(inputShape: inputShape)
        guard let dims = inputShape.dimensions else {
            throw LayerError(
                .value, "Input shape must be defined when calling `build()` on a `Model` subclass.")
        }
        let placeholder = try Tensor.zeros(dims.map { $0 ?? 1 }, dtype: dtype)
        let saved = context.placeholderShape
        context.placeholderShape = inputShape
        defer { context.placeholderShape = saved }
        _ = try context.withoutNameScopes { try call(placeholder, training: nil) }
        built = true
        buildInputShape = inputShape
    }

    /// Checks that reading `weights` is allowed (Keras's `_assert_weights_created`).
    ///
    /// - Throws: `ValueError` (`Weights for model 'sequential' have not yet been created.
    ///   Weights are created when the model is first called on inputs or `build()` is called
    ///   with an `input_shape`.`) for an unbuilt model with `weightsNeedBuild`.
    public func checkWeightsCreated() throws {
        guard weightsNeedBuild, !built else { return }
        throw LayerError(
            .value,
            "Weights for model '\(name)' have not yet been created. Weights are created when "
                + "the model is first called on inputs or `build()` is called with an "
                + "`input_shape`.")
    }
}
