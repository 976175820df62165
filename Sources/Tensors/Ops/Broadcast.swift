/// numpy's broadcasting rules, and the plan of the loop that applies a binary op.
enum Broadcast {
    /// The shape two operands broadcast to: dimensions are aligned from the right, and a
    /// dimension of 1 stretches to match the other.
    ///
    /// - Throws: TensorFlow's `Incompatible shapes: [2] vs. [3]` (for `op`), or numpy's
    ///   `operands could not be broadcast together with shapes (2,) (3,) `.
    static func shape(_ a: [Int], _ b: [Int], op: String, dialect: Dialect) throws(TensorError)
        -> [Int]
    {
        if a == b { return a }
        let rank = max(a.count, b.count)
        var result = Array(repeating: 1, count: rank)
        for axis in 0..<rank {
            let x = axis < rank - a.count ? 1 : a[axis - (rank - a.count)]
            let y = axis < rank - b.count ? 1 : b[axis - (rank - b.count)]
            if x == y || y == 1 {
                result[axis] = x
            } else if x == 1 {
                result[axis] = y
            } else {
                throw incompatible(a, b, op: op, dialect: dialect)
            }
        }
        return result
    }

    static func incompatible(_ a: [Int], _ b: [Int], op: String, dialect: Dialect)
        -> TensorError
    {
        switch dialect {
        case .tensorflow:
            return TensorError.kernel(
                op,
                "Incompatible shapes: \(TensorError.bracketed(a)) vs. \(TensorError.bracketed(b))")
        case .numpy:
            return TensorError(
                .value,
                message:
                    "operands could not be broadcast together with shapes "
                    + "\(TensorError.tuple(a).replacingSpaces) \(TensorError.tuple(b).replacingSpaces) "
            )
        }
    }

    /// The view that reads a contiguous tensor of `shape` as if it had `outShape` (stride 0
    /// along stretched dimensions).
    static func view(of shape: [Int], in outShape: [Int]) -> StridedView {
        let strides = ArrayPrinter.rowMajorStrides(shape)
        let pad = outShape.count - shape.count
        var viewStrides = Array(repeating: 0, count: outShape.count)
        for axis in shape.indices where shape[axis] != 1 {
            viewStrides[axis + pad] = strides[axis]
        }
        return StridedView(shape: outShape, strides: viewStrides, offset: 0)
    }
}

extension String {
    /// numpy writes shapes in broadcast errors without spaces: `(2,3)`.
    fileprivate var replacingSpaces: String {
        String(self.filter { $0 != " " })
    }
}

/// How a binary op walks its two operands.
enum BinaryPlan {
    /// Both operands have the output's shape.
    case same
    /// The left operand is one element.
    case leftScalar
    /// The right operand is one element.
    case rightScalar
    /// General broadcasting: the output's axes merged where both operands allow, innermost
    /// first, with each operand's stride along them (0 where it is stretched).
    case strided(shape: [Int], left: [Int], right: [Int])

    init(_ a: [Int], _ b: [Int], out: [Int], aCount: Int, bCount: Int) {
        if a == b {
            self = .same
            return
        }
        let total = out.reduce(1, *)
        if bCount == 1 && aCount == total {
            self = .rightScalar
        } else if aCount == 1 && bCount == total {
            self = .leftScalar
        } else {
            var shape: [Int] = []
            var left: [Int] = []
            var right: [Int] = []
            shape.reserveCapacity(out.count)
            left.reserveCapacity(out.count)
            right.reserveCapacity(out.count)
            var leftRunning = 1
            var rightRunning = 1
            for axis in out.indices.reversed() {
                let size = out[axis]
                let fromEnd = out.count - 1 - axis
                let aSize = fromEnd < a.count ? a[a.count - 1 - fromEnd] : 1
                let bSize = fromEnd < b.count ? b[b.count - 1 - fromEnd] : 1
                let leftStride = aSize == 1 ? 0 : leftRunning
                let rightStride = bSize == 1 ? 0 : rightRunning
                leftRunning *= aSize
                rightRunning *= bSize
                if size == 1 { continue }
                if let innerSize = shape.last, let innerLeft = left.last,
                    let innerRight = right.last, leftStride == innerLeft * innerSize,
                    rightStride == innerRight * innerSize
                {
                    shape[shape.count - 1] = innerSize * size
                } else {
                    shape.append(size)
                    left.append(leftStride)
                    right.append(rightStride)
                }
            }
            self = .strided(shape: shape, left: left, right: right)
        }
    }
}

/// Applies `f` to every pair of elements under `plan`, writing `count` results.
@inline(__always)
func applyBinary<A, B, R: TensorScalar>(
    _ a: [A], _ b: [B], plan: BinaryPlan, count: Int, _ f: (A, B) -> R
) -> [R] {
    a.withUnsafeBufferPointer { x in
        b.withUnsafeBufferPointer { y in
            makeArray(count: count) { out in
                switch plan {
                case .same:
                    for i in 0..<count { out[i] = f(x[i], y[i]) }
                case .rightScalar:
                    let s = y[0]
                    for i in 0..<count { out[i] = f(x[i], s) }
                case .leftScalar:
                    let s = x[0]
                    for i in 0..<count { out[i] = f(s, y[i]) }
                case .strided(let shape, let left, let right):
                    stridedBinary(x, y, out, shape: shape, left: left, right: right, f)
                }
            }
        }
    }
}

/// The general broadcasting loop over axes given innermost first.
@inline(__always)
private func stridedBinary<A, B, R>(
    _ x: UnsafeBufferPointer<A>, _ y: UnsafeBufferPointer<B>, _ out: UnsafeMutableBufferPointer<R>,
    shape: [Int], left: [Int], right: [Int], _ f: (A, B) -> R
) {
    let rank = shape.count
    guard rank > 0 else {
        if out.count > 0 { out[0] = f(x[0], y[0]) }
        return
    }
    let inner = shape[0]
    let innerLeft = left[0]
    let innerRight = right[0]
    let total = out.count
    withUnsafeTemporaryAllocation(of: Int.self, capacity: rank) { counter in
        counter.initialize(repeating: 0)
        var i = 0
        var j = 0
        var position = 0
        while position < total {
            if innerLeft == 1 && innerRight == 0 {
                let s = y[j]
                for k in 0..<inner { out[position + k] = f(x[i + k], s) }
            } else if innerLeft == 0 && innerRight == 1 {
                let s = x[i]
                for k in 0..<inner { out[position + k] = f(s, y[j + k]) }
            } else {
                for k in 0..<inner {
                    out[position + k] = f(x[i + k * innerLeft], y[j + k * innerRight])
                }
            }
            position += inner
            var axis = 1
            while axis < rank {
                counter[axis] += 1
                i += left[axis]
                j += right[axis]
                if counter[axis] < shape[axis] { break }
                i -= left[axis] * shape[axis]
                j -= right[axis] * shape[axis]
                counter[axis] = 0
                axis += 1
            }
        }
    }
}
