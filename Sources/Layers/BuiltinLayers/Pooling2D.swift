import Tensors

/// The base of the 2-D pooling layers: a window of `poolSize` slid by `strides` (the pool size
/// by default) over the height and width of NHWC images, each channel on its own.
open class Pooling2D: Layer {
    /// The window's height and width.
    public private(set) var poolSize: [Int]
    /// The steps along height and width.
    public private(set) var strides: [Int]
    /// `valid` or `same`.
    public private(set) var padding: Padding

    /// Creates a pooling layer.
    ///
    /// - Throws: Keras's `ValueError`s for sizes ≤ 0, negative strides, an unknown padding.
    public init(
        poolSize: [Int] = [2], strides: [Int]? = nil, padding: String = "valid",
        dataFormat: String? = nil, inputShape: [Int?]? = nil, name: String? = nil,
        className: String? = nil, context: KerasContext
    ) throws {
        self.poolSize = poolSize
        self.strides = strides ?? poolSize
        self.padding = .valid
        super.init(name: name, className: className, inputShape: inputShape, context: context)
        inputSpec = InputSpec(ndim: 4)
        self.poolSize = try ConvolutionArguments.tuple(poolSize, count: 2, name: "pool_size")
        self.strides = try ConvolutionArguments.tuple(
            strides ?? poolSize, count: 2, name: "strides", allowZero: true)
        self.padding = try ConvolutionArguments.padding(padding)
        try ConvolutionArguments.checkDataFormat(dataFormat)
    }

    /// The pooled images.
    open func pool(_ input: Tensor) throws -> Tensor {
        throw LayerError(.notImplemented, "Must be implemented in subclasses.")
    }

    /// Pools the input.
    open override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        try pool(input)
    }

    /// The batch and channels kept, height and width as the window gives them.
    open override func computeOutputShape(_ inputShape: TensorShape) throws -> TensorShape {
        guard let dims = inputShape.dimensions, dims.count == 4 else {
            return TensorShape(unknownRank: ())
        }
        let rows = ConvolutionArguments.outputLength(
            dims[1], filter: poolSize[0], padding: padding, stride: strides[0])
        let cols = ConvolutionArguments.outputLength(
            dims[2], filter: poolSize[1], padding: padding, stride: strides[1])
        return TensorShape([dims[0], rows, cols, dims[3]])
    }
}

/// The largest value of each window (`tf.keras.layers.MaxPooling2D`, also `MaxPool2D`).
///
/// ```swift
/// let pool = try MaxPooling2D(context: context)          // 2×2, stride 2
/// try pool(Tensor.ones([1, 4, 4, 3])).shape                // [1, 2, 2, 3]
/// ```
open class MaxPooling2D: Pooling2D {
    /// Creates the layer (Keras's defaults: a 2×2 window, strides equal to it, `valid`).
    public override init(
        poolSize: [Int] = [2], strides: [Int]? = nil, padding: String = "valid",
        dataFormat: String? = nil, inputShape: [Int?]? = nil, name: String? = nil,
        className: String? = nil, context: KerasContext
    ) throws {
        try super.init(
            poolSize: poolSize, strides: strides, padding: padding, dataFormat: dataFormat,
            inputShape: inputShape, name: name, className: className ?? "MaxPooling2D",
            context: context)
    }

    /// `tf.nn.max_pool2d` of the input.
    open override func pool(_ input: Tensor) throws -> Tensor {
        try input.maxPool2d(ksize: poolSize, strides: strides, padding: padding)
    }
}

/// The mean of each window (`tf.keras.layers.AveragePooling2D`, also `AvgPool2D`); with `same`
/// padding a window at the border averages only the positions inside the image.
open class AveragePooling2D: Pooling2D {
    /// Creates the layer (Keras's defaults: a 2×2 window, strides equal to it, `valid`).
    public override init(
        poolSize: [Int] = [2], strides: [Int]? = nil, padding: String = "valid",
        dataFormat: String? = nil, inputShape: [Int?]? = nil, name: String? = nil,
        className: String? = nil, context: KerasContext
    ) throws {
        try super.init(
            poolSize: poolSize, strides: strides, padding: padding, dataFormat: dataFormat,
            inputShape: inputShape, name: name, className: className ?? "AveragePooling2D",
            context: context)
    }

    /// `tf.nn.avg_pool2d` of the input.
    open override func pool(_ input: Tensor) throws -> Tensor {
        try input.avgPool2d(ksize: poolSize, strides: strides, padding: padding)
    }
}

/// The mean over height and width of each channel (`tf.keras.layers.GlobalAveragePooling2D`):
/// `(batch, h, w, c)` becomes `(batch, c)`, or `(batch, 1, 1, c)` with `keepdims`.
open class GlobalAveragePooling2D: Layer {
    /// Whether the pooled axes are kept with size 1.
    public let keepdims: Bool

    /// Creates the layer.
    public init(
        dataFormat: String? = nil, keepdims: Bool = false, inputShape: [Int?]? = nil,
        name: String? = nil, className: String? = nil, context: KerasContext
    ) throws {
        self.keepdims = keepdims
        super.init(name: name, className: className, inputShape: inputShape, context: context)
        inputSpec = InputSpec(ndim: 4)
        try ConvolutionArguments.checkDataFormat(dataFormat)
    }

    /// The mean over axes 1 and 2.
    open override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        try input.reduced(.mean, axes: [1, 2], keepDims: keepdims)
    }

    /// `(batch, channels)`, or `(batch, 1, 1, channels)`.
    open override func computeOutputShape(_ inputShape: TensorShape) throws -> TensorShape {
        guard let dims = inputShape.dimensions, dims.count == 4 else {
            return TensorShape(unknownRank: ())
        }
        return TensorShape(keepdims ? [dims[0], 1, 1, dims[3]] : [dims[0], dims[3]])
    }
}
