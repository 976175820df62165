import Tensors

/// Dense vectors for integer ids (`tf.keras.layers.Embedding`): row `i` of a trainable
/// `[inputDim, outputDim]` table for each id `i`, so `(batch, n)` ids give `(batch, n,
/// outputDim)`.
///
/// As in Keras, the layer knows its input shape from the start (`(None, inputLength)`, or
/// `(None, None)`), so a `Sequential` that starts with one is built at once. Float ids are
/// cast to int32.
///
/// ```swift
/// let embedding = try Embedding(inputDim: 10, outputDim: 3, context: context)
/// try embedding(Tensor([[1, 2], [9, 0]])).shape     // [2, 2, 3]
/// ```
open class Embedding: Layer {
    /// The number of ids (rows of the table).
    public let inputDim: Int
    /// The length of each vector.
    public let outputDim: Int
    /// How the table starts (uniform in ±0.05 by default).
    public let embeddingsInitializer: Initializer
    /// The penalty on the table, if any.
    public let embeddingsRegularizer: Regularizer?
    /// The table, once built (`embedding/embeddings:0`).
    public private(set) var embeddings: Variable?

    /// Creates an embedding layer.
    ///
    /// - Throws: Keras's `ValueError` when a dimension isn't positive (`Both `input_dim` and
    ///   `output_dim` should be positive, Received input_dim = 0 and output_dim = 3`).
    public init(
        inputDim: Int, outputDim: Int, embeddingsInitializer: Initializer? = nil,
        embeddingsRegularizer: Regularizer? = nil, activityRegularizer: Regularizer? = nil,
        inputLength: Int? = nil, inputShape: [Int?]? = nil, name: String? = nil,
        className: String? = nil, context: KerasContext
    ) throws {
        guard inputDim > 0 && outputDim > 0 else {
            throw LayerError(
                .value,
                "Both `input_dim` and `output_dim` should be positive, Received input_dim = "
                    + "\(inputDim) and output_dim = \(outputDim)")
        }
        self.inputDim = inputDim
        self.outputDim = outputDim
        self.embeddingsInitializer =
            embeddingsInitializer ?? RandomUniform(minval: -0.05, maxval: 0.05)
        self.embeddingsRegularizer = embeddingsRegularizer
        super.init(
            name: name, className: className, inputShape: inputShape ?? [inputLength],
            context: context)
        self.activityRegularizer = activityRegularizer
    }

    /// Creates the table.
    open override func build(inputShape: TensorShape) throws {
        embeddings = try addWeight(
            name: "embeddings", shape: [inputDim, outputDim], initializer: embeddingsInitializer,
            regularizer: embeddingsRegularizer)
    }

    /// The rows of the table for the ids.
    ///
    /// - Throws: TensorFlow's `InvalidArgumentError` for an id outside the table (`indices[0] =
    ///   12 is not in [0, 10)`).
    open override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        guard let embeddings else {
            throw LayerError(.runtime, "The layer \"\(name)\" was called before being built.")
        }
        let ids = input.dtype.isInteger ? input : input.cast(to: .int32)
        let values = ids.cast(to: .int64).scalars(as: Int64.self) ?? []
        if let offset = values.firstIndex(where: { $0 < 0 || $0 >= Int64(inputDim) }) {
            let op = "ResourceGather"
            throw TensorError(
                .invalidArgument, op: op, kernel: op,
                message:
                    "indices[\(Self.position(offset, in: ids.shape))] = \(values[offset]) is not "
                    + "in [0, \(inputDim))",
                nodeName: "")
        }
        return try embeddings.read(in: context).gather(ids)
    }

    /// The input shape with `outputDim` appended.
    open override func computeOutputShape(_ inputShape: TensorShape) throws -> TensorShape {
        guard let dims = inputShape.dimensions else { return TensorShape(unknownRank: ()) }
        return TensorShape(dims + [outputDim])
    }

    /// A row-major offset as TensorFlow writes a position in index errors: `1,0`.
    private static func position(_ offset: Int, in shape: [Int]) -> String {
        var rest = offset
        var parts: [Int] = []
        for size in shape.reversed() {
            parts.append(size > 0 ? rest % size : 0)
            rest = size > 0 ? rest / size : 0
        }
        return parts.reversed().map(String.init).joined(separator: ",")
    }
}
