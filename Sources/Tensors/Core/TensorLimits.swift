/// The resource limits every allocating tensor op obeys, scoped to the current task.
///
/// The limit is a task-local value rather than global state: a session that wants a smaller
/// limit runs its work inside `withValue`, and concurrent sessions don't see each other's
/// limits. A tensor whose bytes would exceed `maxBytes` is not allocated; the op throws
/// TensorFlow's `ResourceExhaustedError` instead.
///
/// ```swift
/// try TensorLimits.$current.withValue(TensorLimits(maxBytes: 1 << 20)) {
///     _ = try Tensor.zeros([1024, 1024], dtype: .float32)  // throws: 4 MiB > 1 MiB
/// }
/// ```
public struct TensorLimits: Sendable, Equatable {
    /// The largest tensor an op may allocate, in bytes.
    public var maxBytes: Int

    /// Creates limits; the default allows tensors up to 4 GiB.
    public init(maxBytes: Int = 4 << 30) {
        self.maxBytes = maxBytes
    }

    /// The limits in force for the current task (4 GiB unless a caller scoped others).
    @TaskLocal public static var current = TensorLimits()

    /// Checks that a tensor of `shape` and `dtype` may be allocated, and returns its element
    /// count.
    ///
    /// - Throws: `ResourceExhaustedError` (TensorFlow's OOM text) past the limit,
    ///   `InvalidArgumentError` for a negative dimension or more than `Int.max` elements.
    static func checkedCount(_ shape: [Int], _ dtype: DType, op: String) throws(TensorError)
        -> Int
    {
        var count = 1
        var overflow = false
        for dimension in shape {
            if dimension < 0 {
                throw TensorError.kernel(
                    op, "Dimension \(dimension) must be >= 0")
            }
            let (product, didOverflow) = count.multipliedReportingOverflow(by: dimension)
            count = product
            overflow = overflow || didOverflow
        }
        if shape.contains(0) { return 0 }
        if overflow {
            let shapeText = shape.map(String.init).joined(separator: ",")
            throw TensorError.kernel(
                op, "Shape [\(shapeText)] would have more than 2**63 - 1 elements")
        }
        let (bytes, bytesOverflow) = count.multipliedReportingOverflow(by: dtype.byteSize)
        if overflow || bytesOverflow || bytes > current.maxBytes {
            throw outOfMemory(shape, dtype, op: op)
        }
        return count
    }

    /// TensorFlow's out-of-memory error for a tensor of `shape`.
    static func outOfMemory(_ shape: [Int], _ dtype: DType, op: String) -> TensorError {
        let shapeText = shape.map(String.init).joined(separator: ",")
        let device = "/job:localhost/replica:0/task:0/device:CPU:0"
        return TensorError(
            .resourceExhausted, op: op, kernel: op,
            message:
                "OOM when allocating tensor with shape[\(shapeText)] and type "
                + "\(dtype.kernelName) on \(device) by allocator mklcpu",
            nodeName: "")
    }
}
