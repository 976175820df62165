extension Tensor {
    /// One-hot vectors of length `depth` for the class indices `indices`, inserted as a new
    /// axis at `axis` (-1 appends) (`tf.one_hot`).
    ///
    /// Positions hold `onValue` where the index matches and `offValue` elsewhere (an index
    /// outside `[0, depth)` gives a row of `offValue`). The dtype is `dtype`, or that of the
    /// values given, or float32. Tapes don't follow the result (TensorFlow gives no gradient).
    ///
    /// - Throws: TensorFlow's errors: `depth must be non-negative, got: -1`, `Expected axis to
    ///   be -1 or between [0, 2).  But received: 3`, non-integer indices, and `TypeError`s when
    ///   the dtypes of `onValue`, `offValue` and `dtype` disagree.
    public static func oneHot(
        _ indices: Tensor, depth: Int, onValue: Tensor? = nil, offValue: Tensor? = nil,
        axis: Int = -1, dtype: DType? = nil
    ) throws(TensorError) -> Tensor {
        let op = "OneHot"
        func typeName(_ dtype: DType) -> String { "<dtype: '\(dtype)'>" }
        if let dtype {
            for (value, name) in [(onValue, "on_value"), (offValue, "off_value")] {
                if let value, value.dtype != dtype {
                    throw TensorError(
                        .type,
                        message:
                            "dtype \(typeName(value.dtype)) of \(name) does not match dtype "
                            + "parameter \(typeName(dtype))")
                }
            }
        }
        let target = dtype ?? onValue?.dtype ?? offValue?.dtype ?? .float32
        if let onValue, let offValue, onValue.dtype != offValue.dtype {
            throw TensorError(
                .type,
                message:
                    "dtype \(typeName(onValue.dtype)) of on_value does not match dtype "
                    + "\(typeName(offValue.dtype)) of off_value")
        }
        let on = try (onValue ?? Tensor(scalar: Int64(1)).cast(to: target)).untraced
        let off = try (offValue ?? Tensor(scalar: Int64(0)).cast(to: target)).untraced
        guard on.count == 1, off.count == 1 else {
            throw TensorError.kernel(op, "on_value must be a scalar, but got: \(on.tensorShape)")
        }
        let classes: [Int]
        switch indices.storage {
        case .int32(let v): classes = v.map { Int($0) }
        case .int64(let v): classes = v.map { Int($0) }
        default:
            throw TensorError(
                .invalidArgument, op: op,
                message:
                    "Value for attr 'TI' of \(indices.dtype.kernelName) is not in the list of "
                    + "allowed values: uint8, int8, int32, int64\n\t; NodeDef: {{node OneHot}}; "
                    + "Op<name=OneHot; signature=indices:TI, depth:int32, on_value:T, "
                    + "off_value:T -> output:T; attr=axis:int,default=-1; attr=T:type; "
                    + "attr=TI:type,default=DT_INT64,allowed=[DT_UINT8, DT_INT8, DT_INT32, "
                    + "DT_INT64]>")
        }
        func kernelError(_ message: String) -> TensorError {
            TensorError(.invalidArgument, op: op, kernel: op, message: message)
        }
        guard depth >= 0 else { throw kernelError("depth must be non-negative, got: \(depth)") }
        let outRank = indices.rank + 1
        guard axis == -1 || (axis >= 0 && axis < outRank) else {
            throw kernelError(
                "Expected axis to be -1 or between [0, \(outRank)).  But received: \(axis)")
        }
        let position = axis == -1 ? indices.rank : axis
        var outShape = indices.shape
        outShape.insert(depth, at: position)
        let count = try TensorLimits.checkedCount(outShape, target, op: op)
        let outer = indices.shape[..<position].reduce(1, *)
        let inner = indices.shape[position...].reduce(1, *)
        // Element (o, d, i) is on when index (o, i) equals d.
        var hot = [Bool](repeating: false, count: count)
        for o in 0..<outer {
            for i in 0..<inner {
                let index = classes[o * inner + i]
                if index >= 0 && index < depth { hot[(o * depth + index) * inner + i] = true }
            }
        }
        let mask = Tensor(unchecked: outShape, .bool(hot))
        return try select(mask, on.reshaped([]), off.reshaped([]))
    }
}
