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
    /// Floats are added in the order each library uses, so sums and means print the same
    /// last digit: Eigen's packet order in the TensorFlow dialect (256-bit packets, as the
    /// TensorFlow 2.15 CPU build; whole-tensor and inner-axis sums, and outer-axis sums, are
    /// checked against real outputs), numpy's chunked pairwise order in the numpy dialect.
    /// TensorFlow splits very large reductions across threads, which this library doesn't
    /// imitate.
    ///
    /// - Throws: `InvalidArgumentError` for an axis out of range or repeated (`Invalid
    ///   reduction dimension (2 for input with 2 dimension(s)`), `bool` input to an arithmetic
    ///   reduction, or non-`bool` input to `any`/`all` (TensorFlow); numpy's errors in the numpy
    ///   dialect.
    ///
    /// Gradient tapes record `sum`, `mean`, `max`, `min` and `prod` in the TensorFlow dialect.
    public func reduced(
        _ op: ReduceOp, axes: [Int]? = nil, keepDims: Bool = false, dialect: Dialect = .tensorflow
    ) throws(TensorError) -> Tensor {
        guard trace != nil else {
            return try reducedKernel(op, axes: axes, keepDims: keepDims, dialect: dialect)
        }
        guard dialect == .tensorflow, let pullback = op.pullback(axes: axes) else {
            return try untraced.reducedKernel(op, axes: axes, keepDims: keepDims, dialect: dialect)
        }
        return try Tensor.differentiable(
            op.tensorflowName, inputs: [self],
            forward: {
                inputs throws(TensorError) in
                try inputs[0].reducedKernel(op, axes: axes, keepDims: keepDims, dialect: dialect)
            }, pullback: pullback)
    }

    /// The reduction, without recording.
    @inline(__always)
    private func reducedKernel(
        _ op: ReduceOp, axes: [Int]?, keepDims: Bool, dialect: Dialect
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
        // Each library adds in its own order, which shows in the last digit: rows that are
        // contiguous in memory go pairwise in numpy and in packets in TensorFlow (Eigen);
        // reductions across outer axes run front to back in both.
        let trailing = reducedAxes == Array((rank - reducedAxes.count)..<rank)
        let contiguous =
            reducedAxes.isEmpty || reducedAxes == Array(reducedAxes[0]...(reducedAxes.last ?? 0))
        let order: SummationOrder
        if trailing {
            order = dialect == .numpy ? .pairwise : .packets
        } else if dialect == .tensorflow && contiguous, let last = reducedAxes.last {
            order = .packetColumns(columns: shape[(last + 1)...].reduce(1, *))
        } else {
            order = .sequential
        }
        let storage: TensorStorage
        switch rows.storage {
        case .float32(let v):
            storage = .float32(
                Self.reduceFloat(op, v, length: length, outputs: outputs, order: order))
        case .float64(let v):
            storage = .float64(
                Self.reduceFloat(op, v, length: length, outputs: outputs, order: order))
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
        _ op: ReduceOp, _ v: [F], length: Int, outputs: Int, order: SummationOrder
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
                    case .sum: out[row] = sum(slice, order: order, output: row)
                    case .mean: out[row] = sum(slice, order: order, output: row) / F(length)
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

/// The order in which a reduction adds floats (see `Tensor.reduced`).
enum SummationOrder {
    /// numpy's pairwise summation.
    case pairwise
    /// Eigen's vectorized order, as TensorFlow's CPU kernels add.
    case packets
    /// One element after another from the front.
    case sequential
    /// Eigen's order for reductions over outer axes that keep `columns` inner elements:
    /// outputs that fill whole packets add every fourth element into four running sums
    /// (when there are at least 16), the rest run front to back.
    case packetColumns(columns: Int)
}

/// The sum of `values` (the elements reduced into output number `output`) in the given order.
func sum<F: FloatMath>(_ values: UnsafeBufferPointer<F>, order: SummationOrder, output: Int = 0)
    -> F
{
    switch order {
    case .packetColumns(let columns):
        let width = 32 / MemoryLayout<F>.stride
        let inPacket = columns > 0 && output % columns < columns / width * width
        guard inPacket && values.count >= 16 else { return sum(values, order: .sequential) }
        var partial: (F, F, F, F) = (0, 0, 0, 0)
        let unrolled = values.count / 4 * 4
        var j = 0
        while j < unrolled {
            partial.0 += values[j]
            partial.1 += values[j + 1]
            partial.2 += values[j + 2]
            partial.3 += values[j + 3]
            j += 4
        }
        var total = partial.0 + partial.1
        total += partial.2
        total += partial.3
        while j < values.count {
            total += values[j]
            j += 1
        }
        return total
    case .pairwise:
        // numpy's reduction loop sees at most 8192 elements at a time (its buffer size) and
        // adds each chunk's pairwise sum to the running total.
        if values.count <= 8192 { return pairwiseSum(values) }
        var total: F = 0
        var start = 0
        while start < values.count {
            let end = min(start + 8192, values.count)
            total += pairwiseSum(UnsafeBufferPointer(rebasing: values[start..<end]))
            start = end
        }
        return total
    case .packets: return treeSum(values, first: 0)
    case .sequential:
        var total: F = 0
        for x in values { total += x }
        return total
    }
}

/// Eigen's split of long sums: beyond 1024 packets, halves (split at a packet boundary of the
/// tensor, `first` being the position of `values[0]`) are summed separately and added.
func treeSum<F: FloatMath>(_ values: UnsafeBufferPointer<F>, first: Int) -> F {
    let width = 32 / MemoryLayout<F>.stride
    let n = values.count
    guard n > width * 1024 else { return packetSum(values) }
    let middle = first + (n + 1) / 2
    let split = width * ((middle + width - 1) / width) - first
    let left = min(split, n)
    var total: F = 0
    total += treeSum(UnsafeBufferPointer(rebasing: values[0..<left]), first: first)
    if left < n {
        total += treeSum(UnsafeBufferPointer(rebasing: values[left..<n]), first: first + left)
    }
    return total
}

/// The sum as Eigen computes it with 256-bit (AVX) packets, TensorFlow 2.15's CPU build.
///
/// Lanes of 32 bytes (8 floats or 4 doubles) accumulate in four interleaved packet sums over
/// blocks of four packets, which are then added together; leftover whole packets add to the
/// first; the last few elements add one by one to a scalar; and the result is that scalar
/// plus the packet's lanes, folded in halves (`(l₀+l₄)…`, then `(t₀+t₂)+(t₁+t₃)`).
func packetSum<F: FloatMath>(_ values: UnsafeBufferPointer<F>) -> F {
    let n = values.count
    let width = 32 / MemoryLayout<F>.stride
    return withUnsafeTemporaryAllocation(of: F.self, capacity: 4 * width) { lanes in
        lanes.initialize(repeating: 0)
        var start = 0
        if n >= 4 * width {
            let blocks = n / (4 * width) * (4 * width)
            var j = 0
            while j < blocks {
                for lane in 0..<(4 * width) { lanes[lane] += values[j + lane] }
                j += 4 * width
            }
            for accumulator in 1..<4 {
                for lane in 0..<width { lanes[lane] += lanes[accumulator * width + lane] }
            }
            start = blocks
        }
        if n - start >= width {
            let packets = n / width * width
            var j = start
            while j < packets {
                for lane in 0..<width { lanes[lane] += values[j + lane] }
                j += width
            }
            start = packets
        }
        var scalar: F = 0
        for j in start..<n { scalar += values[j] }
        var half = width / 2
        while half > 1 {
            for lane in 0..<half { lanes[lane] += lanes[lane + half] }
            half /= 2
        }
        // The last fold of four lanes is (l₀ + l₂) + (l₁ + l₃), as the halving above gives.
        return scalar + (lanes[0] + lanes[1])
    }
}
