extension ReduceOp {
    /// The reduction's pullback over `axes` (every axis when `nil`), following TensorFlow's
    /// `math_grad.py`; `nil` for `any` and `all`.
    ///
    /// `max` and `min` share the gradient evenly among the elements equal to the result; `prod`
    /// multiplies exclusive running products from both ends, so zeros in the input are fine.
    func pullback(axes: [Int]?) -> Pullback? {
        switch self {
        case .any, .all: return nil
        default:
            return { operation, upstream, _ throws(TensorError) in
                [try gradient(operation, upstream, axes: axes)]
            }
        }
    }

    private func gradient(_ operation: OperationRecord, _ g: Tensor, axes: [Int]?)
        throws(TensorError) -> Tensor
    {
        let x = operation.inputs[0]
        let reducedAxes = try x.normalizedReductionAxes(
            axes, op: tensorflowName, dialect: .tensorflow)
        let keptShape = x.shape.indices.map { reducedAxes.contains($0) ? 1 : x.shape[$0] }
        let upstream = try g.reshaped(keptShape)
        switch self {
        case .sum:
            return try upstream.broadcast(to: x.shape)
        case .mean:
            let factor = x.count / Swift.max(operation.output.count, 1)
            return try upstream.broadcast(to: x.shape) / x.scalar(Double(factor))
        case .max, .min:
            let y = try operation.output.reshaped(keptShape)
            let indicators = try Tensor.binary(.equal, y, x).cast(to: x.dtype)
            let selected = try indicators.reduced(.sum, axes: reducedAxes, keepDims: true)
            return try indicators / selected * upstream
        case .prod:
            let spread = try upstream.broadcast(to: x.shape)
            let others = x.shape.indices.filter { !reducedAxes.contains($0) }
            let perm = reducedAxes + others
            let permuted = try x.transposed(perm)
            let reducedCount = reducedAxes.reduce(1) { $0 * x.shape[$1] }
            let otherCount = others.reduce(1) { $0 * x.shape[$1] }
            let rows = try permuted.reshaped([reducedCount, otherCount])
            let left = try rows.cumprod(axis: 0, exclusive: true)
            let right = try rows.cumprod(axis: 0, exclusive: true, reverse: true)
            let products = try (left * right).reshaped(permuted.shape)
            var inverse = Array(repeating: 0, count: perm.count)
            for (position, axis) in perm.enumerated() { inverse[axis] = position }
            return try (spread * products.transposed(inverse)).reshaped(x.shape)
        case .any, .all:
            return try x.zerosLike()
        }
    }
}

extension Tensor {
    /// The pullback of `cumsum` and `cumprod` (TensorFlow's `_CumsumGrad`, `_CumprodGrad`).
    static func scanGradient(
        _ operation: OperationRecord, _ g: Tensor, product: Bool, axis: Int, exclusive: Bool,
        reverse: Bool
    ) throws(TensorError) -> Tensor {
        guard product else {
            return try g.cumsum(axis: axis, exclusive: exclusive, reverse: !reverse)
        }
        let x = operation.inputs[0]
        let products = try x.cumprod(axis: axis, exclusive: exclusive, reverse: reverse)
        let sums = try (products * g).cumsum(axis: axis, exclusive: exclusive, reverse: !reverse)
        return try sums.dividedNoNaN(by: x)
    }

    /// `x / y`, but 0 where `y` is 0 (`tf.math.divide_no_nan`).
    public func dividedNoNaN(by other: Tensor) throws(TensorError) -> Tensor {
        let zero = try Tensor.binary(.equal, other, other.scalar(0))
        let safe = try Tensor.select(zero, other.scalar(1), other)
        return try Tensor.select(zero, scalar(0), self / safe)
    }
}
