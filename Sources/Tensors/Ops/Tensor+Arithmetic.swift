extension Tensor {
    /// Applies a binary op elementwise with numpy broadcasting, following TensorFlow's dtype
    /// rule (both operands of one dtype) or, with `dialect: .numpy`, numpy's promotion.
    ///
    /// ```swift
    /// let a = try Tensor([[1.0, 2.0], [3.0, 4.0]])
    /// let b = try Tensor([10.0, 20.0])
    /// let sum = try Tensor.binary(.add, a, b)       // [[11, 22], [13, 24]]
    /// let mixed = try Tensor.binary(.add, Tensor([1, 2], dtype: .int32),
    ///                               Tensor([0.5], dtype: .float64), dialect: .numpy)  // float64
    /// ```
    ///
    /// Integer `/` gives `float64`; `//` and `%` follow Python's floor semantics.
    ///
    /// - Throws: `InvalidArgumentError` for incompatible shapes, mixed dtypes (TensorFlow),
    ///   a dtype the op has no kernel for, integer division by zero (TensorFlow) or a negative
    ///   integer exponent; numpy's `ValueError`/`TypeError` in the numpy dialect.
    ///
    /// Gradient tapes record the differentiable ops (arithmetic, `power`, `minimum`, `maximum`,
    /// `remainder`, `squaredDifference`) in the TensorFlow dialect; comparisons, logical ops
    /// and `floorDivide` have no gradient.
    public static func binary(
        _ op: BinaryOp, _ a: Tensor, _ b: Tensor, dialect: Dialect = .tensorflow
    ) throws(TensorError) -> Tensor {
        if a.trace == nil && b.trace == nil {
            if let result = sameShapeFloat32(op, a, b) { return result }
            return try general(op, a, b, dialect: dialect)
        }
        return try recordedBinary(op, a, b, dialect: dialect)
    }

    /// `binary` with an input a tape may watch: computed on plain copies, and recorded.
    @inline(never)
    private static func recordedBinary(
        _ op: BinaryOp, _ a: Tensor, _ b: Tensor, dialect: Dialect
    ) throws(TensorError) -> Tensor {
        guard dialect == .tensorflow, let pullback = op.pullback else {
            return try binary(op, a.untraced, b.untraced, dialect: dialect)
        }
        return try differentiable(
            op.tensorflowName, inputs: [a, b],
            forward: {
                inputs throws(TensorError) in
                try binary(op, inputs[0], inputs[1], dialect: dialect)
            }, pullback: pullback)
    }

    /// The common case, kept cheap for small tensors.
    ///
    /// It covers float32 arithmetic on operands of one shape, with a 0-d operand, or with a
    /// right operand repeated over leading axes (a bias); both dialects agree on it.
    @inline(__always)
    private static func sameShapeFloat32(_ op: BinaryOp, _ a: Tensor, _ b: Tensor) -> Tensor? {
        guard case .float32(let p) = a.storage, case .float32(let q) = b.storage else {
            return nil
        }
        let result: [Float]
        if a.shape == b.shape {
            switch op {
            case .add: result = zipFloats(p, q) { $0 + $1 }
            case .subtract: result = zipFloats(p, q) { $0 - $1 }
            case .multiply: result = zipFloats(p, q) { $0 * $1 }
            case .divide: result = zipFloats(p, q) { $0 / $1 }
            default: return nil
            }
        } else if b.shape.isEmpty {
            let s = q[0]
            switch op {
            case .add: result = mapFloats(p) { $0 + s }
            case .subtract: result = mapFloats(p) { $0 - s }
            case .multiply: result = mapFloats(p) { $0 * s }
            case .divide: result = mapFloats(p) { $0 / s }
            default: return nil
            }
        } else if a.shape.isEmpty {
            let s = p[0]
            switch op {
            case .add: result = mapFloats(q) { s + $0 }
            case .subtract: result = mapFloats(q) { s - $0 }
            case .multiply: result = mapFloats(q) { s * $0 }
            case .divide: result = mapFloats(q) { s / $0 }
            default: return nil
            }
            return Tensor(unchecked: b.shape, .float32(result))
        } else if b.rank < a.rank && a.shape.suffix(b.rank).elementsEqual(b.shape) && !q.isEmpty {
            // A row (such as a bias) repeated over the leading axes.
            switch op {
            case .add: result = rowFloats(p, q) { $0 + $1 }
            case .subtract: result = rowFloats(p, q) { $0 - $1 }
            case .multiply: result = rowFloats(p, q) { $0 * $1 }
            case .divide: result = rowFloats(p, q) { $0 / $1 }
            default: return nil
            }
        } else {
            return nil
        }
        return Tensor(unchecked: a.shape, .float32(result))
    }

    private static func general(
        _ op: BinaryOp, _ a: Tensor, _ b: Tensor, dialect: Dialect
    ) throws(TensorError) -> Tensor {
        let computeType = try binaryComputeType(op, a, b, dialect: dialect)
        let outShape = try Broadcast.shape(
            a.shape, b.shape, op: op.tensorflowName, dialect: dialect)
        let count: Int
        if outShape == a.shape {
            count = a.count
        } else if outShape == b.shape {
            count = b.count
        } else {
            count = try TensorLimits.checkedCount(outShape, computeType, op: op.tensorflowName)
        }
        let x = a.dtype == computeType ? a : a.castUnchecked(to: computeType)
        let y = b.dtype == computeType ? b : b.castUnchecked(to: computeType)
        let plan = BinaryPlan(x.shape, y.shape, out: outShape, aCount: x.count, bCount: y.count)
        let storage: TensorStorage
        switch (x.storage, y.storage) {
        case (.float32(let p), .float32(let q)):
            storage = floatKernel(op, p, q, plan: plan, count: count, dialect: dialect)
        case (.float64(let p), .float64(let q)):
            storage = floatKernel(op, p, q, plan: plan, count: count, dialect: dialect)
        case (.int32(let p), .int32(let q)):
            storage = try integerKernel(op, p, q, plan: plan, count: count, dialect: dialect)
        case (.int64(let p), .int64(let q)):
            storage = try integerKernel(op, p, q, plan: plan, count: count, dialect: dialect)
        case (.bool(let p), .bool(let q)):
            storage = try boolKernel(op, p, q, plan: plan, count: count)
        default:
            throw TensorError.dtypeMismatch(
                op.tensorflowName, input: 1, expected: x.dtype, actual: y.dtype)
        }
        return Tensor(unchecked: outShape, storage)
    }

    /// The dtype both operands are converted to before the op runs.
    private static func binaryComputeType(
        _ op: BinaryOp, _ a: Tensor, _ b: Tensor, dialect: Dialect
    ) throws(TensorError) -> DType {
        switch dialect {
        case .tensorflow:
            if op.isLogical {
                if a.dtype != .bool {
                    throw .dtypeMismatch(
                        op.tensorflowName, input: 0, expected: .bool, actual: a.dtype)
                }
                if b.dtype != .bool {
                    throw .dtypeMismatch(
                        op.tensorflowName, input: 1, expected: .bool, actual: b.dtype)
                }
                return .bool
            }
            if a.dtype != b.dtype {
                if op == .divide {
                    throw TensorError(
                        .type,
                        message:
                            "`x` and `y` must have the same dtype, got "
                            + "\(a.dtype.tensorflowRepr) != \(b.dtype.tensorflowRepr).")
                }
                throw .dtypeMismatch(
                    op.tensorflowName, input: 1, expected: a.dtype, actual: b.dtype)
            }
            if a.dtype == .bool && op != .equal && op != .notEqual {
                if op == .divide {
                    throw TensorError(
                        .type,
                        message:
                            "Invalid dtype tf.bool in __truediv__. Expected one of {tf.uint8, "
                            + "tf.int8, tf.uint16, tf.int16, tf.uint32, tf.int32, tf.uint64, "
                            + "tf.int64, tf.bfloat16, tf.float16, tf.float32, tf.float64, "
                            + "tf.complex64, tf.complex128}.")
                }
                throw .unsupportedType(op.tensorflowName, .bool)
            }
            if op == .divide && a.dtype.isInteger { return .float64 }
            return a.dtype
        case .numpy:
            if op.isLogical { return .bool }
            let promoted = numpyResultType(a, b)
            if op == .divide && !promoted.isFloatingPoint { return .float64 }
            if promoted == .bool {
                switch op {
                case .subtract:
                    throw TensorError(
                        .type,
                        message:
                            "numpy boolean subtract, the `-` operator, is not supported, use the "
                            + "bitwise_xor, the `^` operator, or the logical_xor function instead.")
                case .floorDivide, .remainder, .power:
                    // numpy computes these in int8, which this library doesn't have.
                    return .int32
                default:
                    return .bool
                }
            }
            return promoted
        }
    }

    private static func floatKernel<F: FloatMath>(
        _ op: BinaryOp, _ p: [F], _ q: [F], plan: BinaryPlan, count: Int, dialect: Dialect
    ) -> TensorStorage {
        switch op {
        case .add: return F.wrap(applyBinary(p, q, plan: plan, count: count) { $0 + $1 })
        case .subtract: return F.wrap(applyBinary(p, q, plan: plan, count: count) { $0 - $1 })
        case .multiply: return F.wrap(applyBinary(p, q, plan: plan, count: count) { $0 * $1 })
        case .divide: return F.wrap(applyBinary(p, q, plan: plan, count: count) { $0 / $1 })
        case .floorDivide:
            if dialect == .numpy {
                return F.wrap(applyBinary(p, q, plan: plan, count: count, numpyFloorDivide))
            }
            return F.wrap(applyBinary(p, q, plan: plan, count: count) { ($0 / $1).rounded(.down) })
        case .remainder:
            if dialect == .numpy {
                return F.wrap(applyBinary(p, q, plan: plan, count: count, numpyRemainder))
            }
            return F.wrap(
                applyBinary(p, q, plan: plan, count: count) { x, y in
                    let r = F.cFmod(x, y)
                    return r != 0 && ((y < 0) != (r < 0)) ? r + y : r
                })
        case .power: return F.wrap(applyBinary(p, q, plan: plan, count: count) { F.cPow($0, $1) })
        case .squaredDifference:
            return F.wrap(
                applyBinary(p, q, plan: plan, count: count) { x, y in
                    let d = x - y
                    return d * d
                })
        case .minimum:
            return F.wrap(
                applyBinary(p, q, plan: plan, count: count) { x, y in
                    x.isNaN || y.isNaN ? F.nan : (y < x ? y : x)
                })
        case .maximum:
            return F.wrap(
                applyBinary(p, q, plan: plan, count: count) { x, y in
                    x.isNaN || y.isNaN ? F.nan : (y > x ? y : x)
                })
        case .equal: return .bool(applyBinary(p, q, plan: plan, count: count) { $0 == $1 })
        case .notEqual: return .bool(applyBinary(p, q, plan: plan, count: count) { $0 != $1 })
        case .less: return .bool(applyBinary(p, q, plan: plan, count: count) { $0 < $1 })
        case .lessEqual: return .bool(applyBinary(p, q, plan: plan, count: count) { $0 <= $1 })
        case .greater: return .bool(applyBinary(p, q, plan: plan, count: count) { $0 > $1 })
        case .greaterEqual: return .bool(applyBinary(p, q, plan: plan, count: count) { $0 >= $1 })
        case .logicalAnd, .logicalOr, .logicalXor:
            return .bool([])  // unreachable: logical ops compute in bool
        }
    }

    private static func integerKernel<I: IntegerElement>(
        _ op: BinaryOp, _ p: [I], _ q: [I], plan: BinaryPlan, count: Int, dialect: Dialect
    ) throws(TensorError) -> TensorStorage {
        switch op {
        case .add: return I.wrap(applyBinary(p, q, plan: plan, count: count) { $0 &+ $1 })
        case .subtract: return I.wrap(applyBinary(p, q, plan: plan, count: count) { $0 &- $1 })
        case .multiply: return I.wrap(applyBinary(p, q, plan: plan, count: count) { $0 &* $1 })
        case .divide: return .bool([])  // unreachable: integer division computes in float64
        case .floorDivide, .remainder:
            if dialect == .tensorflow && q.contains(0) && count > 0 {
                throw TensorError.kernel(op.tensorflowName, "Integer division by zero")
            }
            if op == .floorDivide {
                return I.wrap(applyBinary(p, q, plan: plan, count: count, floorDivideInteger))
            }
            return I.wrap(applyBinary(p, q, plan: plan, count: count, floorModInteger))
        case .power:
            if q.contains(where: { $0 < 0 }) && count > 0 {
                if dialect == .numpy {
                    throw TensorError(
                        .value, message: "Integers to negative integer powers are not allowed.")
                }
                throw TensorError.kernel(
                    "Pow", "Integers to negative integer powers are not allowed")
            }
            return I.wrap(applyBinary(p, q, plan: plan, count: count, integerPower))
        case .squaredDifference:
            return I.wrap(
                applyBinary(p, q, plan: plan, count: count) { x, y in
                    let d = x &- y
                    return d &* d
                })
        case .minimum: return I.wrap(applyBinary(p, q, plan: plan, count: count) { min($0, $1) })
        case .maximum: return I.wrap(applyBinary(p, q, plan: plan, count: count) { max($0, $1) })
        case .equal: return .bool(applyBinary(p, q, plan: plan, count: count) { $0 == $1 })
        case .notEqual: return .bool(applyBinary(p, q, plan: plan, count: count) { $0 != $1 })
        case .less: return .bool(applyBinary(p, q, plan: plan, count: count) { $0 < $1 })
        case .lessEqual: return .bool(applyBinary(p, q, plan: plan, count: count) { $0 <= $1 })
        case .greater: return .bool(applyBinary(p, q, plan: plan, count: count) { $0 > $1 })
        case .greaterEqual: return .bool(applyBinary(p, q, plan: plan, count: count) { $0 >= $1 })
        case .logicalAnd, .logicalOr, .logicalXor: return .bool([])  // unreachable
        }
    }

    private static func boolKernel(
        _ op: BinaryOp, _ p: [Bool], _ q: [Bool], plan: BinaryPlan, count: Int
    ) throws(TensorError) -> TensorStorage {
        let result: [Bool]
        switch op {
        case .add, .logicalOr, .maximum:
            result = applyBinary(p, q, plan: plan, count: count) { $0 || $1 }
        case .multiply, .logicalAnd, .minimum:
            result = applyBinary(p, q, plan: plan, count: count) { $0 && $1 }
        case .logicalXor, .notEqual:
            result = applyBinary(p, q, plan: plan, count: count) { $0 != $1 }
        case .equal: result = applyBinary(p, q, plan: plan, count: count) { $0 == $1 }
        case .less: result = applyBinary(p, q, plan: plan, count: count) { !$0 && $1 }
        case .lessEqual: result = applyBinary(p, q, plan: plan, count: count) { !$0 || $1 }
        case .greater: result = applyBinary(p, q, plan: plan, count: count) { $0 && !$1 }
        case .greaterEqual: result = applyBinary(p, q, plan: plan, count: count) { $0 || !$1 }
        case .subtract, .divide, .floorDivide, .remainder, .power, .squaredDifference:
            throw .unsupportedType(op.tensorflowName, .bool)
        }
        return .bool(result)
    }
}

/// Python's `//` on integers (floor of the quotient); division by zero gives 0 (numpy's
/// result; TensorFlow refuses it earlier) and the one overflowing case wraps.
@inline(__always)
private func floorDivideInteger<I: IntegerElement>(_ x: I, _ y: I) -> I {
    if y == 0 { return 0 }
    let (quotient, overflow) = x.dividedReportingOverflow(by: y)
    if overflow { return quotient }
    let remainder = x &- quotient &* y
    return remainder != 0 && ((remainder < 0) != (y < 0)) ? quotient &- 1 : quotient
}

/// Python's `%` on integers: the result has the sign of `y`; modulo zero gives 0.
@inline(__always)
private func floorModInteger<I: IntegerElement>(_ x: I, _ y: I) -> I {
    if y == 0 { return 0 }
    let (remainder, overflow) = x.remainderReportingOverflow(dividingBy: y)
    if overflow { return 0 }
    return remainder != 0 && ((remainder < 0) != (y < 0)) ? remainder &+ y : remainder
}

/// `x ** y` for a non-negative integer exponent, wrapping on overflow.
@inline(__always)
private func integerPower<I: IntegerElement>(_ x: I, _ y: I) -> I {
    var result: I = 1
    var base = x
    var exponent = y
    while exponent > 0 {
        if exponent & 1 == 1 { result = result &* base }
        exponent >>= 1
        base = base &* base
    }
    return result
}

/// numpy's floor division of floats (through `divmod`, so `1.0 // 0.1` is 9).
@inline(__always)
private func numpyFloorDivide<F: FloatMath>(_ a: F, _ b: F) -> F {
    if b == 0 { return a / b }
    let mod = F.cFmod(a, b)
    var div = (a - mod) / b
    if mod != 0 && ((b < 0) != (mod < 0)) { div -= 1 }
    if div != 0 {
        var floored = div.rounded(.down)
        if div - floored > 0.5 { floored += 1 }
        return floored
    }
    return (a / b).sign == .minus ? -0.0 : 0.0
}

/// numpy's (and Python's) float remainder: the sign of `b`, zero carrying `b`'s sign.
@inline(__always)
private func numpyRemainder<F: FloatMath>(_ a: F, _ b: F) -> F {
    if b == 0 { return F.cFmod(a, b) }
    var mod = F.cFmod(a, b)
    if mod != 0 {
        if (b < 0) != (mod < 0) { mod += b }
    } else {
        mod = b < 0 ? -0.0 : 0.0
    }
    return mod
}

@inline(__always)
private func zipFloats(_ p: [Float], _ q: [Float], _ f: (Float, Float) -> Float) -> [Float] {
    p.withUnsafeBufferPointer { x in
        q.withUnsafeBufferPointer { y in
            makeArray(count: x.count) { out in
                for i in 0..<x.count { out[i] = f(x[i], y[i]) }
            }
        }
    }
}

@inline(__always)
private func mapFloats(_ p: [Float], _ f: (Float) -> Float) -> [Float] {
    p.withUnsafeBufferPointer { x in
        makeArray(count: x.count) { out in
            for i in 0..<x.count { out[i] = f(x[i]) }
        }
    }
}

@inline(__always)
private func rowFloats(_ p: [Float], _ q: [Float], _ f: (Float, Float) -> Float) -> [Float] {
    p.withUnsafeBufferPointer { x in
        q.withUnsafeBufferPointer { row in
            makeArray(count: x.count) { out in
                let width = row.count
                var start = 0
                while start < x.count {
                    for j in 0..<width { out[start + j] = f(x[start + j], row[j]) }
                    start += width
                }
            }
        }
    }
}
