extension Tensor {
    /// Elements of `x` where `condition` is true and of `y` elsewhere, all three broadcast
    /// together (`tf.where(condition, x, y)`; `np.where` with `dialect: .numpy`).
    ///
    /// - Throws: `InvalidArgumentError` when `condition` isn't `bool` or `x` and `y` differ in
    ///   dtype (TensorFlow), or the shapes don't broadcast.
    ///
    /// Gradient tapes record it in the TensorFlow dialect: the gradient goes to `x` where the
    /// condition holds and to `y` elsewhere.
    public static func select(
        _ condition: Tensor, _ x: Tensor, _ y: Tensor, dialect: Dialect = .tensorflow
    ) throws(TensorError) -> Tensor {
        if condition.trace == nil && x.trace == nil && y.trace == nil {
            return try selectKernel(condition, x, y, dialect: dialect)
        }
        let mask = condition.untraced
        guard dialect == .tensorflow else {
            return try selectKernel(mask, x.untraced, y.untraced, dialect: dialect)
        }
        return try differentiable("SelectV2", inputs: [x, y]) { inputs throws(TensorError) in
            try selectKernel(mask, inputs[0], inputs[1], dialect: dialect)
        } pullback: { operation, upstream, wanted throws(TensorError) in
            let zero = upstream.scalar(0)
            return [
                wanted[0]
                    ? try select(mask, upstream, zero).unbroadcast(to: operation.inputs[0].shape)
                    : nil,
                wanted[1]
                    ? try select(mask, zero, upstream).unbroadcast(to: operation.inputs[1].shape)
                    : nil,
            ]
        }
    }

    private static func selectKernel(
        _ condition: Tensor, _ x: Tensor, _ y: Tensor, dialect: Dialect
    ) throws(TensorError) -> Tensor {
        var condition = condition
        var x = x
        var y = y
        switch dialect {
        case .tensorflow:
            if condition.dtype != .bool {
                throw TensorError.dtypeMismatch(
                    "SelectV2", input: 0, expected: .bool, actual: condition.dtype)
            }
            if x.dtype != y.dtype {
                throw TensorError.dtypeMismatch(
                    "SelectV2", input: 2, expected: x.dtype, actual: y.dtype)
            }
        case .numpy:
            condition = condition.castUnchecked(to: .bool)
            let common = numpyResultType(x, y)
            x = x.castUnchecked(to: common)
            y = y.castUnchecked(to: common)
        }
        let outShape: [Int]
        do {
            let partial = try Broadcast.shape(x.shape, y.shape, op: "SelectV2", dialect: dialect)
            outShape = try Broadcast.shape(
                condition.shape, partial, op: "SelectV2", dialect: dialect)
        } catch {
            if dialect == .numpy {
                throw TensorError(
                    .value,
                    message:
                        "operands could not be broadcast together with shapes "
                        + [condition, x, y].map { TensorError.tuple($0.shape).filter { $0 != " " } }
                        .joined(separator: " ") + " ")
            }
            throw TensorError.kernel(
                "SelectV2",
                "condition \(TensorError.bracketed(condition.shape)), then "
                    + "\(TensorError.bracketed(x.shape)), and else "
                    + "\(TensorError.bracketed(y.shape)) must be broadcastable")
        }
        _ = try TensorLimits.checkedCount(outShape, x.dtype, op: "SelectV2")
        let mask = try condition.broadcast(to: outShape)
        let left = try x.broadcast(to: outShape)
        let right = try y.broadcast(to: outShape)
        let flags = Bool.unwrap(mask.storage) ?? []
        func pick<T>(_ a: [T], _ b: [T]) -> [T] {
            var out = b
            for index in flags.indices where flags[index] { out[index] = a[index] }
            return out
        }
        let storage: TensorStorage
        switch (left.storage, right.storage) {
        case (.float32(let a), .float32(let b)): storage = .float32(pick(a, b))
        case (.float64(let a), .float64(let b)): storage = .float64(pick(a, b))
        case (.int32(let a), .int32(let b)): storage = .int32(pick(a, b))
        case (.int64(let a), .int64(let b)): storage = .int64(pick(a, b))
        case (.bool(let a), .bool(let b)): storage = .bool(pick(a, b))
        default:
            throw TensorError.dtypeMismatch(
                "SelectV2", input: 2, expected: x.dtype, actual: y.dtype)
        }
        return Tensor(unchecked: outShape, storage)
    }

    /// The coordinates of the true (non-zero) elements, one row each, as `int64` of shape
    /// `[n, rank]` (`tf.where(condition)`).
    ///
    /// - Throws: `ResourceExhaustedError` when the coordinates would pass the size limit.
    public func nonzeroIndices() throws(TensorError) -> Tensor {
        if trace != nil { return try untraced.nonzeroIndices() }
        let flags = Bool.unwrap(castUnchecked(to: .bool).storage) ?? []
        let found = flags.reduce(0) { $0 + ($1 ? 1 : 0) }
        _ = try TensorLimits.checkedCount([found, rank], .int64, op: "Where")
        let strides = ArrayPrinter.rowMajorStrides(shape)
        var coordinates: [Int64] = []
        var rows = 0
        for (offset, flag) in flags.enumerated() where flag {
            rows += 1
            var rest = offset
            for stride in strides {
                coordinates.append(Int64(rest / stride))
                rest %= stride
            }
        }
        return Tensor(unchecked: [rows, rank], .int64(coordinates))
    }

    /// The elements limited to `[low, high]` (`tf.clip_by_value`; `np.clip` with
    /// `dialect: .numpy`).
    ///
    /// When `low > high`, TensorFlow gives `low` and numpy gives `high`, as each computes it.
    /// TensorFlow's is `maximum(minimum(x, high), low)`, so a tape records those two ops: at
    /// a bound the gradient goes to `x`.
    ///
    /// - Throws: TensorFlow's `ValueError` (`Shapes (2,) and (2, 2) are incompatible`) when the
    ///   bounds would broadcast the result beyond `x`'s shape.
    public func clipped(low: Tensor, high: Tensor, dialect: Dialect = .tensorflow)
        throws(TensorError) -> Tensor
    {
        switch dialect {
        case .tensorflow:
            let upper = try Tensor.binary(.minimum, self, high, dialect: dialect)
            try checkClipShape(upper)
            let result = try Tensor.binary(.maximum, upper, low, dialect: dialect)
            try checkClipShape(result)
            return result
        case .numpy:
            return try Tensor.binary(
                .minimum, Tensor.binary(.maximum, self, low, dialect: dialect), high,
                dialect: dialect)
        }
    }

    private func checkClipShape(_ clipped: Tensor) throws(TensorError) {
        guard clipped.shape == shape else {
            throw TensorError(
                .value, message: "Shapes \(tensorShape) and \(clipped.tensorShape) are incompatible"
            )
        }
    }
}
