import Tensors

/// Fills with zeros (`tf.keras.initializers.Zeros()`, `'zeros'`, `tf.zeros_initializer()`).
///
/// ```swift
/// try Zeros()(shape: [2], context: context)            // [0., 0.]
/// try Zeros(flavor: .tensorflow).pythonClassPath       // "tensorflow.python.ops.init_ops_v2.Zeros"
/// ```
public final class Zeros: Initializer {
    /// Fills `shape` with zeros of `dtype`.
    public override func generate(shape: [Int], dtype: DType, context: KerasContext) throws
        -> Tensor
    {
        try Tensor.zeros(shape, dtype: dtype)
    }
}

/// Fills with ones (`tf.keras.initializers.Ones()`, `'ones'`, `tf.ones_initializer()`).
public final class Ones: Initializer {
    /// Fills `shape` with ones of `dtype`.
    public override func generate(shape: [Int], dtype: DType, context: KerasContext) throws
        -> Tensor
    {
        try Tensor.ones(shape, dtype: dtype)
    }
}

/// Fills with a constant (`tf.keras.initializers.Constant(value)`,
/// `tf.constant_initializer(value)`): a scalar fills the whole shape; an array-like value
/// must have exactly as many elements as the shape and is reshaped to it.
///
/// ```swift
/// try Constant(42)(shape: [5, 1], context: context)                 // all 42.
/// try Constant(value: Tensor([1.0, 2.0, 3.0]))(shape: [3], context: context)
/// ```
public final class Constant: Initializer {
    /// The value (a scalar or an array).
    public let value: Tensor
    /// The value as the user wrote it, for messages and `get_config()` (Python's repr).
    public let valueDescription: String
    /// Whether the value is the Python int form (`Constant(3)` shows `{'value': 3}`).
    private let configValue: ConfigValue

    /// A scalar constant.
    public init(_ value: Double, flavor: Flavor = .keras) {
        self.value = Tensor(scalar: value)
        let isInteger = value == value.rounded() && Swift.abs(value) < 1e15
        self.valueDescription =
            isInteger
            ? String(Int64(value)) : Tensor.numpyScalarRepr(.float(value), dtype: .float64)
        self.configValue = isInteger ? .int(Int(value)) : .float(value)
        super.init(flavor: flavor)
    }

    /// An array-like constant; `description` is how the user wrote it (defaults to the
    /// value's Python list repr).
    public init(value: Tensor, description: String? = nil, flavor: Flavor = .keras) {
        self.value = value
        let literal = value.toLiteral()
        self.valueDescription = description ?? literal.pythonRepr
        self.configValue = .literal(literal)
        super.init(flavor: flavor)
    }

    /// The Python class name, `Constant`.
    public override var className: String { "Constant" }

    /// `{'value': …}`.
    public override var config: [(key: String, value: ConfigValue)] { [("value", configValue)] }

    /// The constant broadcast (one element) or reshaped (as many elements) to `shape`.
    ///
    /// - Throws: TensorFlow's `TypeError` when the element counts differ (`Eager execution of
    ///   tf.constant with unsupported shape. Tensor [1. 2. 3.] (converted from [1, 2, 3]) has 3
    ///   elements, but got `shape` (2, 3) with 6 elements).`).
    public override func generate(shape: [Int], dtype: DType, context: KerasContext) throws
        -> Tensor
    {
        let converted = value.dtype == dtype ? value : value.cast(to: dtype)
        let wanted = shape.reduce(1, *)
        if converted.count == 1 {
            let scalar = try converted.element(at: 0)
            return try Tensor.fill(shape, value: scalar, dtype: dtype)
        }
        guard converted.count == wanted else {
            // Keras converts to the requested dtype first; TensorFlow's class keeps the
            // value's own dtype in the message.
            let shown = flavor == .keras ? converted : value
            throw LayerError(
                .type,
                "Eager execution of tf.constant with unsupported shape. Tensor "
                    + "\(shown.numpyStr) (converted from \(valueDescription)) has "
                    + "\(converted.count) elements, but got `shape` \(TensorShape(shape)) with "
                    + "\(wanted) elements).")
        }
        return try converted.reshaped(shape)
    }
}

/// The identity matrix times `gain` (`tf.keras.initializers.Identity(gain=1.0)`); 2-D
/// shapes only, non-square ones get ones on the main diagonal.
public final class Identity: Initializer {
    /// The factor on the diagonal.
    public let gain: Double

    /// An identity initializer with `gain`.
    public init(gain: Double = 1.0, flavor: Flavor = .keras) {
        self.gain = gain
        super.init(flavor: flavor)
    }

    /// `{'gain': 1.0}`.
    public override var config: [(key: String, value: ConfigValue)] { [("gain", .float(gain))] }

    /// The scaled identity.
    ///
    /// - Throws: `ValueError` for a shape that isn't 2-D (`Identity matrix initializer can
    ///   only be used for 2D matrices. Received: shape=(2, 3, 4) of rank 3.`).
    public override func generate(shape: [Int], dtype: DType, context: KerasContext) throws
        -> Tensor
    {
        guard shape.count == 2 else {
            throw LayerError(
                .value,
                "Identity matrix initializer can only be used for 2D matrices. Received: "
                    + "shape=\(TensorShape(shape)) of rank \(shape.count).")
        }
        let rows = shape[0]
        let cols = shape[1]
        var values = [Double](repeating: 0, count: rows * cols)
        for index in 0..<Swift.min(rows, cols) { values[index * cols + index] = gain }
        return try Tensor(shape: shape, scalars: values).cast(to: dtype)
    }
}
