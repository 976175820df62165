import Tensors

/// The base of every layer and model, with Keras's lifecycle: a layer is created without
/// weights, builds them on its first call from the input's shape (`built` turns true), and
/// names itself per session the Keras way (`dense`, `dense_1`, …; class `MyDense` →
/// `my_dense`).
///
/// Subclass it (in Swift, or through the bindings for a script class) and override the hooks:
/// - `build(inputShape:)` creates weights with `addWeight(name:shape:initializer:trainable:dtype:)`;
/// - `call(_:training:)` computes the output;
/// - `computeOutputShape(_:)` gives the output shape without data (the default runs `call`
///   on zeros);
/// - `callArguments(input:training:)` describes the call for error messages.
///
/// The call protocol itself — check the input spec, enter the name scope, build on the first
/// call, cast float inputs, call, add Keras's call context to errors — is
/// `callAsFunction(_:training:)`, which subclasses don't override.
///
/// ```swift
/// final class Scale: Layer {
///     var factor: Variable?
///     override func build(inputShape: TensorShape) throws {
///         factor = try addWeight(name: "factor", shape: [1], initializer: Ones())
///     }
///     override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
///         try input * (factor?.value ?? Tensor(scalar: Float(1)))
///     }
/// }
/// let context = KerasContext(seed: 0)
/// let layer = Scale(context: context)       // named "scale"
/// let y = try layer(Tensor.ones([2, 3]))    // builds 'scale/factor:0', then calls
/// ```
open class Layer {
    /// The session this layer belongs to (names, random numbers, name scopes).
    public let context: KerasContext
    /// The unique name (`dense_1`), or the name given explicitly.
    public let name: String
    /// The Python class name shown in summaries and used for the default name (`Dense`).
    public let className: String
    /// The dtype of the weights and of the computation (`float32`).
    public let dtype: DType
    /// Whether the weights exist (set by the first call or `build(_:)`).
    public var built = false
    /// Whether the layer's weights are trained; when false they all count as non-trainable.
    public var trainable = true
    /// What the layer accepts, checked on every call (`nil`: anything).
    public var inputSpec: InputSpec?
    /// The batch input shape given as `input_shape=` (with a leading unknown batch axis), which
    /// a `Sequential` uses to build itself at once.
    public let batchInputShape: TensorShape?
    /// The input shape the layer was built with.
    public internal(set) var buildInputShape: TensorShape?

    /// Weights created by `addWeight` with `trainable: true`, in creation order.
    var ownTrainableWeights: [Variable] = []
    /// Weights created by `addWeight` with `trainable: false`.
    var ownNonTrainableWeights: [Variable] = []
    /// Attributes holding layers, in assignment order (see `trackAttribute(_:_:)`).
    var trackedAttributes: [(name: String, layers: [Layer])] = []
    /// Shapes seen by symbolic calls from models' graphs (Keras's inbound nodes).
    var shapeRecords: [ShapeRecord] = []
    /// The penalty on the layer's output, added to `losses` by every call
    /// (`activity_regularizer=`).
    public var activityRegularizer: Regularizer?
    /// The losses added during the latest top-level call (activity penalties, `addLoss`).
    var callLosses: [Tensor] = []
    /// The penalties on weights made with `addWeight(regularizer:)`, in creation order.
    var weightPenalties: [(variable: Variable, regularizer: Regularizer)] = []

    /// Creates a layer.
    ///
    /// - Parameters:
    ///   - name: an explicit name; by default a fresh one from the snake-case class name.
    ///   - className: the Python class name; by default the Swift class's own name.
    ///   - inputShape: Keras's `input_shape=` (without the batch axis).
    ///   - dtype: the weights' dtype.
    ///   - context: the session.
    public init(
        name: String? = nil, className: String? = nil, inputShape: [Int?]? = nil,
        dtype: DType = .float32, context: KerasContext
    ) {
        let resolvedClass = className ?? String(describing: type(of: self))
        self.context = context
        self.className = resolvedClass
        self.name = name ?? context.uniqueName(for: KerasContext.snakeCase(resolvedClass))
        self.dtype = dtype
        self.batchInputShape = inputShape.map { TensorShape([nil] + $0) }
    }

    /// Creates the weights for inputs of `inputShape`; called once, on the first call (inside the
    /// layer's name scope) or by `build(_:)`.
    ///
    /// The default creates nothing.
    open func build(inputShape: TensorShape) throws {}

    /// The layer's computation; `training` is the resolved flag (`nil` when nobody set it).
    ///
    /// The default returns the input unchanged, as Keras's base `Layer.call` does.
    open func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        input
    }

    /// The output shape for an input of `inputShape`, without data.
    ///
    /// The default builds nothing and runs `call` on zeros (unknown dimensions taken as 1, an
    /// unknown batch axis given back as unknown).
    open func computeOutputShape(_ inputShape: TensorShape) throws -> TensorShape {
        guard let dims = inputShape.dimensions else { return TensorShape(unknownRank: ()) }
        let probe = try Tensor.zeros(dims.map { $0 ?? 1 }, dtype: dtype)
        let output = try call(probe, training: nil)
        var result: [Int?] = output.shape.map { $0 }
        if dims.first == .some(nil), !result.isEmpty {
            result[0] = nil
        }
        return TensorShape(result)
    }

    /// The call's arguments as Keras lists them in "Call arguments received by layer …" (name and
    /// value text).
    ///
    /// The default is `inputs=tf.Tensor(shape=…, dtype=…)`.
    open func callArguments(input: Tensor, training: Bool?) -> [(name: String, value: String)] {
        [("inputs", Self.describeArgument(input))]
    }

    /// The direct sub-layers whose weights this layer's `weights` include: the tracked
    /// attributes' layers (a `Sequential`'s own list for a `Sequential`).
    var childLayers: [Layer] { trackedLayers }

    /// Whether `weights` lists the layer's own weights before its sub-layers' (Keras layers do;
    /// models list sub-layers first).
    open var ownWeightsFirst: Bool { true }

    /// Builds the layer for `inputShape` outside any call, as Keras's `layer.build(shape)`:
    /// no name scope, so weights are named `kernel:0`, not `dense/kernel:0`.
    open func build(_ inputShape: TensorShape) throws {
        try build(inputShape: inputShape)
        built = true
        buildInputShape = inputShape
    }

    /// How a tensor argument appears in Keras's call context:
    /// `tf.Tensor(shape=(2, 3), dtype=float32)`.
    public static func describeArgument(_ tensor: Tensor) -> String {
        "tf.Tensor(shape=\(TensorShape(tensor.shape)), dtype=\(tensor.dtype))"
    }

    /// How an optional flag appears in Keras's call context (`None`, `True`, `False`).
    public static func describeArgument(_ flag: Bool?) -> String {
        flag.map { $0 ? "True" : "False" } ?? "None"
    }
}
