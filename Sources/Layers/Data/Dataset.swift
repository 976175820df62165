import Tensors

/// An input pipeline (`tf.data.Dataset`): a sequence of elements, each a tensor or a tuple or
/// dictionary of tensors, made from tensors (`fromTensorSlices`) and transformed lazily
/// (`batch`, `shuffle`, `map`, `take`, `skip`, `repeated`, `prefetch`).
///
/// A dataset is immutable and can be iterated any number of times; each iteration makes a
/// fresh iterator (a shuffled dataset reshuffles on each one unless told otherwise).
///
/// ```swift
/// let context = KerasContext(seed: 0)
/// let ds = try Dataset.fromTensorSlices(.tuple([.tensor(x), .tensor(y)]))
///     .shuffle(bufferSize: 100, context: context)
///     .batch(32)
/// print(ds.repr)   // <_BatchDataset element_spec=(TensorSpec(shape=(None, 2), …), …)>
/// let iterator = try ds.makeIterator()
/// while let element = try iterator.next() { … }
/// ```
open class Dataset {
    /// TensorFlow's class name of the dataset (`_TensorSliceDataset`, `_BatchDataset`, …).
    public let className: String
    /// The structure, shapes and dtypes of the elements (`element_spec`).
    public let elementSpec: ElementSpec
    /// The number of elements, `Dataset.infinite` or `Dataset.unknown`
    /// (`dataset.cardinality()`).
    public let cardinality: Int

    /// The cardinality of a dataset that never ends (`tf.data.INFINITE_CARDINALITY`).
    public static let infinite = -1
    /// The cardinality of a dataset whose length isn't known (`tf.data.UNKNOWN_CARDINALITY`).
    public static let unknown = -2

    /// Creates a dataset.
    init(className: String, elementSpec: ElementSpec, cardinality: Int) {
        self.className = className
        self.elementSpec = elementSpec
        self.cardinality = cardinality
    }

    /// A fresh iterator over the elements.
    open func makeIterator() throws -> DatasetIterator {
        throw LayerError(.notImplemented, "Must be implemented in subclasses.")
    }

    /// TensorFlow's repr (also its `str`):
    /// `<_TensorSliceDataset element_spec=TensorSpec(shape=(2,), dtype=tf.float32, name=None)>`.
    public var repr: String {
        "<\(className) element_spec=\(elementSpec.repr)>"
    }

    /// The number of elements (`len(dataset)`).
    ///
    /// - Throws: TensorFlow's `TypeError`s: `The dataset is infinite.`, `The dataset length is
    ///   unknown.`.
    public func length() throws -> Int {
        if cardinality == Dataset.infinite {
            throw LayerError(.type, "The dataset is infinite.")
        }
        if cardinality < 0 {
            throw LayerError(.type, "The dataset length is unknown.")
        }
        return cardinality
    }

    /// Every element, in order (`list(dataset)`).
    ///
    /// - Throws: `TypeError` for an infinite dataset, and the errors of the pipeline.
    public func elements() throws -> [DatasetElement] {
        if cardinality == Dataset.infinite {
            throw LayerError(.type, "The dataset is infinite.")
        }
        let iterator = try makeIterator()
        var result: [DatasetElement] = []
        while let element = try iterator.next() {
            result.append(element)
        }
        return result
    }
}

/// Iterates a dataset's elements once.
public final class DatasetIterator {
    private let produce: () throws -> DatasetElement?

    /// An iterator that asks `produce` for each element until it returns `nil`.
    init(_ produce: @escaping () throws -> DatasetElement?) {
        self.produce = produce
    }

    /// The next element, or `nil` at the end.
    public func next() throws -> DatasetElement? {
        try produce()
    }
}
