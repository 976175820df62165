/// The element types a tensor can hold, named as TensorFlow names them.
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

    /// Whether the type is a floating-point type.
    public var isFloatingPoint: Bool { self == .float32 || self == .float64 }

    /// Whether the type is a signed integer type.
    public var isInteger: Bool { self == .int32 || self == .int64 }

    /// The size of one element in bytes.
    public var byteSize: Int {
        switch self {
        case .float32, .int32: 4
        case .float64, .int64: 8
        case .bool: 1
        }
    }
}
