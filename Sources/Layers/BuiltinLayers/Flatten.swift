import Tensors

/// Flattens every axis but the first (`tf.keras.layers.Flatten`): `(2, 3, 4)` becomes `(2, 12)`; a
/// rank-1 input `(4,)` becomes `(4, 1)`, as in Keras.
///
/// No weights.
///
/// ```swift
/// let flatten = Flatten(context: context)                       // "flatten"
/// try flatten(Tensor.ones([2, 3, 4])).shape                     // [2, 12]
/// ```
open class Flatten: Layer {
    /// Creates a flatten layer (inputs need at least one axis).
    public init(
        inputShape: [Int?]? = nil, name: String? = nil, className: String? = nil,
        context: KerasContext
    ) {
        super.init(name: name, className: className, inputShape: inputShape, context: context)
        inputSpec = InputSpec(minNdim: 1)
    }

    /// The input reshaped to `(batch, everything else)`.
    open override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        guard let batch = input.shape.first else {
            throw LayerError(
                .value,
                "Input 0 of layer \"\(name)\" is incompatible with the layer: expected "
                    + "min_ndim=1, found ndim=0. Full shape received: ()")
        }
        let rest = input.shape.dropFirst().reduce(1, *)
        return try input.reshaped([batch, rest])
    }

    /// `(batch, product of the other axes)`, the product unknown when any of them is unknown
    /// or zero (Keras's rule).
    open override func computeOutputShape(_ inputShape: TensorShape) throws -> TensorShape {
        guard let dims = inputShape.dimensions else { return TensorShape(unknownRank: ()) }
        guard let first = dims.first else { return TensorShape([1, 1]) }
        let rest = dims.dropFirst()
        if rest.allSatisfy({ $0 != nil && $0 != 0 }) {
            return TensorShape([first, rest.reduce(1) { $0 * ($1 ?? 1) }])
        }
        return TensorShape([first, nil])
    }
}
