/// Which axes `tensordot` contracts.
public enum TensordotAxes: Sendable, Equatable {
    /// The last `n` axes of the first tensor with the first `n` of the second.
    case count(Int)
    /// The listed axes of the first tensor with the listed axes of the second, pairwise.
    case pairs([Int], [Int])
}

/// The order of a norm (`ord` in `tf.norm`).
public enum NormOrder: Sendable, Equatable {
    /// The 2-norm of vectors, the Frobenius norm of matrices (TensorFlow's default).
    case euclidean
    /// The sum of magnitudes (vectors), the largest column sum (matrices).
    case one
    /// The largest magnitude (vectors), the largest row sum (matrices).
    case infinity
    /// `(Σ|x|ᵖ)^(1/p)` for vectors.
    case p(Double)
}

extension Tensor {
    /// The sum of products over the contracted axes (`tf.tensordot`).
    ///
    /// ```swift
    /// let a = try Tensor.ones([2, 3])
    /// let b = try Tensor.ones([3, 4])
    /// try a.tensordot(b, axes: .count(1)).shape   // [2, 4]
    /// ```
    public func tensordot(_ other: Tensor, axes: TensordotAxes) throws(TensorError) -> Tensor {
        let leftAxes: [Int]
        let rightAxes: [Int]
        switch axes {
        case .count(let n):
            guard n >= 0 && n <= rank && n <= other.rank else {
                throw TensorError(
                    .value,
                    message:
                        "'axes' must not be larger than the number of dimensions of tensor "
                        + "\(TensorError.bracketed(n > rank ? shape : other.shape)).")
            }
            leftAxes = Array((rank - n)..<rank)
            rightAxes = Array(0..<n)
        case .pairs(let a, let b):
            guard a.count == b.count else {
                throw TensorError(
                    .value,
                    message:
                        "'axes' must be an integer or have length 2, and both lists must have "
                        + "the same length.")
            }
            leftAxes = try a.map { axis throws(TensorError) in
                try Self.normalizedAxis(axis, rank: rank, op: "Tensordot")
            }
            rightAxes = try b.map { axis throws(TensorError) in
                try Self.normalizedAxis(axis, rank: other.rank, op: "Tensordot")
            }
        }
        let leftFree = (0..<rank).filter { !leftAxes.contains($0) }
        let rightFree = (0..<other.rank).filter { !rightAxes.contains($0) }
        let m = leftFree.reduce(1) { $0 * shape[$1] }
        let k = leftAxes.reduce(1) { $0 * shape[$1] }
        let k2 = rightAxes.reduce(1) { $0 * other.shape[$1] }
        let n = rightFree.reduce(1) { $0 * other.shape[$1] }
        let left = try transposed(leftFree + leftAxes).reshaped([m, k])
        let right = try other.transposed(rightAxes + rightFree).reshaped([k2, n])
        let product = try left.matmul(right)
        return try product.reshaped(leftFree.map { shape[$0] } + rightFree.map { other.shape[$0] })
    }

    static func normalizedAxis(_ axis: Int, rank: Int, op: String) throws(TensorError) -> Int {
        guard axis >= -rank && axis < rank else {
            throw TensorError.kernel(
                op, "Expected dimension in the range [\(-rank), \(rank)), but got \(axis)")
        }
        return axis < 0 ? axis + rank : axis
    }

    /// The norm over `axes`: every element as one vector when `nil`, a vector norm for one axis,
    /// a matrix norm for two (`tf.norm`).
    ///
    /// - Throws: `InvalidArgumentError` for integer input to a norm that takes a square root,
    ///   or bad axes.
    public func norm(_ order: NormOrder = .euclidean, axes: [Int]? = nil, keepDims: Bool = false)
        throws(TensorError) -> Tensor
    {
        let isMatrix = axes?.count == 2 && order != .euclidean
        let axes = try normalizedReductionAxes(axes, op: "Norm", dialect: .tensorflow)
        if isMatrix {
            let magnitudes = try unary(.abs)
            // Column sums (over the row axis) for order one, row sums for infinity.
            let (sumAxis, maxAxis) = order == .one ? (axes[0], axes[1]) : (axes[1], axes[0])
            guard order == .one || order == .infinity else {
                throw TensorError(
                    .value,
                    message:
                        "'ord' must be a supported matrix norm in ['euclidean', 'fro', 1, 2, inf]")
            }
            let sums = try magnitudes.reduced(.sum, axes: [sumAxis], keepDims: true)
            let largest = try sums.reduced(.max, axes: [maxAxis], keepDims: true)
            return keepDims ? largest : try largest.squeezed(axes)
        }
        switch order {
        case .euclidean:
            let squares = try Tensor.binary(.multiply, self, self)
            let sum = try squares.reduced(.sum, axes: axes, keepDims: keepDims)
            return try sum.unary(.sqrt)
        case .one:
            return try unary(.abs).reduced(.sum, axes: axes, keepDims: keepDims)
        case .infinity:
            return try unary(.abs).reduced(.max, axes: axes, keepDims: keepDims)
        case .p(let p):
            guard dtype.isFloatingPoint else { throw TensorError.unsupportedType("Pow", dtype) }
            let exponent = Tensor(scalar: p).castUnchecked(to: dtype)
            let inverse = Tensor(scalar: 1 / p).castUnchecked(to: dtype)
            let powered = try Tensor.binary(.power, unary(.abs), exponent)
            let sum = try powered.reduced(.sum, axes: axes, keepDims: keepDims)
            return try Tensor.binary(.power, sum, inverse)
        }
    }
}
