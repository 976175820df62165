import Tensors

/// A densely connected layer: `activation(input · kernel + bias)` on the last axis of an
/// input of any rank ≥ 2 (`tf.keras.layers.Dense`).
///
/// The kernel (`[input size, units]`, Glorot uniform by default) and bias (`[units]`, zeros
/// by default) are created on the first call, named `<layer name>/kernel:0` and
/// `<layer name>/bias:0`; from then on the last axis of every input must keep its size.
///
/// ```swift
/// let context = KerasContext(seed: 0)
/// let dense = try Dense(units: 4, activation: .relu, context: context)   // "dense"
/// let y = try dense(Tensor.ones([2, 3]))        // shape [2, 4]
/// dense.kernel?.name                            // "dense/kernel:0"
/// try dense(Tensor.ones([2, 5]))
/// // ValueError: Input 0 of layer "dense" is incompatible with the layer: expected axis -1
/// // of input shape to have value 3, but received input with shape (2, 5)
/// ```
open class Dense: Layer {
    /// The output size.
    public let units: Int
    /// The activation applied to the affine result.
    public let activation: Activation
    /// Whether a bias is added.
    public let useBias: Bool
    /// How the kernel starts.
    public let kernelInitializer: Initializer
    /// How the bias starts.
    public let biasInitializer: Initializer
    /// The penalty on the kernel, if any.
    public let kernelRegularizer: Regularizer?
    /// The penalty on the bias, if any.
    public let biasRegularizer: Regularizer?
    /// The kernel, once built.
    public private(set) var kernel: Variable?
    /// The bias, once built (never when `useBias` is false).
    public private(set) var bias: Variable?

    /// Creates a dense layer.
    ///
    /// - Parameters:
    ///   - units: the output size (0 is allowed, as in Keras).
    ///   - activation: `linear` by default.
    ///   - kernelInitializer: `GlorotUniform()` by default.
    ///   - biasInitializer: `Zeros()` by default.
    ///   - kernelRegularizer: a penalty on the kernel, listed in `losses`.
    ///   - biasRegularizer: a penalty on the bias.
    ///   - activityRegularizer: a penalty on the output, averaged over the batch.
    ///   - inputShape: Keras's `input_shape=`, for the first layer of a `Sequential`.
    /// - Throws: Keras's `ValueError` for negative `units` (`Received an invalid value for
    ///   `units`, expected a positive integer. Received: units=-1`).
    public init(
        units: Int, activation: Activation = .linear, useBias: Bool = true,
        kernelInitializer: Initializer? = nil, biasInitializer: Initializer? = nil,
        kernelRegularizer: Regularizer? = nil, biasRegularizer: Regularizer? = nil,
        activityRegularizer: Regularizer? = nil, inputShape: [Int?]? = nil,
        name: String? = nil, className: String? = nil, context: KerasContext
    ) throws {
        self.units = units
        self.activation = activation
        self.useBias = useBias
        self.kernelInitializer = kernelInitializer ?? GlorotUniform()
        self.biasInitializer = biasInitializer ?? Zeros()
        self.kernelRegularizer = kernelRegularizer
        self.biasRegularizer = biasRegularizer
        // Keras names the layer before it checks `units`, so a rejected layer still takes a
        // name.
        super.init(name: name, className: className, inputShape: inputShape, context: context)
        self.activityRegularizer = activityRegularizer
        guard units >= 0 else {
            throw LayerError(
                .value,
                "Received an invalid value for `units`, expected a positive integer. "
                    + "Received: units=\(units)")
        }
        inputSpec = InputSpec(minNdim: 2)
    }

    /// Creates the kernel and bias for inputs whose last axis is `inputShape`'s.
    ///
    /// - Throws: `TypeError` for a non-float dtype, `ValueError` for an unknown last axis.
    open override func build(inputShape: TensorShape) throws {
        guard dtype.isFloatingPoint else {
            throw LayerError(
                .type,
                "A Dense layer can only be built with a floating-point dtype. Received: "
                    + "dtype=<dtype: '\(dtype)'>")
        }
        guard let last = inputShape.dimensions?.last, let lastDim = last else {
            throw LayerError(
                .value,
                "The last dimension of the inputs to a Dense layer should be defined. Found "
                    + "None. Full input shape received: \(inputShape)")
        }
        inputSpec = InputSpec(minNdim: 2, axes: [-1: lastDim])
        kernel = try addWeight(
            name: "kernel", shape: [lastDim, units], initializer: kernelInitializer,
            regularizer: kernelRegularizer)
        if useBias {
            bias = try addWeight(
                name: "bias", shape: [units], initializer: biasInitializer,
                regularizer: biasRegularizer)
        }
    }

    /// `activation(input · kernel + bias)` over the last axis.
    open override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        guard let kernel else {
            throw LayerError(.runtime, "The layer \"\(name)\" was called before being built.")
        }
        let x = input.dtype == dtype ? input : input.cast(to: dtype)
        let inner = kernel.shape[0]
        guard x.rank >= 2, x.shape[x.rank - 1] == inner else {
            throw LayerError(
                .value,
                "Input 0 of layer \"\(name)\" is incompatible with the layer: expected axis -1 "
                    + "of input shape to have value \(inner), but received input with shape "
                    + TensorShape(x.shape).description)
        }
        let rows = x.shape.dropLast().reduce(1, *)
        let kernelValue = kernel.read(in: context)
        let biasValue = bias?.read(in: context)
        var output: Tensor
        if x.hasTapeIdentity || kernelValue.hasTapeIdentity || biasValue?.hasTapeIdentity == true {
            // A tape records: TensorFlow's matmul then bias add, as differentiable ops.
            output = try x.reshaped([rows, inner]).matmul(kernelValue)
            if let biasValue { output = try output + biasValue }
        } else {
            output = try Self.affine(
                x, rows: rows, inner: inner, kernel: kernelValue, bias: biasValue, units: units)
        }
        if x.rank != 2 {
            output = try output.reshaped(Array(x.shape.dropLast()) + [units])
        }
        return activation.isLinear ? output : try activation(output, context: context)
    }

    /// The input shape with its last axis replaced by `units` (what tracing the matrix
    /// product gives, so an unknown last axis is fine once the layer is built).
    ///
    /// - Throws: `ValueError` for a rank below 2.
    open override func computeOutputShape(_ inputShape: TensorShape) throws -> TensorShape {
        guard let dims = inputShape.dimensions else { return TensorShape(unknownRank: ()) }
        guard dims.count >= 2 else {
            throw LayerError(.value, "Shape \(inputShape) must have rank at least 2")
        }
        return TensorShape(Array(dims.dropLast()) + [units])
    }

    /// `x · kernel + bias` for `x` holding `rows × inner` elements (row-major), as a `[rows,
    /// units]` tensor.
    ///
    /// Small float32 products run as a direct loop (no BLAS set-up, one allocation); others go
    /// through `matmul`.
    static func affine(
        _ x: Tensor, rows: Int, inner: Int, kernel: Tensor, bias: Tensor?, units: Int
    ) throws -> Tensor {
        if case .float32(let a) = x.storage, case .float32(let w) = kernel.storage,
            rows * inner * units <= 32_768
        {
            var biasValues: [Float]? = nil
            if let bias {
                guard case .float32(let b) = bias.storage else {
                    throw LayerError(.runtime, "The bias has another dtype than the kernel.")
                }
                biasValues = b
            }
            let values = [Float](unsafeUninitializedCapacity: rows * units) { out, count in
                a.withUnsafeBufferPointer { a in
                    w.withUnsafeBufferPointer { w in
                        for i in 0..<rows {
                            let row = i * units
                            if let biasValues {
                                for j in 0..<units { out[row + j] = biasValues[j] }
                            } else {
                                for j in 0..<units { out[row + j] = 0 }
                            }
                            for p in 0..<inner {
                                let scale = a[i * inner + p]
                                let wRow = p * units
                                for j in 0..<units { out[row + j] += scale * w[wRow + j] }
                            }
                        }
                    }
                }
                count = rows * units
            }
            return try Tensor(shape: [rows, units], scalars: values)
        }
        let matrix = try x.reshaped([rows, inner])
        let product = try matrix.matmul(kernel)
        guard let bias else { return product }
        return try product + bias
    }
}
