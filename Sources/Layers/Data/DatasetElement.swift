import Tensors

/// One element of a `Dataset`: a tensor, or a tuple or dictionary of elements, as
/// `tf.data` nests them (`(features, label)`, `{'a': …, 'b': …}`).
public indirect enum DatasetElement: Equatable {
    /// A single tensor.
    case tensor(Tensor)
    /// A Python tuple of elements.
    case tuple([DatasetElement])
    /// A Python dict of elements, in its keys' order.
    case dictionary([(key: String, value: DatasetElement)])

    /// Two elements are equal when their structures and tensors are.
    public static func == (a: DatasetElement, b: DatasetElement) -> Bool {
        switch (a, b) {
        case (.tensor(let x), .tensor(let y)): return x == y
        case (.tuple(let x), .tuple(let y)): return x == y
        case (.dictionary(let x), .dictionary(let y)):
            return x.map(\.key) == y.map(\.key) && x.map(\.value) == y.map(\.value)
        default: return false
        }
    }

    /// The tensors in order (tuple items left to right, dictionary values in key order).
    public var tensors: [Tensor] {
        switch self {
        case .tensor(let tensor): [tensor]
        case .tuple(let items): items.flatMap(\.tensors)
        case .dictionary(let entries): entries.flatMap(\.value.tensors)
        }
    }

    /// The same structure with each tensor replaced by `transform(tensor)`.
    public func mapTensors(_ transform: (Tensor) throws -> Tensor) rethrows -> DatasetElement {
        switch self {
        case .tensor(let tensor): return .tensor(try transform(tensor))
        case .tuple(let items): return .tuple(try items.map { try $0.mapTensors(transform) })
        case .dictionary(let entries):
            return .dictionary(try entries.map { ($0.key, try $0.value.mapTensors(transform)) })
        }
    }

    /// The same structure filled with `tensors` in order (the inverse of `tensors`).
    func rebuilt(_ tensors: inout ArraySlice<Tensor>) -> DatasetElement {
        switch self {
        case .tensor:
            return .tensor(tensors.popFirst() ?? Tensor(scalar: Float(0)))
        case .tuple(let items):
            return .tuple(items.map { $0.rebuilt(&tensors) })
        case .dictionary(let entries):
            return .dictionary(entries.map { ($0.key, $0.value.rebuilt(&tensors)) })
        }
    }

    /// The element's spec: each tensor's shape and dtype in the same structure.
    public var spec: ElementSpec {
        switch self {
        case .tensor(let tensor):
            return .tensor(TensorSpec(shape: tensor.tensorShape, dtype: tensor.dtype))
        case .tuple(let items): return .tuple(items.map(\.spec))
        case .dictionary(let entries): return .dictionary(entries.map { ($0.key, $0.value.spec) })
        }
    }
}
