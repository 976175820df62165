/// The reductions over axes, with TensorFlow's op names.
public enum ReduceOp: String, Sendable, CaseIterable {
    /// The sum (`Sum`); 0 for no elements.
    case sum
    /// The mean (`Mean`); integers divide with truncation in TensorFlow, in `float64` in numpy.
    case mean
    /// The largest element (`Max`), NaN if any is; the lowest value for no elements.
    case max
    /// The smallest element (`Min`), NaN if any is; the highest value for no elements.
    case min
    /// The product (`Prod`); 1 for no elements.
    case prod
    /// Whether any element is true (`Any`).
    case any
    /// Whether every element is true (`All`).
    case all

    /// TensorFlow's op name, shown as `[Op:Sum]` in errors.
    public var tensorflowName: String {
        switch self {
        case .sum: "Sum"
        case .mean: "Mean"
        case .max: "Max"
        case .min: "Min"
        case .prod: "Prod"
        case .any: "Any"
        case .all: "All"
        }
    }
}

extension Tensor {
    /// Reduces over `axes` (every axis when `nil`), keeping them as size-1 axes when
    /// `keepDims` (`tf.reduce_sum`, `tf.reduce_mean`, …; `np.sum`, … with `dialect: .numpy`).
    ///
    /// ```swift
    /// let m = try Tensor([[1, 2, 3], [4, 5, 6]])
    /// try m.reduced(.sum)                          // 21
    /// try m.reduced(.sum, axes: [0])               // [5, 7, 9]
    /// try m.reduced(.mean, axes: [1], keepDims: true)  // [[2], [5]] (int32, truncated)
    /// ```
    ///
    /// Floats are summed pairwise (as numpy does) for accuracy; the result may differ from
    /// TensorFlow's in the last digit for long sums.
    ///
    /// - Throws: `InvalidArgumentError` for an axis out of range or repeated (`Invalid
    ///   reduction dimension (2 for input with 2 dimension(s)`), `bool` input to an arithmetic
    ///   reduction, or non-`bool` input to `any`/`all` (TensorFlow); numpy's errors in the numpy
    ///   dialect.
    public func reduced(
        _ op: ReduceOp, axes: [Int]? = nil, keepDims: Bool = false, dialect: Dialect = .tensorflow
    ) throws(TensorError) -> Tensor {
        let reducedAxes = try normalizedReductionAxes(axes, op: op.tensorflowName, dialect: dialect)
        var input = self
        switch op {
        case .any, .all:
            if dtype != .bool {
                if dialect == .tensorflow {
                    throw TensorError.dtypeMismatch(
                        op.tensorflowName, input: 0, expected: .bool, actual: dtype)
                }
                input = castUnchecked(to: .bool)
            }
        default:
            if dtype == .bool {
                if dialect == .tensorflow {
                    throw TensorError.unsupportedType(op.tensorflowName, .bool)
                }
                input = castUnchecked(to: op == .max || op == .min ? .bool : .int64)
            } else if dialect == .numpy && (op == .sum || op == .prod) && dtype == .int32 {
                input = castUnchecked(to: .int64)
            } else if dialect == .numpy && op == .mean && dtype.isInteger {
                input = castUnchecked(to: .float64)
            }
        }
        if dialect == .numpy && count == 0 && (op == .max || op == .min) {
            let name = op == .max ? "maximum" : "minimum"
            throw TensorError(
                .value,
                message: "zero-size array to reduction operation \(name) which has no identity")
        }
        let (rows, length, outShape) = try input.reductionLayout(reducedAxes, keepDims: keepDims)
        let outputs = outShape.reduce(1, *)
        let storage: TensorStorage
        switch rows.storage {
        case .float32(let v):
            storage = .float32(Self.reduceFloat(op, v, length: length, outputs: outputs))
        case .float64(let v):
            storage = .float64(Self.reduceFloat(op, v, length: length, outputs: outputs))
        case .int32(let v):
            storage = .int32(Self.reduceInteger(op, v, length: length, outputs: outputs))
        case .int64(let v):
            storage = .int64(Self.reduceInteger(op, v, length: length, outputs: outputs))
        case .bool(let v):
            storage = .bool(Self.reduceBool(op, v, length: length, outputs: outputs))
        }
        return Tensor(unchecked: outShape, storage)
    }

    /// The axes to reduce, checked and made non-negative.
    func normalizedReductionAxes(_ axes: [Int]?, op: String, dialect: Dialect) throws(TensorError)
        -> [Int]
    {
        guard let axes else { return Array(0..<rank) }
        var seen: [Int] = []
        var result: [Int] = []
        for axis in axes {
            guard axis >= -rank && axis < rank else {
                if dialect == .numpy {
                    throw TensorError(
                        .index,
                        message: "axis \(axis) is out of bounds for array of dimension \(rank)")
                }
                throw TensorError.kernel(
                    op, "Invalid reduction dimension (\(axis) for input with \(rank) dimension(s)")
            }
            let normalized = axis < 0 ? axis + rank : axis
            guard !seen.contains(normalized) else {
                if dialect == .numpy {
                    throw TensorError(.value, message: "duplicate value in 'axis'")
                }
                throw TensorError(
                    .invalidArgument, op: op, kernel: op,
                    message:
                        "Invalid reduction arguments: Axes contains duplicate dimension: "
                        + "\(normalized)")
            }
            seen.append(normalized)
            result.append(normalized)
        }
        return result.sorted()
    }

    /// The tensor rearranged so each reduced group is one contiguous row, with the row length
    /// and the output shape.
    private func reductionLayout(_ axes: [Int], keepDims: Bool) throws(TensorError) -> (
        Tensor, Int, [Int]
    ) {
        if axes.count == rank {
            return (self, count, keepDims ? Array(repeating: 1, count: rank) : [])
        }
        let kept = (0..<rank).filter { !axes.contains($0) }
        let length = axes.reduce(1) { $0 * shape[$1] }
        let outShape =
            keepDims
            ? shape.indices.map { axes.contains($0) ? 1 : shape[$0] } : kept.map { shape[$0] }
        let perm = kept + axes
        let rows = try transposed(perm)
        return (rows, length, outShape)
    }

    private static func reduceFloat<F: FloatMath>(
        _ op: ReduceOp, _ v: [F], length: Int, outputs: Int
    ) -> [F] {
        v.withUnsafeBufferPointer { input in
            makeArray(count: outputs) { out in
                for row in 0..<outputs {
                    let slice =
                        length == 0
                        ? UnsafeBufferPointer(rebasing: input[0..<0])
                        : UnsafeBufferPointer(
                            rebasing: input[(row * length)..<((row + 1) * length)])
                    switch op {
                    case .sum: out[row] = pairwiseSum(slice)
                    case .mean: out[row] = pairwiseSum(slice) / F(length)
                    case .prod: out[row] = slice.reduce(1, *)
                    case .max:
                        var best = -F.infinity
                        for x in slice {
                            if x.isNaN {
                                best = x
                                break
                            }
                            if x > best { best = x }
                        }
                        out[row] = best
                    case .min:
                        var best = F.infinity
                        for x in slice {
                            if x.isNaN {
                                best = x
                                break
                            }
                            if x < best { best = x }
                        }
                        out[row] = best
                    case .any, .all: out[row] = 0
                    }
                }
            }
        }
    }

    private static func reduceInteger<I: IntegerElement>(
        _ op: ReduceOp, _ v: [I], length: Int, outputs: Int
    ) -> [I] {
        var out: [I] = []
        out.reserveCapacity(outputs)
        for row in 0..<outputs {
            let slice = v[(row * length)..<((row + 1) * length)]
            switch op {
            case .sum: out.append(slice.reduce(0, &+))
            case .mean: out.append(length == 0 ? 0 : slice.reduce(0, &+) / I(length))
            case .prod: out.append(slice.reduce(1, &*))
            case .max: out.append(slice.max() ?? I.min)
            case .min: out.append(slice.min() ?? I.max)
            case .any, .all: out.append(0)
            }
        }
        return out
    }

    private static func reduceBool(_ op: ReduceOp, _ v: [Bool], length: Int, outputs: Int)
        -> [Bool]
    {
        var out: [Bool] = []
        out.reserveCapacity(outputs)
        for row in 0..<outputs {
            let slice = v[(row * length)..<((row + 1) * length)]
            switch op {
            case .any, .max: out.append(slice.contains(true))
            case .all, .min: out.append(!slice.contains(false))
            default: out.append(false)
            }
        }
        return out
    }
}

/// numpy's pairwise summation: blocks of up to 128 elements are summed with eight running
/// partial sums, and longer runs are split in halves, so rounding error grows with the log of
/// the length rather than the length.
func pairwiseSum<F: FloatMath>(_ values: UnsafeBufferPointer<F>) -> F {
    let n = values.count
    if n < 8 {
        var sum: F = -0.0
        for x in values { sum += x }
        return n == 0 ? 0 : sum
    }
    if n <= 128 {
        var r0 = values[0]
        var r1 = values[1]
        var r2 = values[2]
        var r3 = values[3]
        var r4 = values[4]
        var r5 = values[5]
        var r6 = values[6]
        var r7 = values[7]
        var i = 8
        while i < n - n % 8 {
            r0 += values[i]
            r1 += values[i + 1]
            r2 += values[i + 2]
            r3 += values[i + 3]
            r4 += values[i + 4]
            r5 += values[i + 5]
            r6 += values[i + 6]
            r7 += values[i + 7]
            i += 8
        }
        var sum = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
        while i < n {
            sum += values[i]
            i += 1
        }
        return sum
    }
    var half = n / 2
    half -= half % 8
    return pairwiseSum(UnsafeBufferPointer(rebasing: values[0..<half]))
        + pairwiseSum(UnsafeBufferPointer(rebasing: values[half..<n]))
}
