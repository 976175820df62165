/// The element types a tensor can hold, named as TensorFlow names them.
///
/// ```swift
/// DType.float32.description        // "float32"
/// DType.float32.tensorflowRepr     // "tf.float32"
/// DType.float32.numpyRepr          // "dtype('float32')"
/// DType.int32.isInteger            // true
/// ```
public enum DType: String, Sendable, CaseIterable, CustomStringConvertible {
    /// 32-bit IEEE float, the default for Python floats.
    case float32
    /// 64-bit IEEE float.
    case float64
    /// 32-bit signed integer, the default for Python ints.
    case int32
    /// 64-bit signed integer.
    case int64
    /// Boolean.
    case bool

    /// The TensorFlow name, such as `float32`.
    public var description: String { rawValue }

    /// TensorFlow's repr of the dtype object, such as `tf.float32`.
    public var tensorflowRepr: String { "tf." + rawValue }

    /// numpy's repr of the dtype object, such as `dtype('float32')`.
    public var numpyRepr: String { "dtype('\(rawValue)')" }

    /// The name TensorFlow's kernels use in error messages (`float`, `double`, `int32`).
    public var kernelName: String {
        switch self {
        case .float32: "float"
        case .float64: "double"
        case .int32, .int64, .bool: rawValue
        }
    }

    /// Whether the type is a floating-point type.
    public var isFloatingPoint: Bool { self == .float32 || self == .float64 }

    /// Whether the type is a signed integer type.
    public var isInteger: Bool { self == .int32 || self == .int64 }

    /// Whether the type is a number (integer or floating point), not `bool`.
    public var isNumeric: Bool { self != .bool }

    /// The size of one element in bytes.
    public var byteSize: Int {
        switch self {
        case .float32, .int32: 4
        case .float64, .int64: 8
        case .bool: 1
        }
    }

    /// Whether numpy's array repr leaves out the `dtype=` suffix for this type (its defaults:
    /// `float64`, `int64` and `bool`).
    public var isNumpyDefault: Bool { self == .float64 || self == .int64 || self == .bool }

    /// The kind numpy's promotion orders types by: bool < integer < floating point.
    var kindRank: Int {
        switch self {
        case .bool: 0
        case .int32, .int64: 1
        case .float32, .float64: 2
        }
    }
}
