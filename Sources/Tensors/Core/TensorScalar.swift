/// A Swift type that can be the element of a tensor: `Float`, `Double`, `Int32`, `Int64` and
/// `Bool`.
///
/// Generic code reads and writes tensors through it:
///
/// ```swift
/// let t = Tensor(shape: [2], scalars: [Float(1), 2])
/// let values: [Float]? = t.scalars(as: Float.self)
/// ```
public protocol TensorScalar: Sendable, Equatable {
    /// The dtype of tensors holding this type.
    static var dtype: DType { get }
    /// The elements of `storage` when it holds this type.
    static func unwrap(_ storage: TensorStorage) -> [Self]?
    /// Storage holding `scalars`.
    static func wrap(_ scalars: [Self]) -> TensorStorage
    /// The zero (or `false`) of the type.
    static var zeroValue: Self { get }
    /// The one (or `true`) of the type.
    static var oneValue: Self { get }
}

/// A numeric element type that also converts to and from `Double` for generic kernels.
public protocol TensorNumeric: TensorScalar, Numeric, Comparable {
    /// Converts from a `Double` the way a C cast does (truncation for integers; integers
    /// out of range become the type's minimum, as TensorFlow does on x86).
    init(castingFrom value: Double)
    /// The value as a `Double`.
    var doubleValue: Double { get }
}

extension Float: TensorNumeric {
    /// `DType.float32`.
    public static var dtype: DType { .float32 }
    /// The floats of `storage`, if it holds `float32`.
    public static func unwrap(_ storage: TensorStorage) -> [Float]? {
        if case .float32(let values) = storage { return values }
        return nil
    }
    /// `float32` storage.
    public static func wrap(_ scalars: [Float]) -> TensorStorage { .float32(scalars) }
    /// Zero.
    public static var zeroValue: Float { 0 }
    /// One.
    public static var oneValue: Float { 1 }
    /// Rounds to the nearest float.
    public init(castingFrom value: Double) { self = Float(value) }
    /// The value widened to `Double`.
    public var doubleValue: Double { Double(self) }
}

extension Double: TensorNumeric {
    /// `DType.float64`.
    public static var dtype: DType { .float64 }
    /// The doubles of `storage`, if it holds `float64`.
    public static func unwrap(_ storage: TensorStorage) -> [Double]? {
        if case .float64(let values) = storage { return values }
        return nil
    }
    /// `float64` storage.
    public static func wrap(_ scalars: [Double]) -> TensorStorage { .float64(scalars) }
    /// Zero.
    public static var zeroValue: Double { 0 }
    /// One.
    public static var oneValue: Double { 1 }
    /// The value itself.
    public init(castingFrom value: Double) { self = value }
    /// The value itself.
    public var doubleValue: Double { self }
}

extension Int32: TensorNumeric {
    /// `DType.int32`.
    public static var dtype: DType { .int32 }
    /// The integers of `storage`, if it holds `int32`.
    public static func unwrap(_ storage: TensorStorage) -> [Int32]? {
        if case .int32(let values) = storage { return values }
        return nil
    }
    /// `int32` storage.
    public static func wrap(_ scalars: [Int32]) -> TensorStorage { .int32(scalars) }
    /// Zero.
    public static var zeroValue: Int32 { 0 }
    /// One.
    public static var oneValue: Int32 { 1 }
    /// Truncates toward zero; NaN and out-of-range values become `Int32.min`.
    public init(castingFrom value: Double) {
        self = Int32(exactly: value.rounded(.towardZero)) ?? .min
    }
    /// The value as a `Double`.
    public var doubleValue: Double { Double(self) }
}

extension Int64: TensorNumeric {
    /// `DType.int64`.
    public static var dtype: DType { .int64 }
    /// The integers of `storage`, if it holds `int64`.
    public static func unwrap(_ storage: TensorStorage) -> [Int64]? {
        if case .int64(let values) = storage { return values }
        return nil
    }
    /// `int64` storage.
    public static func wrap(_ scalars: [Int64]) -> TensorStorage { .int64(scalars) }
    /// Zero.
    public static var zeroValue: Int64 { 0 }
    /// One.
    public static var oneValue: Int64 { 1 }
    /// Truncates toward zero; NaN and out-of-range values become `Int64.min`.
    public init(castingFrom value: Double) {
        let truncated = value.rounded(.towardZero)
        if truncated >= -9_223_372_036_854_775_808.0 && truncated < 9_223_372_036_854_775_808.0 {
            self = Int64(truncated)
        } else {
            self = .min
        }
    }
    /// The value as a `Double`.
    public var doubleValue: Double { Double(self) }
}

extension Bool: TensorScalar {
    /// `DType.bool`.
    public static var dtype: DType { .bool }
    /// The booleans of `storage`, if it holds `bool`.
    public static func unwrap(_ storage: TensorStorage) -> [Bool]? {
        if case .bool(let values) = storage { return values }
        return nil
    }
    /// `bool` storage.
    public static func wrap(_ scalars: [Bool]) -> TensorStorage { .bool(scalars) }
    /// `false`.
    public static var zeroValue: Bool { false }
    /// `true`.
    public static var oneValue: Bool { true }
}
