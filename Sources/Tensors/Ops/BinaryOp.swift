/// The elementwise binary operations, with TensorFlow's op names.
public enum BinaryOp: String, Sendable, CaseIterable {
    /// `x + y` (`AddV2`).
    case add
    /// `x - y` (`Sub`).
    case subtract
    /// `x * y` (`Mul`).
    case multiply
    /// `x / y`, true division: integers divide as `float64` (`RealDiv`).
    case divide
    /// `x // y`, rounding toward negative infinity (`FloorDiv`).
    case floorDivide
    /// `x % y` with the sign of `y`, as Python's (`FloorMod`).
    case remainder
    /// `x ** y` (`Pow`).
    case power
    /// The smaller of two elements, NaN if either is (`Minimum`).
    case minimum
    /// The larger of two elements, NaN if either is (`Maximum`).
    case maximum
    /// `x == y` (`Equal`).
    case equal
    /// `x != y` (`NotEqual`).
    case notEqual
    /// `x < y` (`Less`).
    case less
    /// `x <= y` (`LessEqual`).
    case lessEqual
    /// `x > y` (`Greater`).
    case greater
    /// `x >= y` (`GreaterEqual`).
    case greaterEqual
    /// `x and y` on booleans (`LogicalAnd`).
    case logicalAnd
    /// `x or y` on booleans (`LogicalOr`).
    case logicalOr
    /// `x != y` on booleans (`tf.math.logical_xor`).
    case logicalXor
    /// `(x - y)²` (`SquaredDifference`).
    case squaredDifference

    /// TensorFlow's op name, shown as `[Op:AddV2]` in errors.
    public var tensorflowName: String {
        switch self {
        case .add: "AddV2"
        case .subtract: "Sub"
        case .multiply: "Mul"
        case .divide: "RealDiv"
        case .floorDivide: "FloorDiv"
        case .remainder: "FloorMod"
        case .power: "Pow"
        case .minimum: "Minimum"
        case .maximum: "Maximum"
        case .equal: "Equal"
        case .notEqual: "NotEqual"
        case .less: "Less"
        case .lessEqual: "LessEqual"
        case .greater: "Greater"
        case .greaterEqual: "GreaterEqual"
        case .logicalAnd: "LogicalAnd"
        case .logicalOr: "LogicalOr"
        case .logicalXor: "LogicalOr"
        case .squaredDifference: "SquaredDifference"
        }
    }

    /// Whether the op gives booleans.
    public var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: true
        default: false
        }
    }

    /// Whether the op is a logical connective on booleans.
    public var isLogical: Bool { self == .logicalAnd || self == .logicalOr || self == .logicalXor }
}

extension DType {
    /// numpy's `promote_types` for two dtypes.
    static func numpyPromote(_ a: DType, _ b: DType) -> DType {
        if a == b { return a }
        if a == .bool { return b }
        if b == .bool { return a }
        if a.isFloatingPoint && b.isFloatingPoint { return .float64 }
        if a.isInteger && b.isInteger { return .int64 }
        // One integer and one float: float32 holds neither int32 nor int64 exactly.
        return .float64
    }
}

extension Tensor {
    /// The dtype numpy 1.26 gives `a op b` before any op-specific change (true division of
    /// integers): plain promotion, except that a 0-d operand next to an n-d one of the same
    /// or a higher kind only counts by its value (`float32 array + 2.0` stays `float32`,
    /// `int32 array + 100000` stays `int32`, `float32 array + 100000` is `float64`).
    public static func numpyResultType(_ a: Tensor, _ b: Tensor) -> DType {
        let aScalar = a.rank == 0
        let bScalar = b.rank == 0
        if aScalar == bScalar { return DType.numpyPromote(a.dtype, b.dtype) }
        let scalar = aScalar ? a : b
        let array = aScalar ? b : a
        if scalar.dtype.kindRank > array.dtype.kindRank {
            return DType.numpyPromote(a.dtype, b.dtype)
        }
        let value = scalar.elementUnchecked(0)
        switch array.dtype {
        case .bool, .float64:
            return array.dtype
        case .int32, .int64:
            guard case .int(let i) = value else { return array.dtype }
            // Values beyond int32 need int64 (numpy's uint32 or int64 minimal types).
            return i >= Int64(Int32.min) && i <= Int64(Int32.max) ? array.dtype : .int64
        case .float32:
            switch value {
            case .bool: return .float32
            case .int(let i): return (i >= -32768 && i < 65536) ? .float32 : .float64
            case .float(let d):
                if !d.isFinite || (d > -3.4e38 && d < 3.4e38) { return .float32 }
                return .float64
            }
        }
    }
}
