#if canImport(Glibc)
    import Glibc
#endif

/// The elements of a tensor in row-major order, one case per dtype.
///
/// Swift arrays give the storage copy-on-write semantics, so copying a `Tensor` is cheap and
/// mutating a copy never changes the original.
public enum TensorStorage: Sendable, Equatable {
    /// `float32` elements.
    case float32([Float])
    /// `float64` elements.
    case float64([Double])
    /// `int32` elements.
    case int32([Int32])
    /// `int64` elements.
    case int64([Int64])
    /// `bool` elements.
    case bool([Bool])

    /// The dtype of the elements.
    public var dtype: DType {
        switch self {
        case .float32: .float32
        case .float64: .float64
        case .int32: .int32
        case .int64: .int64
        case .bool: .bool
        }
    }

    /// The number of elements.
    public var count: Int {
        switch self {
        case .float32(let v): v.count
        case .float64(let v): v.count
        case .int32(let v): v.count
        case .int64(let v): v.count
        case .bool(let v): v.count
        }
    }

    /// Storage of `count` zeros (or `false`) of `dtype`.
    static func zeros(_ dtype: DType, count: Int) -> TensorStorage {
        switch dtype {
        case .float32: .float32(Array(repeating: 0, count: count))
        case .float64: .float64(Array(repeating: 0, count: count))
        case .int32: .int32(Array(repeating: 0, count: count))
        case .int64: .int64(Array(repeating: 0, count: count))
        case .bool: .bool(Array(repeating: false, count: count))
        }
    }

    /// The element at `offset` as a `Double` (booleans as 0 or 1).
    func double(at offset: Int) -> Double {
        switch self {
        case .float32(let v): Double(v[offset])
        case .float64(let v): v[offset]
        case .int32(let v): Double(v[offset])
        case .int64(let v): Double(v[offset])
        case .bool(let v): v[offset] ? 1 : 0
        }
    }
}

/// Builds an array of `count` elements without first filling it with zeros.
///
/// `body(buffer)` must initialize every element.
@inline(__always)
func makeArray<T: TensorScalar>(count: Int, _ body: (UnsafeMutableBufferPointer<T>) -> Void)
    -> [T]
{
    // Small arrays are cheaper to zero-fill than to build through the standard library's
    // unspecialized uninitialized-capacity path, which looks up type metadata at run time.
    if count <= 4096 {
        var array = [T](repeating: T.zeroValue, count: count)
        array.withUnsafeMutableBufferPointer { body($0) }
        return array
    }
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
        adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
        body(buffer)
        initialized = count
    }
}

/// Asks the kernel to back a large, not yet touched buffer with huge pages, so filling it
/// costs a few hundred page faults instead of thousands (Linux only; advice, never an error).
@inline(__always)
func adviseHugePages(_ buffer: UnsafeMutableRawBufferPointer) {
    #if os(Linux)
        let hugePage = 2 << 20
        guard buffer.count >= 2 * hugePage, let base = buffer.baseAddress else { return }
        let start = (UInt(bitPattern: base) + UInt(hugePage - 1)) & ~UInt(hugePage - 1)
        let end = (UInt(bitPattern: base) + UInt(buffer.count)) & ~UInt(hugePage - 1)
        guard end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(aligned, Int(end - start), MADV_HUGEPAGE)
    #endif
}
