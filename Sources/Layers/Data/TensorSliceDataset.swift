import Tensors

/// The slices of tensors along their first axis (`Dataset.from_tensor_slices`): element `i`
/// has the structure of the given element with each tensor's row `i`.
final class TensorSliceDataset: Dataset {
    private let source: DatasetElement
    private let count: Int

    /// The slices of `source`.
    ///
    /// - Throws: TensorFlow's `ValueError`s: `Unbatching a tensor is only supported for rank >=
    ///   1` for a 0-d tensor, `Dimensions 3 and 4 are not compatible` when the tensors' first
    ///   axes differ.
    init(_ source: DatasetElement) throws {
        let tensors = source.tensors
        guard let first = tensors.first else {
            throw LayerError(.value, "Unbatching a tensor is only supported for rank >= 1")
        }
        for tensor in tensors where tensor.rank == 0 {
            _ = tensor
            throw LayerError(.value, "Unbatching a tensor is only supported for rank >= 1")
        }
        let count = first.shape[0]
        for tensor in tensors.dropFirst() where tensor.shape[0] != count {
            throw LayerError(
                .value, "Dimensions \(count) and \(tensor.shape[0]) are not compatible")
        }
        self.source = source
        self.count = count
        let spec = source.spec.mapSpecs { spec in
            TensorSpec(
                shape: TensorShape(Array((spec.shape.dimensions ?? []).dropFirst())),
                dtype: spec.dtype)
        }
        super.init(className: "_TensorSliceDataset", elementSpec: spec, cardinality: count)
    }

    override func makeIterator() throws -> DatasetIterator {
        var index = 0
        let source = self.source
        let count = self.count
        return DatasetIterator {
            guard index < count else { return nil }
            defer { index += 1 }
            return try Self.slice(source, at: index)
        }
    }

    /// Row `index` of every tensor of `element`.
    static func slice(_ element: DatasetElement, at index: Int) throws -> DatasetElement {
        try element.mapTensors { try $0.slice([.index(index)]) }
    }

    /// Rows `start..<end` of every tensor of `element` (a batch taken at once).
    func rows(_ start: Int, _ end: Int) throws -> DatasetElement {
        try source.mapTensors { try $0.slice([.slice(start: start, stop: end, step: nil)]) }
    }

    /// The number of slices.
    var sliceCount: Int { count }
}
