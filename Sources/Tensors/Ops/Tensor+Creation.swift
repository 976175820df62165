extension Tensor {
    /// A tensor of `shape` filled with zeros (`tf.zeros`).
    ///
    /// - Throws: `ResourceExhaustedError` past the size limit, `InvalidArgumentError` for a
    ///   negative dimension.
    public static func zeros(_ shape: [Int], dtype: DType = .float32) throws(TensorError)
        -> Tensor
    {
        let count = try TensorLimits.checkedCount(shape, dtype, op: "Fill")
        return Tensor(unchecked: shape, .zeros(dtype, count: count))
    }

    /// A tensor of `shape` filled with ones (`tf.ones`).
    public static func ones(_ shape: [Int], dtype: DType = .float32) throws(TensorError)
        -> Tensor
    {
        try fill(shape, value: .int(1), dtype: dtype)
    }

    /// A tensor of `shape` filled with `value` (`tf.fill`); the dtype is inferred from the value
    /// as `tf.constant` infers it unless given.
    public static func fill(_ shape: [Int], value: ScalarValue, dtype: DType? = nil)
        throws(TensorError) -> Tensor
    {
        let target: DType
        if let dtype {
            target = dtype
        } else {
            target = try inferDType([TensorLiteral(value)], dialect: .tensorflow)
        }
        let count = try TensorLimits.checkedCount(shape, target, op: "Fill")
        let storage: TensorStorage
        switch target {
        case .float32: storage = .float32(Array(repeating: Float(value.doubleValue), count: count))
        case .float64: storage = .float64(Array(repeating: value.doubleValue, count: count))
        case .int32:
            storage = .int32(
                Array(repeating: Int32(truncatingIfNeeded: integer(value)), count: count))
        case .int64: storage = .int64(Array(repeating: integer(value), count: count))
        case .bool: storage = .bool(Array(repeating: value.doubleValue != 0, count: count))
        }
        return Tensor(unchecked: shape, storage)
    }

    private static func integer(_ value: ScalarValue) -> Int64 {
        switch value {
        case .bool(let b): b ? 1 : 0
        case .int(let i): i
        case .float(let d): Int64(castingFrom: d)
        }
    }

    /// Zeros with this tensor's shape and dtype (or `dtype`) (`tf.zeros_like`).
    public func zerosLike(dtype: DType? = nil) throws(TensorError) -> Tensor {
        try Tensor.zeros(shape, dtype: dtype ?? self.dtype)
    }

    /// Ones with this tensor's shape and dtype (or `dtype`) (`tf.ones_like`).
    public func onesLike(dtype: DType? = nil) throws(TensorError) -> Tensor {
        try Tensor.ones(shape, dtype: dtype ?? self.dtype)
    }

    /// An identity matrix, or a batch of them (`tf.eye`).
    ///
    /// - Parameters:
    ///   - rows: the number of rows.
    ///   - columns: the number of columns (defaults to `rows`).
    ///   - batchShape: leading batch dimensions.
    public static func eye(
        _ rows: Int, columns: Int? = nil, batchShape: [Int] = [], dtype: DType = .float32
    ) throws(TensorError) -> Tensor {
        let columns = columns ?? rows
        let shape = batchShape + [rows, columns]
        let count = try TensorLimits.checkedCount(shape, dtype, op: "MatrixDiag")
        var ones = Array(repeating: false, count: count)
        let matrix = rows * columns
        if matrix > 0 {
            for batch in 0..<(count / matrix) {
                for i in 0..<min(rows, columns) { ones[batch * matrix + i * columns + i] = true }
            }
        }
        return Tensor(unchecked: shape, .bool(ones)).castUnchecked(to: dtype)
    }

    /// A 1-d tensor of evenly spaced values from `start` up to (not including) `limit` by
    /// `delta` (`tf.range`, or `np.arange` with `dialect: .numpy`).
    ///
    /// Without `dtype`, TensorFlow gives `int32` for ints (`int64` when a value needs it) and
    /// `float32` when any argument is a float; numpy gives `int64` and `float64`. TensorFlow
    /// computes each value as `start + i * delta` in the result's type, as its kernel does.
    ///
    /// - Throws: `InvalidArgumentError` for a zero `delta` or a `delta` pointing away from
    ///   `limit` (TensorFlow's `Requires start <= limit when delta > 0: 5/1`).
    public static func range(
        start: ScalarValue = .int(0), limit: ScalarValue, delta: ScalarValue = .int(1),
        dtype: DType? = nil, dialect: Dialect = .tensorflow
    ) throws(TensorError) -> Tensor {
        let target: DType
        if let dtype {
            target = dtype
        } else {
            target = try inferDType(
                [TensorLiteral(start), TensorLiteral(limit), TensorLiteral(delta)],
                dialect: dialect)
        }
        if target == .bool {
            throw TensorError(
                .type,
                message:
                    "Cannot convert \(TensorLiteral(start).pythonRepr) to EagerTensor of dtype bool"
            )
        }
        func text(_ value: ScalarValue) -> String {
            switch target {
            case .float32:
                return Tensor.numpyScalarRepr(
                    .float(Double(Float(value.doubleValue))), dtype: target)
            case .float64: return Tensor.numpyScalarRepr(.float(value.doubleValue), dtype: target)
            default: return String(integer(value))
            }
        }
        if target.isInteger {
            let first = integer(start)
            let end = integer(limit)
            let step = integer(delta)
            let empty = try checkRange(
                first < end, first > end, step == 0, step > 0, text(start), text(limit),
                text(delta),
                dialect: dialect)
            let span = UInt64(bitPattern: first < end ? end &- first : first &- end)
            let stride = step.magnitude
            let steps = span / stride + (span % stride == 0 ? 0 : 1)
            let size = empty ? 0 : Int(clamping: steps)
            _ = try TensorLimits.checkedCount([size], target, op: "Range")
            var values: [Int64] = []
            values.reserveCapacity(size)
            var value = first
            for _ in 0..<size {
                values.append(value)
                value &+= step
            }
            let storage: TensorStorage =
                target == .int64
                ? .int64(values) : .int32(values.map { Int32(truncatingIfNeeded: $0) })
            return Tensor(unchecked: [size], storage)
        }
        if target == .float32 {
            let first = Float(start.doubleValue)
            let end = Float(limit.doubleValue)
            let step = Float(delta.doubleValue)
            let empty = try checkRange(
                first < end, first > end, step == 0, step > 0, text(start), text(limit),
                text(delta),
                dialect: dialect)
            let size =
                empty
                ? 0 : try floatRangeSize(Double(((end - first) / step).magnitude.rounded(.up)))
            _ = try TensorLimits.checkedCount([size], target, op: "Range")
            let values: [Float] = makeArray(count: size) { buffer in
                for index in 0..<size {
                    buffer[index] = first + Float(index) * step
                }
            }
            return Tensor(unchecked: [size], .float32(values))
        }
        let first = start.doubleValue
        let end = limit.doubleValue
        let step = delta.doubleValue
        let empty = try checkRange(
            first < end, first > end, step == 0, step > 0, text(start), text(limit), text(delta),
            dialect: dialect)
        let size = empty ? 0 : try floatRangeSize(((end - first) / step).magnitude.rounded(.up))
        _ = try TensorLimits.checkedCount([size], target, op: "Range")
        let values: [Double] = makeArray(count: size) { buffer in
            for index in 0..<size {
                buffer[index] = first + Double(index) * step
            }
        }
        return Tensor(unchecked: [size], .float64(values))
    }

    private static func floatRangeSize(_ size: Double) throws(TensorError) -> Int {
        guard size.isFinite, size < 9.0e18 else {
            throw TensorError.kernel(
                "Range", "Requires ((limit - start) / delta) <= 9223372036854775807")
        }
        return Int(size)
    }

    /// Checks the arguments; returns whether numpy gives an empty result for them.
    private static func checkRange(
        _ ascending: Bool, _ descending: Bool, _ zeroStep: Bool, _ positiveStep: Bool,
        _ start: String, _ limit: String, _ delta: String, dialect: Dialect
    ) throws(TensorError) -> Bool {
        if dialect == .numpy {
            if zeroStep { throw TensorError(.value, message: "Maximum allowed size exceeded") }
            return (positiveStep && !ascending) || (!positiveStep && !descending)
        }
        if zeroStep { throw TensorError.kernel("Range", "Requires delta != 0: \(delta)") }
        if positiveStep && descending {
            throw TensorError.kernel(
                "Range", "Requires start <= limit when delta > 0: \(start)/\(limit)")
        }
        if !positiveStep && ascending {
            throw TensorError.kernel(
                "Range", "Requires start >= limit when delta < 0: \(start)/\(limit)")
        }
        return false
    }
}
