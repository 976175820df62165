import Tensors

extension Dataset {
    /// The slices of `element`'s tensors along their first axis
    /// (`tf.data.Dataset.from_tensor_slices`).
    ///
    /// - Throws: TensorFlow's `ValueError`s for a 0-d tensor or first axes that differ.
    public static func fromTensorSlices(_ element: DatasetElement) throws -> Dataset {
        try TensorSliceDataset(element)
    }

    /// The int64 scalars `start, start + step, …` below `stop` (`tf.data.Dataset.range`).
    public static func range(start: Int = 0, stop: Int, step: Int = 1) throws -> Dataset {
        try RangeDataset(start: start, stop: stop, step: step)
    }

    /// Batches of `size` consecutive elements (`batch(batch_size, drop_remainder)`).
    public func batch(_ size: Int, dropRemainder: Bool = false) throws -> Dataset {
        try BatchDataset(self, size: size, dropRemainder: dropRemainder)
    }

    /// The elements shuffled through a buffer of `bufferSize`
    /// (`shuffle(buffer_size, seed, reshuffle_each_iteration)`).
    ///
    /// Without `seed`, the seed is drawn from `context`'s generator now, so the order is the
    /// same every time the session runs with the same seed.
    public func shuffle(
        bufferSize: Int, seed: Int? = nil, reshuffleEachIteration: Bool = true,
        context: KerasContext
    ) throws -> Dataset {
        let resolved: UInt64
        if let seed {
            resolved = UInt64(bitPattern: Int64(seed))
        } else {
            let block = context.generator.nextBlock()
            resolved = UInt64(block.0) << 32 | UInt64(block.1)
        }
        return try ShuffleDataset(
            self, bufferSize: bufferSize, seed: resolved,
            reshuffleEachIteration: reshuffleEachIteration)
    }

    /// Each element transformed by `transform` (`map(fn)`); `transform` runs once now on a
    /// placeholder element to learn the output's spec (see `MapDataset`).
    public func map(_ transform: @escaping (DatasetElement) throws -> DatasetElement) throws
        -> Dataset
    {
        try MapDataset(self, transform: transform)
    }

    /// The first `count` elements (`take(count)`).
    public func take(_ count: Int) -> Dataset {
        TakeDataset(self, count: count)
    }

    /// All but the first `count` elements (`skip(count)`).
    public func skip(_ count: Int) -> Dataset {
        SkipDataset(self, count: count)
    }

    /// The elements `count` times over, or forever for `nil` (`repeat(count)`).
    public func repeated(_ count: Int? = nil) -> Dataset {
        RepeatDataset(self, count: count)
    }

    /// The same elements (`prefetch(buffer_size)`, accepted for TensorFlow's sake).
    public func prefetch(_ bufferSize: Int) -> Dataset {
        PrefetchDataset(self)
    }
}
