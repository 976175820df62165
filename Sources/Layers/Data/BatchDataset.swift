import Tensors

/// Consecutive elements stacked into batches (`dataset.batch(n, drop_remainder)`); the last,
/// shorter batch is kept unless `dropRemainder`.
final class BatchDataset: Dataset {
    private let input: Dataset
    private let size: Int
    private let dropRemainder: Bool

    /// Batches of `size` elements of `input`.
    ///
    /// - Throws: TensorFlow's `InvalidArgumentError` for a size below 1 (`batch_size must be
    ///   greater than zero.`).
    init(_ input: Dataset, size: Int, dropRemainder: Bool) throws {
        guard size > 0 else {
            throw LayerError(.invalidArgument, "batch_size must be greater than zero.")
        }
        self.input = input
        self.size = size
        self.dropRemainder = dropRemainder
        let spec = input.elementSpec.mapSpecs { spec in
            TensorSpec(
                shape: TensorShape([dropRemainder ? size : nil] + (spec.shape.dimensions ?? [])),
                dtype: spec.dtype)
        }
        var cardinality = input.cardinality
        if cardinality >= 0 {
            cardinality = dropRemainder ? cardinality / size : (cardinality + size - 1) / size
        }
        super.init(className: "_BatchDataset", elementSpec: spec, cardinality: cardinality)
    }

    override func makeIterator() throws -> DatasetIterator {
        // Slices of tensors are batched by slicing rows at once.
        if let slices = input as? TensorSliceDataset {
            var start = 0
            let count = slices.sliceCount
            let size = self.size
            let dropRemainder = self.dropRemainder
            return DatasetIterator {
                guard start < count else { return nil }
                let end = Swift.min(start + size, count)
                if dropRemainder && end - start < size { return nil }
                defer { start = end }
                return try slices.rows(start, end)
            }
        }
        let upstream = try input.makeIterator()
        let size = self.size
        let dropRemainder = self.dropRemainder
        return DatasetIterator {
            var members: [DatasetElement] = []
            while members.count < size, let element = try upstream.next() {
                members.append(element)
            }
            if members.isEmpty || (dropRemainder && members.count < size) { return nil }
            return try Self.stack(members)
        }
    }

    /// The elements stacked along a new first axis, component by component (a component with
    /// the first element's number of elements takes its shape, as TensorFlow copies it).
    ///
    /// - Throws: TensorFlow's `InvalidArgumentError` when a component's sizes differ (`Cannot
    ///   add tensor to the batch: number of elements does not match. Shapes are: [tensor]: [1],
    ///   [batch]: [2]`).
    static func stack(_ members: [DatasetElement]) throws -> DatasetElement {
        let columns = members.map(\.tensors)
        guard let first = columns.first else { return .tuple([]) }
        var stacked: [Tensor] = []
        for component in first.indices {
            var pieces = columns.map { $0[component] }
            let shape = pieces[0].shape
            for (index, piece) in pieces.enumerated() where piece.shape != shape {
                guard piece.count == pieces[0].count else {
                    let op = "IteratorGetNext"
                    throw TensorError(
                        .invalidArgument, op: op, kernel: op + "_output_types_\(first.count)",
                        message:
                            "Cannot add tensor to the batch: number of elements does not match. "
                            + "Shapes are: [tensor]: \(bracketed(shape)), [batch]: "
                            + bracketed(piece.shape),
                        nodeName: "")
                }
                pieces[index] = try piece.reshaped(shape)
            }
            stacked.append(try Tensor.stack(pieces))
        }
        var remaining = stacked[...]
        return members[0].rebuilt(&remaining)
    }
}

/// A shape as TensorFlow writes it in kernel messages: `[2,3]`.
func bracketed(_ shape: [Int]) -> String {
    "[" + shape.map(String.init).joined(separator: ",") + "]"
}
