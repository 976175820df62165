import Tensors

/// What `fit`, `evaluate` and `predict` read: tensors (`x`, `y`, per-sample weights) that are
/// cut into batches, or a dataset whose elements are batches already (`(x, y)`,
/// `(x, y, sample_weight)` or `x`).
public enum TrainingInput {
    /// Tensors whose first axis indexes the samples.
    case tensors(x: Tensor, y: Tensor? = nil, sampleWeight: Tensor? = nil)
    /// A dataset of batches.
    case dataset(Dataset)
}

/// One batch: inputs, labels and sample weights.
struct Batch {
    var x: Tensor
    var y: Tensor?
    var sampleWeight: Tensor?
}

/// Keras's data handler: the batches of each epoch, and how many there are.
final class DataHandler {
    private let input: TrainingInput
    private let batchSize: Int
    private let shuffle: Bool
    private let context: KerasContext
    /// The steps of one epoch, when known.
    let steps: Int?
    private let stepsPerEpoch: Int?
    /// The iterator kept across epochs for an endless dataset read `stepsPerEpoch` at a time.
    private var sharedIterator: DatasetIterator?

    /// A handler for `input`.
    ///
    /// - Throws: Keras's `ValueError`s: tensors whose first axes differ (`Data cardinality is
    ///   ambiguous: …`), an endless dataset without `stepsPerEpoch`.
    init(
        input: TrainingInput, batchSize: Int?, stepsPerEpoch: Int?, shuffle: Bool,
        context: KerasContext
    ) throws {
        self.input = input
        self.shuffle = shuffle
        self.context = context
        self.stepsPerEpoch = stepsPerEpoch
        switch input {
        case .tensors(let x, let y, let weights):
            let size = batchSize ?? 32
            guard size > 0 else {
                throw LayerError(
                    .value, "Expected `batch_size` to be a positive integer, got \(size).")
            }
            self.batchSize = size
            let count = x.shape.first ?? 0
            var sizes = [("x", x.shape.first ?? 0)]
            if let y { sizes.append(("y", y.shape.first ?? 0)) }
            if let weights { sizes.append(("sample_weight", weights.shape.first ?? 0)) }
            if Set(sizes.map(\.1)).count > 1 {
                let lines = sizes.map { "  \($0.0) sizes: \($0.1)" }.joined(separator: "\n")
                throw LayerError(
                    .value,
                    "Data cardinality is ambiguous:\n\(lines)\nMake sure all arrays contain the "
                        + "same number of samples.")
            }
            steps = stepsPerEpoch ?? (count + size - 1) / size
        case .dataset(let dataset):
            self.batchSize = batchSize ?? 32
            if dataset.cardinality == Dataset.infinite && stepsPerEpoch == nil {
                throw LayerError(
                    .value,
                    "When providing an infinite dataset, you must specify the number of steps "
                        + "to run (if you did not intend to create an infinite dataset, make sure "
                        + "to not call `repeat()` on the dataset).")
            }
            steps = stepsPerEpoch ?? (dataset.cardinality >= 0 ? dataset.cardinality : nil)
        }
    }

    /// The batches of the next epoch, produced one by one.
    func epoch() throws -> () throws -> Batch? {
        switch input {
        case .tensors(let x, let y, let weights):
            let count = x.shape.first ?? 0
            var order: [Int]?
            if shuffle && count > 1 {
                let block = context.generator.nextBlock()
                var random = WordSource(
                    RandomGenerator(seed: UInt64(block.0) << 32 | UInt64(block.1)))
                order = random.permutation(count)
            }
            let xs = try order.map { try RowGather.rows(x, $0) } ?? x
            let ys = try y.map { y in try order.map { try RowGather.rows(y, $0) } ?? y }
            let ws = try weights.map { w in try order.map { try RowGather.rows(w, $0) } ?? w }
            var start = 0
            var taken = 0
            let size = batchSize
            let limit = steps ?? Int.max
            return {
                guard start < count, taken < limit else { return nil }
                let end = Swift.min(start + size, count)
                defer {
                    start = end
                    taken += 1
                }
                return Batch(
                    x: try RowGather.range(xs, start, end),
                    y: try ys.map { try RowGather.range($0, start, end) },
                    sampleWeight: try ws.map { try RowGather.range($0, start, end) })
            }
        case .dataset(let dataset):
            let iterator: DatasetIterator
            if stepsPerEpoch != nil && dataset.cardinality < 0 {
                if let shared = sharedIterator {
                    iterator = shared
                } else {
                    iterator = try dataset.makeIterator()
                    sharedIterator = iterator
                }
            } else {
                iterator = try dataset.makeIterator()
            }
            var taken = 0
            let limit = stepsPerEpoch ?? Int.max
            return {
                guard taken < limit, let element = try iterator.next() else { return nil }
                taken += 1
                return try Self.unpack(element)
            }
        }
    }

    /// Keras's `unpack_x_y_sample_weight`.
    ///
    /// - Throws: `ValueError` for a tuple of more than three items, and `NotImplementedError`
    ///   for dictionary inputs, which lit's single-input models don't take.
    static func unpack(_ element: DatasetElement) throws -> Batch {
        switch element {
        case .tensor(let x):
            return Batch(x: x)
        case .tuple(let items):
            let tensors = try items.map { item -> Tensor in
                guard case .tensor(let tensor) = item else {
                    throw LayerError(
                        .notImplemented, "lit does not implement nested inputs to fit yet")
                }
                return tensor
            }
            switch tensors.count {
            case 1: return Batch(x: tensors[0])
            case 2: return Batch(x: tensors[0], y: tensors[1])
            case 3: return Batch(x: tensors[0], y: tensors[1], sampleWeight: tensors[2])
            default:
                throw LayerError(
                    .value,
                    "Data is expected to be in format `x`, `(x,)`, `(x, y)`, or "
                        + "`(x, y, sample_weight)`, found: (\(tensors.map(\.tensorflowRepr).joined(separator: ", ")))"
                )
            }
        case .dictionary:
            throw LayerError(.notImplemented, "lit does not implement dictionary inputs to fit yet")
        }
    }
}

/// Copies of rows of a tensor, straight from its storage (the batches of an epoch).
enum RowGather {
    /// Rows `order` of `tensor`, in that order.
    static func rows(_ tensor: Tensor, _ order: [Int]) throws -> Tensor {
        guard let count = tensor.shape.first, count > 0 else { return tensor }
        let width = tensor.count / count
        func pick<T>(_ values: [T]) -> [T] {
            var out: [T] = []
            out.reserveCapacity(order.count * width)
            for row in order {
                out.append(contentsOf: values[(row * width)..<((row + 1) * width)])
            }
            return out
        }
        let storage: TensorStorage
        switch tensor.storage {
        case .float32(let values): storage = .float32(pick(values))
        case .float64(let values): storage = .float64(pick(values))
        case .int32(let values): storage = .int32(pick(values))
        case .int64(let values): storage = .int64(pick(values))
        case .bool(let values): storage = .bool(pick(values))
        }
        return try Tensor(shape: [order.count] + tensor.shape.dropFirst(), storage: storage)
    }

    /// Rows `start..<end` of `tensor`.
    static func range(_ tensor: Tensor, _ start: Int, _ end: Int) throws -> Tensor {
        if start == 0 && end == tensor.shape.first { return tensor }
        return try rows(tensor, Array(start..<end))
    }
}
