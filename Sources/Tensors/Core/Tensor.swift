/// An n-dimensional array of one dtype: the value type every op takes and returns.
///
/// A tensor is a value: copying it is cheap (its storage is copy-on-write) and it is
/// `Sendable`. Its shape is always fully known; `TensorShape` describes shapes that may have
/// unknown dimensions. Ops that can fail throw `TensorError` with TensorFlow's wording.
///
/// ```swift
/// let x = try Tensor([[1.0, 2.0], [3.0, 4.0]])      // float32, shape [2, 2]
/// let y = try x + Tensor(scalar: Float(1))            // broadcasting
/// print(y.tensorflowRepr)
/// // <tf.Tensor: shape=(2, 2), dtype=float32, numpy=
/// // array([[2., 3.],
/// //        [4., 5.]], dtype=float32)>
/// let z = try x.matmul(x)
/// let row = try x[.index(0)]                         // [1., 2.]
/// ```
public struct Tensor: Sendable, Equatable {
    /// The size of each dimension, outermost first; `[]` for a scalar.
    public let shape: [Int]
    /// The elements in row-major order.
    public internal(set) var storage: TensorStorage
    /// The identity a gradient tape knows this tensor by, or `nil` for a tensor no tape
    /// watches (every tensor made while no tape records; see `GradientTape`).
    var trace: TensorTrace?

    /// Wraps storage whose count already matches `shape` (checked by the caller).
    init(unchecked shape: [Int], _ storage: TensorStorage) {
        self.shape = shape
        self.storage = storage
        self.trace = nil
    }

    /// Two tensors are equal when they have the same shape, dtype and elements, whether or not
    /// a tape watches either.
    public static func == (a: Tensor, b: Tensor) -> Bool {
        a.shape == b.shape && a.storage == b.storage
    }

    /// Creates a tensor from storage, checking that the element count matches the shape.
    ///
    /// - Throws: `InvalidArgumentError` when `storage.count` is not the shape's product.
    public init(shape: [Int], storage: TensorStorage) throws(TensorError) {
        let count = try TensorLimits.checkedCount(shape, storage.dtype, op: "Const")
        guard count == storage.count else {
            throw TensorError(
                .invalidArgument,
                message:
                    "Expected \(count) values for shape \(TensorError.bracketed(shape)), "
                    + "got \(storage.count)")
        }
        self.init(unchecked: shape, storage)
    }

    /// Creates a tensor of `shape` from row-major `scalars`.
    ///
    /// - Throws: `InvalidArgumentError` when the count doesn't match the shape.
    public init<T: TensorScalar>(shape: [Int], scalars: [T]) throws(TensorError) {
        try self.init(shape: shape, storage: T.wrap(scalars))
    }

    /// A 0-d tensor holding `scalar`.
    public init<T: TensorScalar>(scalar: T) {
        self.init(unchecked: [], T.wrap([scalar]))
    }

    /// A 1-d tensor holding `scalars`.
    public init<T: TensorScalar>(scalars: [T]) {
        self.init(unchecked: [scalars.count], T.wrap(scalars))
    }

    /// The element type.
    public var dtype: DType { storage.dtype }

    /// The number of dimensions.
    public var rank: Int { shape.count }

    /// The number of elements.
    public var count: Int { storage.count }

    /// The shape as a fully known `TensorShape`.
    public var tensorShape: TensorShape { TensorShape(shape) }

    /// The elements when the tensor holds `T`, otherwise `nil`.
    public func scalars<T: TensorScalar>(as type: T.Type) -> [T]? {
        T.unwrap(storage)
    }

    /// The only element of a tensor with one element, when it holds `T`.
    public func scalar<T: TensorScalar>(as type: T.Type) -> T? {
        guard count == 1, let values = T.unwrap(storage) else { return nil }
        return values.first
    }

    /// The element at row-major position `offset` as a plain value (as numpy's `item`).
    ///
    /// - Throws: `IndexError` when `offset` is out of range.
    public func element(at offset: Int) throws(TensorError) -> ScalarValue {
        guard offset >= 0 && offset < count else {
            throw TensorError(
                .index, message: "index \(offset) is out of bounds for size \(count)")
        }
        return elementUnchecked(offset)
    }

    /// The element at `offset`, which the caller has checked.
    func elementUnchecked(_ offset: Int) -> ScalarValue {
        switch storage {
        case .float32(let v): .float(Double(v[offset]))
        case .float64(let v): .float(v[offset])
        case .int32(let v): .int(Int64(v[offset]))
        case .int64(let v): .int(v[offset])
        case .bool(let v): .bool(v[offset])
        }
    }

    /// The elements as nested lists of plain values, as numpy's `tolist()` gives them; a 0-d
    /// tensor gives its scalar.
    public func toLiteral() -> TensorLiteral {
        if shape.isEmpty { return TensorLiteral(elementUnchecked(0)) }
        var offset = 0
        return nested(axis: 0, offset: &offset)
    }

    private func nested(axis: Int, offset: inout Int) -> TensorLiteral {
        if axis == shape.count {
            defer { offset += 1 }
            return TensorLiteral(elementUnchecked(offset))
        }
        var items: [TensorLiteral] = []
        items.reserveCapacity(shape[axis])
        for _ in 0..<shape[axis] {
            items.append(nested(axis: axis + 1, offset: &offset))
        }
        return .list(items)
    }
}

/// One element of a tensor as a plain Swift value.
public enum ScalarValue: Sendable, Equatable, Hashable {
    /// A `bool` element.
    case bool(Bool)
    /// An integer element (`int32` or `int64`).
    case int(Int64)
    /// A floating-point element (`float32` widened exactly, or `float64`).
    case float(Double)

    /// The value as a `Double` (booleans as 0 or 1).
    public var doubleValue: Double {
        switch self {
        case .bool(let b): b ? 1 : 0
        case .int(let i): Double(i)
        case .float(let d): d
        }
    }
}
