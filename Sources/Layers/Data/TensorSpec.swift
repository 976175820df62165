import Tensors

/// The shape and dtype every tensor at one place of a dataset's elements has
/// (`tf.TensorSpec`); unknown dimensions (`None`) are those that vary, such as the batch axis
/// of a batched dataset whose last batch may be short.
public struct TensorSpec: Equatable, Sendable {
    /// The shape, with unknown dimensions where they vary.
    public var shape: TensorShape
    /// The dtype.
    public var dtype: DType
    /// The name (always `None` for datasets).
    public var name: String?

    /// Creates a spec.
    public init(shape: TensorShape, dtype: DType, name: String? = nil) {
        self.shape = shape
        self.dtype = dtype
        self.name = name
    }

    /// TensorFlow's repr: `TensorSpec(shape=(None, 2), dtype=tf.float32, name=None)`.
    public var repr: String {
        "TensorSpec(shape=\(shape), dtype=\(dtype.tensorflowRepr), name="
            + (name.map { "'\($0)'" } ?? "None") + ")"
    }
}

/// The structure of a dataset's elements with a `TensorSpec` at each tensor
/// (`dataset.element_spec`).
public indirect enum ElementSpec: Equatable, Sendable {
    /// One tensor.
    case tensor(TensorSpec)
    /// A tuple.
    case tuple([ElementSpec])
    /// A dictionary, in its keys' order.
    case dictionary([(key: String, value: ElementSpec)])

    /// Two specs are equal when their structures and tensor specs are.
    public static func == (a: ElementSpec, b: ElementSpec) -> Bool {
        switch (a, b) {
        case (.tensor(let x), .tensor(let y)): return x == y
        case (.tuple(let x), .tuple(let y)): return x == y
        case (.dictionary(let x), .dictionary(let y)):
            return x.map(\.key) == y.map(\.key) && x.map(\.value) == y.map(\.value)
        default: return false
        }
    }

    /// Python's repr of the structure on one line: `(TensorSpec(…), TensorSpec(…))`,
    /// `{'a': TensorSpec(…)}`.
    public var repr: String {
        switch self {
        case .tensor(let spec): return spec.repr
        case .tuple(let items):
            return "(" + items.map(\.repr).joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
        case .dictionary(let entries):
            return "{" + entries.map { "'\($0.key)': \($0.value.repr)" }.joined(separator: ", ")
                + "}"
        }
    }

    /// The tensor specs in order.
    public var tensorSpecs: [TensorSpec] {
        switch self {
        case .tensor(let spec): [spec]
        case .tuple(let items): items.flatMap(\.tensorSpecs)
        case .dictionary(let entries): entries.flatMap(\.value.tensorSpecs)
        }
    }

    /// The same structure with each tensor spec replaced by `transform(spec)`.
    func mapSpecs(_ transform: (TensorSpec) -> TensorSpec) -> ElementSpec {
        switch self {
        case .tensor(let spec): .tensor(transform(spec))
        case .tuple(let items): .tuple(items.map { $0.mapSpecs(transform) })
        case .dictionary(let entries):
            .dictionary(entries.map { ($0.key, $0.value.mapSpecs(transform)) })
        }
    }

    /// An element of zeros of this structure, unknown dimensions taken as `unknownSize`.
    func placeholder(unknownSize: Int) throws -> DatasetElement {
        switch self {
        case .tensor(let spec):
            let dims = spec.shape.dimensions?.map { $0 ?? unknownSize } ?? []
            return .tensor(try Tensor.zeros(dims, dtype: spec.dtype))
        case .tuple(let items):
            return .tuple(try items.map { try $0.placeholder(unknownSize: unknownSize) })
        case .dictionary(let entries):
            return .dictionary(
                try entries.map { ($0.key, try $0.value.placeholder(unknownSize: unknownSize)) })
        }
    }

    /// Whether any tensor spec has an unknown dimension.
    var hasUnknownDimensions: Bool {
        tensorSpecs.contains { spec in spec.shape.dimensions?.contains(where: { $0 == nil }) ?? true
        }
    }
}
