import Tensors

/// A 2-D convolution over NHWC images (`tf.keras.layers.Conv2D`): each output channel is the
/// cross-correlation of the input with one `kernelSize` filter across all input channels, plus
/// a bias, through `activation`.
///
/// The kernel (`[kh, kw, input channels / groups, filters]`, Glorot uniform by default) and the
/// bias (`[filters]`, zeros) are made on the first call (`conv2d/kernel:0`, `conv2d/bias:0`);
/// from then on the input's channels must keep their number.
///
/// ```swift
/// let conv = try Conv2D(filters: 6, kernelSize: [5], padding: "same", activation: .sigmoid,
///                       context: context)
/// try conv(Tensor.ones([32, 28, 28, 1])).shape     // [32, 28, 28, 6]
/// ```
open class Conv2D: Layer {
    /// The number of output channels.
    public let filters: Int
    /// The window's height and width.
    public private(set) var kernelSize: [Int]
    /// The steps along height and width.
    public private(set) var strides: [Int]
    /// `valid` or `same`.
    public private(set) var padding: Padding
    /// The spacing of the window's taps along height and width.
    public private(set) var dilationRate: [Int]
    /// The number of channel groups convolved separately.
    public let groups: Int
    /// The activation applied to the result.
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
    /// The bias, once built.
    public private(set) var bias: Variable?

    /// Creates a convolution layer.
    ///
    /// - Parameters:
    ///   - kernelSize: one size for both axes, or height and width.
    ///   - strides: as `kernelSize` (1 by default).
    ///   - padding: `valid` (default) or `same`.
    ///   - dataFormat: `channels_last` (the only one TensorFlow's CPU kernels take).
    ///   - dilationRate: as `kernelSize` (1 by default).
    /// - Throws: Keras's `ValueError`s for filters ≤ 0, zero kernel sizes or strides, an
    ///   unknown padding, strides and dilation both above 1, filters not divisible by
    ///   `groups`.
    public init(
        filters: Int, kernelSize: [Int], strides: [Int] = [1], padding: String = "valid",
        dataFormat: String? = nil, dilationRate: [Int] = [1], groups: Int = 1,
        activation: Activation = .linear, useBias: Bool = true,
        kernelInitializer: Initializer? = nil, biasInitializer: Initializer? = nil,
        kernelRegularizer: Regularizer? = nil, biasRegularizer: Regularizer? = nil,
        activityRegularizer: Regularizer? = nil, inputShape: [Int?]? = nil, name: String? = nil,
        className: String? = nil, context: KerasContext
    ) throws {
        self.filters = filters
        self.groups = Swift.max(groups, 1)
        self.activation = activation
        self.useBias = useBias
        self.kernelInitializer = kernelInitializer ?? GlorotUniform()
        self.biasInitializer = biasInitializer ?? Zeros()
        self.kernelRegularizer = kernelRegularizer
        self.biasRegularizer = biasRegularizer
        // Keras names the layer before it checks the arguments.
        self.kernelSize = kernelSize
        self.strides = strides
        self.padding = .valid
        self.dilationRate = dilationRate
        super.init(name: name, className: className, inputShape: inputShape, context: context)
        self.activityRegularizer = activityRegularizer
        inputSpec = InputSpec(minNdim: 4)
        guard filters > 0 else {
            throw LayerError(
                .value,
                "Invalid value for argument `filters`. Expected a strictly positive value. "
                    + "Received filters=\(filters).")
        }
        self.kernelSize = try ConvolutionArguments.tuple(kernelSize, count: 2, name: "kernel_size")
        self.strides = try ConvolutionArguments.tuple(
            strides, count: 2, name: "strides", allowZero: true)
        self.padding = try ConvolutionArguments.padding(padding)
        try ConvolutionArguments.checkDataFormat(dataFormat)
        self.dilationRate = try ConvolutionArguments.tuple(
            dilationRate, count: 2, name: "dilation_rate")
        guard filters % self.groups == 0 else {
            throw LayerError(
                .value,
                "The number of filters must be evenly divisible by the number of groups. "
                    + "Received: groups=\(self.groups), filters=\(filters)")
        }
        guard self.strides.allSatisfy({ $0 != 0 }) else {
            throw LayerError(
                .value,
                "The argument `strides` cannot contains 0(s). Received: "
                    + ConvolutionArguments.pythonTuple(self.strides))
        }
        if self.strides.max() ?? 1 > 1 && self.dilationRate.max() ?? 1 > 1 {
            throw LayerError(
                .value,
                "`strides > 1` not supported in conjunction with `dilation_rate > 1`. Received: "
                    + "strides=\(ConvolutionArguments.pythonTuple(self.strides)) and "
                    + "dilation_rate=\(ConvolutionArguments.pythonTuple(self.dilationRate))")
        }
    }

    /// Creates the kernel and bias for inputs with `inputShape`'s channels.
    ///
    /// - Throws: `ValueError` for an unknown channel axis, channels not divisible by `groups`,
    ///   or an input too small for the window.
    open override func build(inputShape: TensorShape) throws {
        guard let dims = inputShape.dimensions, let last = dims.last, let channels = last else {
            throw LayerError(
                .value,
                "The channel dimension of the inputs should be defined. The input_shape "
                    + "received is \(inputShape), where axis -1 (0-based) is the channel "
                    + "dimension, which found to be `None`.")
        }
        guard channels % groups == 0 else {
            throw LayerError(
                .value,
                "The number of input channels must be evenly divisible by the number of groups. "
                    + "Received groups=\(groups), but the input has \(channels) channels (full "
                    + "input shape is \(inputShape)).")
        }
        _ = try computeOutputShape(inputShape)
        kernel = try addWeight(
            name: "kernel", shape: kernelSize + [channels / groups, filters],
            initializer: kernelInitializer, regularizer: kernelRegularizer)
        if useBias {
            bias = try addWeight(
                name: "bias", shape: [filters], initializer: biasInitializer,
                regularizer: biasRegularizer)
        }
        inputSpec = InputSpec(minNdim: 4, axes: [-1: channels])
    }

    /// The convolution, the bias added over the channel axis, then the activation.
    open override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        guard let kernel else {
            throw LayerError(.runtime, "The layer \"\(name)\" was called before being built.")
        }
        var x = input
        let leading = Array(input.shape.dropLast(3))
        if input.rank > 4 {
            x = try input.reshaped([-1] + input.shape.suffix(3))
        }
        var output = try x.conv2d(
            kernel.read(in: context), strides: strides, padding: padding, dilations: dilationRate)
        if let bias {
            output = try output + bias.read(in: context)
        }
        if input.rank > 4 {
            output = try output.reshaped(leading + output.shape.suffix(3))
        }
        return activation.isLinear ? output : try activation(output, context: context)
    }

    /// The output shape: the spatial axes as the window and strides give them, `filters`
    /// channels.
    ///
    /// - Throws: Keras's `ValueError` when a spatial axis would have a negative size (`One of
    ///   the dimensions in the output is <= 0 due to downsampling in conv2d. …`).
    open override func computeOutputShape(_ inputShape: TensorShape) throws -> TensorShape {
        guard let dims = inputShape.dimensions, dims.count >= 4 else {
            return TensorShape(unknownRank: ())
        }
        let spatial = Array(dims.suffix(3).prefix(2))
        var out: [Int?] = Array(dims.dropLast(3))
        for axis in 0..<2 {
            let length = ConvolutionArguments.outputLength(
                spatial[axis], filter: kernelSize[axis], padding: padding, stride: strides[axis],
                dilation: dilationRate[axis])
            if let length, length < 0 {
                let received =
                    "[" + dims.map { $0.map(String.init) ?? "None" }.joined(separator: ", ") + "]"
                throw LayerError(
                    .value,
                    "One of the dimensions in the output is <= 0 due to downsampling in \(name). "
                        + "Consider increasing the input size. Received input shape \(received) "
                        + "which would produce output shape with a zero or negative value in a "
                        + "dimension.")
            }
            out.append(length)
        }
        return TensorShape(out + [filters])
    }
}
