import NumberFormat

/// A nested value to build a tensor from, as Python code writes one.
///
/// It holds numbers, booleans and (nested) lists. `Tensor.toLiteral()` gives one back, as
/// numpy's `tolist()` does.
///
/// Swift literals convert to it, so tests and Swift users can write:
///
/// ```swift
/// let t = try Tensor([[1, 2], [3, 4]])            // int32, as tf.constant infers
/// let f = try Tensor([1, 2.5])                    // float32
/// let n = try Tensor([1, 2.5], dialect: .numpy)   // float64, as np.array infers
/// ```
public indirect enum TensorLiteral: Sendable, Equatable {
    /// A Python `bool`.
    case bool(Bool)
    /// A Python `int` that fits in 64 bits.
    case int(Int64)
    /// A Python `float`.
    case float(Double)
    /// A Python list or tuple.
    case list([TensorLiteral])

    /// The literal of one scalar value.
    public init(_ value: ScalarValue) {
        switch value {
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .float(let d): self = .float(d)
        }
    }

    /// The value as Python's `repr` writes it (`[1, 2.5, True]`).
    public var pythonRepr: String {
        switch self {
        case .bool(let b): b ? "True" : "False"
        case .int(let i): String(i)
        case .float(let d): pythonFloatRepr(d)
        case .list(let items): "[" + items.map(\.pythonRepr).joined(separator: ", ") + "]"
        }
    }
}

extension TensorLiteral: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral
{
    /// A Swift integer literal as a Python `int`.
    public init(integerLiteral value: Int64) { self = .int(value) }
    /// A Swift float literal as a Python `float`.
    public init(floatLiteral value: Double) { self = .float(value) }
    /// A Swift boolean literal as a Python `bool`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// A Swift array literal as a Python list.
    public init(arrayLiteral elements: TensorLiteral...) { self = .list(elements) }
}

/// Whose rules an operation follows where TensorFlow and numpy differ: dtype inference and
/// promotion, and the wording of errors.
public enum Dialect: Sendable, Equatable {
    /// TensorFlow's rules: Python ints become `int32`, floats `float32`; binary ops need
    /// operands of one dtype.
    case tensorflow
    /// numpy's rules: Python ints become `int64`, floats `float64`; binary ops promote.
    case numpy
}

extension Tensor {
    /// Creates a tensor from nested values, inferring the dtype as `tf.constant` (or, with
    /// `dialect: .numpy`, as `np.array`) does, or converting to `dtype` when given.
    ///
    /// - Throws: `ValueError` for ragged input (`Can't convert non-rectangular Python sequence
    ///   to Tensor.`), mixed bools and numbers, or values out of range; `TypeError` when a
    ///   value can't take the requested dtype (`Cannot convert 1.5 to EagerTensor of dtype
    ///   int32`).
    public init(
        _ literal: TensorLiteral, dtype: DType? = nil, dialect: Dialect = .tensorflow
    ) throws(TensorError) {
        let (shape, leaves) = try Self.flatten(literal, dialect: dialect)
        let target: DType
        if let dtype {
            target = dtype
        } else {
            target = try Self.inferDType(leaves, dialect: dialect)
        }
        _ = try TensorLimits.checkedCount(shape, target, op: "Const")
        let storage = try Self.convert(leaves, to: target, dialect: dialect, whole: literal)
        self.init(unchecked: shape, storage)
    }

    /// Finds the shape along the first elements, then checks that every path agrees with it.
    private static func flatten(
        _ literal: TensorLiteral, dialect: Dialect
    ) throws(TensorError) -> (shape: [Int], leaves: [TensorLiteral]) {
        var shape: [Int] = []
        var probe = literal
        while case .list(let items) = probe {
            shape.append(items.count)
            guard let first = items.first else { break }
            probe = first
        }
        var leaves: [TensorLiteral] = []
        try collect(literal, depth: 0, shape: shape, leaves: &leaves, dialect: dialect)
        return (shape, leaves)
    }

    private static func collect(
        _ literal: TensorLiteral, depth: Int, shape: [Int], leaves: inout [TensorLiteral],
        dialect: Dialect
    ) throws(TensorError) {
        switch literal {
        case .list(let items):
            guard depth < shape.count && shape[depth] == items.count else {
                throw raggedError(depth: depth, shape: shape, dialect: dialect)
            }
            for item in items {
                try collect(item, depth: depth + 1, shape: shape, leaves: &leaves, dialect: dialect)
            }
        default:
            guard depth == shape.count else {
                throw raggedError(depth: depth, shape: shape, dialect: dialect)
            }
            leaves.append(literal)
        }
    }

    private static func raggedError(depth: Int, shape: [Int], dialect: Dialect) -> TensorError {
        switch dialect {
        case .tensorflow:
            return TensorError(
                .value, message: "Can't convert non-rectangular Python sequence to Tensor.")
        case .numpy:
            let detected = TensorError.tuple(Array(shape.prefix(depth)))
            return TensorError(
                .value,
                message:
                    "setting an array element with a sequence. The requested array has an "
                    + "inhomogeneous shape after \(depth) dimensions. The detected shape was "
                    + "\(detected) + inhomogeneous part.")
        }
    }

    /// The dtype `tf.constant` (or `np.array`) infers for these leaves.
    static func inferDType(_ leaves: [TensorLiteral], dialect: Dialect) throws(TensorError)
        -> DType
    {
        var sawBool = false
        var sawInt = false
        var sawFloat = false
        var needsInt64 = false
        var firstIsBool: Bool?
        for leaf in leaves {
            switch leaf {
            case .bool:
                sawBool = true
                if firstIsBool == nil { firstIsBool = true }
            case .int(let i):
                sawInt = true
                if firstIsBool == nil { firstIsBool = false }
                if i < Int64(Int32.min) || i > Int64(Int32.max) { needsInt64 = true }
            case .float:
                sawFloat = true
                if firstIsBool == nil { firstIsBool = false }
            case .list:
                break
            }
        }
        switch dialect {
        case .tensorflow:
            // TensorFlow takes the first element's kind and refuses a bool first element
            // followed by numbers.
            if firstIsBool == true && (sawInt || sawFloat) {
                throw TensorError(
                    .value, message: "Can't convert Python sequence with mixed types to Tensor.")
            }
            if sawFloat || leaves.isEmpty { return .float32 }
            if sawInt { return needsInt64 ? .int64 : .int32 }
            return .bool
        case .numpy:
            if sawFloat || leaves.isEmpty { return .float64 }
            if sawInt { return .int64 }
            _ = sawBool
            return .bool
        }
    }

    /// Converts the leaves to storage of `dtype` with TensorFlow's (or numpy's) checks.
    private static func convert(
        _ leaves: [TensorLiteral], to dtype: DType, dialect: Dialect, whole: TensorLiteral
    ) throws(TensorError) -> TensorStorage {
        let cannot = TensorError(
            .type, message: "Cannot convert \(whole.pythonRepr) to EagerTensor of dtype \(dtype)")
        switch dtype {
        case .float32:
            var values: [Float] = []
            values.reserveCapacity(leaves.count)
            for leaf in leaves {
                switch leaf {
                case .float(let d):
                    let f = Float(d)
                    if dialect == .tensorflow && f.isInfinite && d.isFinite {
                        throw TensorError(
                            .value,
                            message:
                                "Can't convert Python sequence with a value out of range for a "
                                + "double-precision float.")
                    }
                    values.append(f)
                case .int(let i): values.append(Float(i))
                case .bool(let b): values.append(b ? 1 : 0)
                case .list: break
                }
            }
            return .float32(values)
        case .float64:
            return .float64(leaves.map { leaf in scalarValue(leaf).doubleValue })
        case .int32, .int64:
            var values: [Int64] = []
            values.reserveCapacity(leaves.count)
            for leaf in leaves {
                switch leaf {
                case .float(let d):
                    if dialect == .tensorflow { throw cannot }
                    values.append(Int64(castingFrom: d))
                case .int(let i): values.append(i)
                case .bool(let b): values.append(b ? 1 : 0)
                case .list: break
                }
            }
            if dtype == .int64 { return .int64(values) }
            return .int32(values.map { Int32(truncatingIfNeeded: $0) })
        case .bool:
            var values: [Bool] = []
            values.reserveCapacity(leaves.count)
            for leaf in leaves {
                switch leaf {
                case .bool(let b): values.append(b)
                case .int(let i):
                    if dialect == .tensorflow { throw cannot }
                    values.append(i != 0)
                case .float(let d):
                    if dialect == .tensorflow { throw cannot }
                    values.append(d != 0)
                case .list: break
                }
            }
            return .bool(values)
        }
    }

    private static func scalarValue(_ leaf: TensorLiteral) -> ScalarValue {
        switch leaf {
        case .bool(let b): .bool(b)
        case .int(let i): .int(i)
        case .float(let d): .float(d)
        case .list: .int(0)
        }
    }
}
