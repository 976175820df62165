import Tensors

/// Randomly zeroes a fraction `rate` of the inputs during training and scales the rest by `1 / (1 -
/// rate)` (`tf.keras.layers.Dropout`); outside training it is the identity.
///
/// No weights. The random mask comes from the context's generator (or a fresh one for `seed`).
///
/// ```swift
/// let dropout = try Dropout(rate: 0.5, context: context)
/// try dropout(x)                    // x unchanged
/// try dropout(x, training: true)    // about half zeros, the rest doubled
/// ```
open class Dropout: Layer {
    /// The fraction of inputs dropped in training.
    public let rate: Double
    /// An explicit seed for the masks, or `nil` for the session's generator.
    public let seed: Int?

    /// Creates a dropout layer.
    ///
    /// - Throws: Keras's `ValueError` for a rate outside [0, 1] (`Invalid value 1.5 received
    ///   for `rate`, expected a value between 0 and 1.`).
    public init(
        rate: Double, seed: Int? = nil, inputShape: [Int?]? = nil, name: String? = nil,
        className: String? = nil, context: KerasContext
    ) throws {
        self.rate = rate
        self.seed = seed
        // Keras names the layer before it checks `rate`.
        super.init(name: name, className: className, inputShape: inputShape, context: context)
        guard rate >= 0 && rate <= 1 else {
            let text =
                rate == rate.rounded() && Swift.abs(rate) < 1e15
                ? String(Int64(rate)) : Tensor.numpyScalarRepr(.float(rate), dtype: .float64)
            throw LayerError(
                .value,
                "Invalid value \(text) received for `rate`, expected a value between 0 and 1.")
        }
    }

    /// The input, with dropout applied when `training` is true.
    open override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        guard training == true, rate > 0, input.dtype.isFloatingPoint else { return input }
        if rate >= 1 { return try input.zerosLike() }
        let draws = try SeededDraw(seed: seed).run(context) { generator in
            try Tensor.randomUniform(input.shape, dtype: input.dtype, using: &generator)
        }
        let keep = try Tensor.binary(
            .greaterEqual, draws, Tensor(scalar: rate).cast(to: input.dtype))
        let scale = Tensor(scalar: 1 / (1 - rate)).cast(to: input.dtype)
        return try input * keep.cast(to: input.dtype) * scale
    }

    /// The input shape.
    open override func computeOutputShape(_ inputShape: TensorShape) throws -> TensorShape {
        inputShape
    }

    /// `inputs` and `training`, as Keras's `Dropout.call(inputs, training=None)` lists them.
    open override func callArguments(input: Tensor, training: Bool?) -> [(
        name: String, value: String
    )] {
        [("inputs", Self.describeArgument(input)), ("training", Self.describeArgument(training))]
    }
}
